// A ninety-first held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone and fax numbers are 555 numbers; IP addresses are
// from the documentation ranges; real towns and cities are used only as places). It leans towards
// pediatrics, adolescent medicine and child psychiatry: well-child visits, NICU follow-up,
// developmental, IEP and 504 school reports (schools, teachers, counsellors, districts), foster
// care and CPS/DCFS case notes (caseworkers, foster parents, private agencies, court dates, case
// and docket numbers), custody and guardianship, confidential adolescent visits, inpatient child
// psychiatry and residential treatment, eating-disorder programs, camps, sports physicals and
// concussion protocols (teams, coaches, athletic trainers), immunization registries, newborn
// screening, siblings and extended family with ages, great-grandparents over 89, Medicaid and CHIP
// numbers, and dates in every style. It is heavy on noise that is not PHI: eponyms and names of
// tests that look like names or places (Kawasaki, Apgar, Tanner stage, Denver II, Wilms,
// Osgood-Schlatter, Still's, Bayley, Conners, Vanderbilt, PHQ-A, SCARED, CRAFFT, ADOS), weights,
// percentiles and z-scores, doses, vaccine lot numbers, clock times alone, grades (gr 4, 8th
// grade), rooms, beds, cabins and jersey numbers; and on mixed case, text-message style, typos,
// line breaks inside identifiers and table-like lists.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-19 final engine
// (c870338) 0.9638 / 0.9601; pass-20 engine with its first two rules (5458fd8, made without this set) 0.9641 / 0.9598.
// Written by a helper that read only the README's types and guideline, set 72's header and
// `parseMarked`, and never ran the engine.
//
// Annotation follows the README guideline and the conventions restated in the header of
// heldout-realistic-72.ts, briefly: titles, credentials, kin terms and honorifics (Dr., Ms.,
// Coach, Judge, CW, Mom, Nana, Abuela, Tía, Uncle, Pr.) stay outside NAME spans; newborn labels
// (Baby Girl, Baby Boy, Twin A) stay outside NAME, the surname after them is NAME; a time attached
// to a full date is part of it, a clock time next to a month/day without a year stays outside;
// a weekday written with a date is part of it; a month/day without a year (3/4, mar 13) is DATE;
// compact all-digit and military-style dates (03042024, 4MAR24) are DATE; a date range written as
// one token is one DATE span; ages over 89 are AGE however written, ages of 89 and under are not;
// nicknames, first names alone, last names alone, lower-case names and initials standing for a
// person (incl. typist and signer initials) are NAME, one span per occurrence, a nickname in
// quotes is its own span; schools, employers, churches, shelters, clubs, prisons, labs and
// home-care agencies and a patient's pharmacy or DME supplier are FACILITY; ward names with a
// proper name are FACILITY; payers and state or federal agencies are not PHI; Medicaid and insurer
// member numbers are HEALTH_PLAN; billing and claim numbers are ACCOUNT; NPI, DEA and state and
// driver's licences are LICENSE; plates and VINs are VEHICLE; pump, sensor, implant and monitor
// serials are DEVICE; case, accession, order, authorization, referral and incident numbers are
// ID; short in-house extensions are PHONE; lot, NDC and trial numbers and a lot's expiry are not
// PHI; a city abroad is LOCATION; a county named with County or Co is LOCATION; a file name or
// reference number of a patient's face photo is PHOTO; a fingerprint, palm-vein or voiceprint
// template number is BIOMETRIC.
// Added for this set: preschools, daycares, Head Start centres, school districts (named as a
// whole, a town in the name is not split off), camps, youth sports clubs, private foster-care and
// adoption agencies, group homes, residential treatment centres, juvenile detention centres and
// eating-disorder programs are FACILITY; a school team is annotated only over its school
// ([Westbrook High] JV soccer), a club team named as a club is FACILITY as a whole; CPS, DCFS,
// DCS, WIC, Early Intervention/Part C, Head Start as a program, juvenile court named generically
// and a state immunization registry named by its acronym are not PHI, while a county in a court's
// or agency's name is LOCATION; CPS intake, court case, docket, petition, student, state student
// (SSID), immunization-registry, newborn-screen specimen and placement numbers are ID, as is a
// social-media or gaming handle; CHIP and TRICARE numbers are HEALTH_PLAN; foster-home and
// daycare licence numbers are LICENSE; a month with a year (Feb 2024) is DATE, a school year or
// a season with a year (2023-24, fall 2022) is not; gestational and corrected ages, day of life,
// grades, Tanner stages, screener scores, percentiles, rooms, beds, cabins, jersey numbers and
// vaccine lot numbers are not PHI; a test or disease named after a person or a city (Denver II,
// Apgar, Kawasaki) is not PHI; nor are a pet's name, a cabin or cottage name, a month named alone,
// and injury photos kept without a file reference; a name suffix (Jr.) is inside the NAME span.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `WELL CHILD 4 YR - {{FACILITY:Kestrel Valley Pediatrics}}
Pt: {{NAME:Marisol Etxeberria-Lund}}   DOB {{DATE:02/17/2020}}   MRN {{MRN:KVP-0048817}}
Visit {{DATE:Thursday, February 22, 2024}}. Here w/ mom {{NAME:Ingrid Lund}} and maternal great-grandfather {{NAME:Aurelio}} ({{AGE:91}}, living w/ family since fall 2022).
Medicaid {{HEALTH_PLAN:WA 880415227}}.
Growth: wt 16.1 kg (48th %ile), ht 102 cm (55th %ile), BMI 50th. BP 94/56.
Dev: Denver II passed all sectors; draws a cross, hops on one foot. No abd mass (a cousin had Wilms tumor at 3, mom worried).
Attends {{FACILITY:Little Heron Montessori}}, {{ADDRESS:4410 Delmont Ave}}, {{LOCATION:Spokane}}; teacher Ms. {{NAME:Oyelaran}} reports she is "chatty, bright, bossy w/ friends."
Imms today: DTaP-IPV (lot 7HK22A, exp 11/2025), MMRV, flu. WAIIS client ID {{ID:3390-1172-08}} updated.
Vision 20/30 OU, hearing passed both ears.
Dental home: Dr. {{NAME:Pfenning}}, next cleaning {{DATE:4/9}}.
F/u 5 yr WCC or sooner prn. Family cell {{PHONE:(509) 555-0148}}.
- {{NAME:R. Castellanos}}, MD / typed {{NAME:lm}}`,
  `NICU Developmental Follow-Up Clinic, {{FACILITY:Halvorsen Children's Medical Center}}
Baby Boy {{NAME:Adeyemi-Ward}} ("{{NAME:Tobi}}"), born {{DATE:2023-09-03}} at 27+4 wks, BW 910 g, Apgars 3/7. Now 6 mo chronologic / 3.5 mo corrected.
MRN {{MRN:00739155}}. NICU stay {{DATE:9/3/23}} to {{DATE:11/20/23}} on {{FACILITY:Larkspur 3}}.
Hx: RDS, PDA s/p ligation, ROP stage 2 zone II, followed by Dr. {{NAME:Villanueva-Ortiz}} (peds ophtho), next exam {{DATE:Mar 28}} 0930.
Home O2 weaned {{DATE:1/14}}. Home apnea monitor returned to vendor, SN {{DEVICE:SMX-22-0418837}}.
AIMS 12th %ile for corrected age; Bayley-4 at 12 mo corrected. Early Intervention service coordinator {{NAME:Dana Whitcomb}}, {{PHONE:802-555-0177}}.
Synagis dose #5 given today.
Parents {{NAME:Folake Adeyemi}} and {{NAME:Corey Ward}}, {{ADDRESS:88 Quarry Hill Rd, Unit 2}}, {{LOCATION:Montpelier}} {{ZIP:05602}}. Older sib {{NAME:Zaria}} (4) at preschool.
WIC referral re-sent. Wt 5.9 kg (z -1.2 corrected), OFC 40 cm.
Fax summary to PCP at {{FAX:(802) 555-0139}}.`,
  `INDIVIDUALIZED EDUCATION PROGRAM - ANNUAL REVIEW (summary for medical file)
Student: {{NAME:Kaiden Brightwater}}    SSID {{ID:4418829017}}    Grade: 3
School: {{FACILITY:Tamsin Hollow Elementary}}, {{FACILITY:Upper Sauk Valley School District}}
Meeting date: {{DATE:10-16-2023}}; next annual review due {{DATE:10/15/2024}}; triennial eval due {{DATE:Oct 2025}}.
Present: mother {{NAME:Shawna Brightwater}}; gen ed teacher Mr. {{NAME:Delacroix}}; sped teacher Ms. {{NAME:Pham-Robles}}; school psych Dr. {{NAME:Ilse Moberg}}; SLP {{NAME:Tanya Greer}}, CCC-SLP; principal Ms. {{NAME:Achterberg}}.
Eligibility: Autism + Speech/Language Impairment. ADOS-2 done at {{FACILITY:Northfork Developmental Center}} {{DATE:June 2022}}.
Services: SLP 60 min/wk, OT 30 min/wk consult, resource room reading 45 min daily.
Accommodations: visual schedule, noise-cancelling headphones, extended time 1.5x, breaks q20 min.
Parent concern: elopement from recess x2 this fall. Safety plan added, para assigned at recess.
School contact: {{EMAIL:imoberg@usvsd.k12.example.us}} / {{PHONE:(320) 555-0114 x2207}}.`,
  `DCFS CASE NOTE - home visit
Case # {{ID:2024-JV-008817}}   Intake ref {{ID:HL-5521904}}
Child: {{NAME:Amari Coughlin}}, DOB {{DATE:7/30/2016}} (7 y/o, 2nd grade)
Date/time of visit: {{DATE:03/05/2024 16:10}}
Location: relative placement w/ paternal aunt {{NAME:Renée Coughlin-Baptiste}}, {{ADDRESS:2719 N. Kedvale Ave, 2nd fl}}, {{LOCATION:Chicago}} {{ZIP:60639}}.
Present: CW {{NAME:Marcus Abernathy-Ruiz}} (me), aunt, child, aunt's son {{NAME:DeShawn}} (14).
Child observed in own bed space (shares room w/ cousin). Food in home adequate. No new marks/bruises observed. Child says "I like it here, Auntie makes pancakes."
School: {{FACILITY:Pulaski-Grant Academy}} - attendance improved, 2 absences since {{DATE:Feb 1}}.
Medical: seen at {{FACILITY:Humboldt Park Family Health}} {{DATE:2/20/24}}, asthma controlled on Flovent 44 mcg 2 puffs BID.
Court: permanency hearing {{DATE:Tues 4/16/2024 9:00 AM}}, Judge {{NAME:Okonkwo}}, Calendar 7. Bio mom {{NAME:Tiana}} supervised visits Sat 1-3 pm at agency.
Next visit by {{DATE:4/5}}. Aunt cell {{PHONE:773-555-0106}}.`,
  `FOSTER CARE INITIAL HEALTH SCREEN (within 72 hrs of placement)
Name: {{NAME:Journey Alvarado-Szabo}}    DOB {{DATE:11.09.2019}}    Age 4y
Placed {{DATE:5/13/24}} with licensed foster parents {{NAME:Pam}} and {{NAME:Gregory Tillinghast}}, home licence {{LICENSE:FH-0221874}}, via {{FACILITY:Cedar & Sparrow Family Services}}.
Agency worker {{NAME:Lucinda Bhatt}}  {{PHONE:(405) 555-0161}}  {{EMAIL:lbhatt@cedarsparrow.example.org}}
SoonerCare (Medicaid) # {{HEALTH_PLAN:B40018832}}
Hx obtained from FP + prior records faxed from {{FACILITY:Canadian Valley Pediatrics}}. Imms per OSIIS incomplete: missing DTaP #5, IPV #4, MMR #2.
Exam: wt 15.2 kg (32%), ht 101 cm (41%). Healed linear scar L forearm ~3 cm, child says "a dog did it." Dental caries x4 upper incisors. Tanner I.
Behavior: tantrums at bedtime, asks for "Mamá" and sister {{NAME:Itzel}} (9, placed separately in {{LOCATION:Norman}}).
Plan: catch-up vaccines today, dental referral, ASQ-SE, trauma-informed therapy referral, sibling visitation request to CW.
Seen {{DATE:May 15, 2024}}.  Dr. {{NAME:A. Mwangi}}/{{NAME:kt}}`,
  `To whom it may concern,

I am the pediatrician of record for {{NAME:Elodie Marchetti}} (DOB {{DATE:April 2, 2013}}) and have cared for her since 2014. I am writing at the request of her maternal grandmother, Mrs. {{NAME:Giovanna Ferrante}}, in connection with the guardianship petition, case no. {{ID:PR-23-001947}}, set for hearing {{DATE:January 9, 2024}} in the {{LOCATION:Hampden County}} Probate and Family Court.
Since {{DATE:August 2021}} Mrs. {{NAME:Ferrante}} has brought {{NAME:Elodie}} to every well visit and to all appointments with Dr. {{NAME:Osei}} (endocrinology) for her type 1 diabetes. She manages the Dexcom and pump, and the A1c improved from 9.8% to 7.4%. {{NAME:Elodie}}'s father, Mr. {{NAME:Paolo Marchetti}}, has not attended a visit since {{DATE:3/2021}}.
{{NAME:Elodie}} is in 5th grade at {{FACILITY:Brightwood Magnet School}} and reports she feels safe at home.
Please contact my office at {{PHONE:(413) 555-0182}} or fax {{FAX:(413) 555-0183}} with questions.

Sincerely,
{{NAME:Harriet Sokolowski}}, MD, FAAP
{{FACILITY:Longmeadow Children's Practice}}`,
  `ADOLESCENT MEDICINE - CONFIDENTIAL PORTION (do not release to parent portal)
{{NAME:Priya Ramaswamy-Cole}}, 16 y.o. F, MRN {{MRN:4471-0093}}, seen {{DATE:06/11/2024}}
HEADSS done alone after mom ({{NAME:Anjali}}) stepped out.
Home: lives w/ mom, stepdad {{NAME:Trevor Cole}} and half-bro {{NAME:Rowan}} (6), in {{LOCATION:Southern Pines}}. Conflict w/ stepdad re curfew, no violence.
Education: rising 11th grader at {{FACILITY:Sandhill Regional High School}}, As/Bs. Works at {{FACILITY:Dune Street Creamery}} ~15 h/wk.
Activities: cross country, youth group.
Drugs: CRAFFT 1 (vaped at a party once). No EtOH.
Sexuality: sexually active w/ boyfriend "{{NAME:J}}" (17), condoms inconsistently. LMP {{DATE:5/29}}. UPT neg. GC/CT urine sent, acc# {{ID:U24-118420}}.
Suicide/depression: PHQ-A 6, ASQ neg.
Plan: Nexplanon placed L arm today. Pt prefers results by text to her own cell {{PHONE:(910) 555-0129}}, NOT the home line; teen-only email {{EMAIL:priya.rc.runs@mailbox.example}}.
Billing: confidential self-pay acct {{ACCOUNT:SP-20933781}} per minor-consent policy so no EOB goes to parents' plan.
RTC 3 mo.  {{NAME:Noor Haddad}}, CPNP`,
  `CHILD & ADOLESCENT PSYCHIATRY - ADMISSION H&P
Unit: {{FACILITY:Wren 4}} (child psych), rm 412-B
Pt: {{NAME:Hunter Vasquez-Oduya}}   12 yo M   MRN {{MRN:M0082214457}}   Adm {{DATE:1/22/2024 23:47}}
Legal: voluntary by guardian (mother {{NAME:Camila Vasquez}}); father {{NAME:Benedict Oduya}} has joint legal custody per order dated {{DATE:8/4/2022}} - both to be notified.
CC: "I wanted to disappear." Transferred from {{FACILITY:Lakeshore Memorial}} ED after ingesting ~10 x 200 mg ibuprofen at school.
HPI: 7th grader at {{FACILITY:Ferncliff Middle School}}. Bullied in a group chat; a classmate posted a photo of him. Counselor Mr. {{NAME:Whitford}} called mom {{DATE:1/22}} 1:15 pm.
Scales: PHQ-A 21, SCARED 38, C-SSRS + ideation w/ intent. Vanderbilt (teacher) neg for ADHD.
Meds: none. NKDA.
Outpt therapist {{NAME:Gwen Sato}}, LMFT, {{FACILITY:Harbor Light Counseling}}, {{PHONE:(216) 555-0133}}.
Sibs: {{NAME:Sofia}} 15, {{NAME:Mateo}} 9.
Plan: q15 min checks, family mtg {{DATE:Wed 1/24}} 2pm, start fluoxetine 10 mg after labs, school liaison to call {{FACILITY:Ferncliff}} re: re-entry.
{{NAME:B. Ekwueme}}, MD (attending)`,
  `{{FACILITY:Pinegate Youth Residential Treatment Center}} - Monthly Treatment Review
Resident: {{NAME:Skylar}} "{{NAME:Sky}}" {{NAME:Brandt}}   15F   Cottage 3 (Aspen)   Resident # {{ID:PG-1187}}
Review period: {{DATE:02/01/24}} - {{DATE:02/29/24}}
Admitted {{DATE:10-30-2023}} from {{FACILITY:Saint Veronica Behavioral Hospital}}. Funding: Medicaid {{HEALTH_PLAN:MT0045519283}} + county.
Custody: ward of the state; CPS specialist {{NAME:Wade Halvorsen}} ({{PHONE:406-555-0190}}).
Progress: DBT skills group 4x/wk, diary cards 80% complete. 2 restraints this period ({{DATE:2/9}}, {{DATE:2/17}}), none since. Self-harm urges 3/5 -> 2/5.
Therapist {{NAME:Colleen Fairweather}}, LCPC. Family therapy by video w/ grandmother {{NAME:Bernadette Brandt}} in {{LOCATION:Great Falls}} weekly.
School: on-campus {{FACILITY:Pinegate Academy}}, 4.5/6 credits toward 9th grade.
Meds: sertraline 100 mg qAM, guanfacine ER 2 mg qHS, melatonin 3 mg.
Wt 61.4 kg (stable). Menses regular.
Home pass to grandma's approved for {{DATE:3/15-3/17}} if no restraints.
{{NAME:CF}}/{{NAME:dmr}}`,
  `EATING DISORDER PROGRAM INTAKE - {{FACILITY:Blue Heron Eating Disorders Program}} (PHP)
Name: {{NAME:Anneliese Kowalczyk}}  DOB {{DATE:2009-12-04}}  Age 14  MRN {{MRN:BH-77310}}
Date: {{DATE:27 Jan 2024}}
Referred by PCP Dr. {{NAME:Tobias Grun}}, {{FACILITY:Elmhurst Pediatric Associates}} (fax {{FAX:630-555-0157}}).
Hx: restriction since summer 2023 after "clean eating" videos; lost 9 kg. Amenorrhea since {{DATE:Sept 2023}}.
Vitals: wt 41.2 kg, ht 163 cm, BMI 15.5 (4th %ile, 78% mBMI). HR 44 supine / 68 standing. T 35.9.
EDE-Q global 4.6. No purging. Overexercise: figure skating 12 h/wk at {{FACILITY:Glacier Point Skating Club}}; coach {{NAME:Irina}} informed w/ consent.
Family: parents {{NAME:Marek}} and {{NAME:Helena Kowalczyk}}; brother {{NAME:Tomasz}} (11).
Insurance: BCBS member ID {{HEALTH_PLAN:XOF884019226}}, auth # {{ID:PA-3318204}} for 10 days PHP.
Plan: FBT, 3 meals + 3 snacks, no skating until cleared, labs (phos, Mg) twice weekly, ECG.
Therapist {{NAME:Lena Brandvold}}, PsyD; RD {{NAME:Carmen}}.`,
  `CAMP HEALTH CENTER LOG - {{FACILITY:Camp Tallowood}} (diabetes camp), Session 2
Camper: {{NAME:Rafferty}} "{{NAME:Raff}}" {{NAME:O'Dell}}, 11, Cabin 6 (Chipmunks), counselor {{NAME:Jess}}
Arrived {{DATE:Sun 7/14}}. Home addr on file: {{ADDRESS:PO Box 218}}, {{LOCATION:Hayesville}} {{ZIP:28904}}.
Pump t:slim X2 SN {{DEVICE:1174352}}; Dexcom G7 sensor {{DEVICE:DXG7-4QK9-88TP}}.
{{DATE:7/15}} 0245 BG 52 -> 15 g juice, 0300 recheck 108. Temp basal -30% overnight after hike.
{{DATE:7/16}} lake swim, pump off 40 min, BG 241 after; correction given per camp protocol.
{{DATE:7/17}} site L abd red/sore -> site change, no fever.
Parent contact: dad {{NAME:Kieran O'Dell}} {{PHONE:(828) 555-0174}}; mom {{NAME:Bethany}} {{PHONE:(828) 555-0175}} - both updated by phone.
Home endo: Dr. {{NAME:Ama Boateng}}, {{FACILITY:Mission Ridge Children's Endocrinology}}.
Camp MD on call this wk: Dr. {{NAME:Hollis}}.
- {{NAME:JW}}, RN`,
  `PREPARTICIPATION PHYSICAL EVALUATION
Name: {{NAME:Bryce Tanaka-Whitlow}}   Sex: M   Age: 15   DOB: {{DATE:08/22/2008}}
School: {{FACILITY:Westbrook High}}   Grade: 10   Sport(s): football (LB, #44), wrestling
Exam date: {{DATE:7/29/2023}}   Coverage: CHIP {{HEALTH_PLAN:CHP-5501827-03}}
Hx: no exertional syncope/CP. Uncle {{NAME:Dale}} died suddenly at 38 (?HCM) - ECG today normal, echo ordered.
Prior concussion {{DATE:Oct 2022}} (hit in JV game vs {{FACILITY:Ridgeview High}}), resolved in 9 days.
Osgood-Schlatter R knee, mild, no limitation.
BP 118/72, HR 64, wt 78 kg, ht 178 cm. Vision 20/20. Tanner 4. Marfan screen neg.
[ ] cleared w/o restriction   [x] cleared pending echo
ATC {{NAME:Colby Renfroe}}, {{EMAIL:crenfroe@westbrookschools.example.net}}
Examiner: {{NAME:Lauren Tweedy}}, PA-C   NPI {{LICENSE:1093847561}}
{{FACILITY:Birch Creek Family Medicine}}, {{ADDRESS:1500 Wayzata Blvd, Ste 210}}, {{LOCATION:Minnetonka}}`,
  `CONCUSSION CLINIC f/u - day 12
{{NAME:Nevaeh Sorensen}}, 14F, 9th gr, soccer - {{FACILITY:Lakeview Storm FC}} U15 (club) + {{FACILITY:Marston Heights High}} JV.
Injury {{DATE:Sat 9/16/23}}: header collision, brief LOC (<10 s), amnesia for 2nd half. Seen at {{FACILITY:Kessler Urgent Care}} same day.
Coach {{NAME:Rossi}} pulled her - good. ATC {{NAME:Mandy Feld}} doing daily SCAT5 at school.
Sx: PCSS 42 -> 11 today. HA 2/10 afternoons only. Sleep ok.
Exam: VOMS mild provocation w/ convergence (NPC 8 cm). BESS 6 errors.
School: 504 accommodations since {{DATE:9/20}} via counselor Ms. {{NAME:Aguilar-Wynn}}: half days, no tests, screen breaks.
Plan: stage 2 RTL/RTP (light aerobic), vestibular PT at {{FACILITY:Momentum Physical Therapy}}, recheck {{DATE:10/2/2023 3:45 pm}}.
Mom {{NAME:Krista}} cell {{PHONE:763-555-0196}}.
Dr. {{NAME:Femi Alabi}} / {{NAME:sr}}`,
  `IMMUNIZATION RECORD RECONCILIATION - registry vs. paper card
Pt: {{NAME:Yusuf Abdirahman Warsame}}   DOB {{DATE:03-JAN-2018}}   MRN {{MRN:20093361}}   MIIC ID {{ID:000418873302}}
Sources: yellow card from a clinic in {{LOCATION:Nairobi}}; {{FACILITY:Cedar-Riverside Community Clinic}} records.
Vaccine      Date            Source
BCG          {{DATE:05 Jan 2018}}     card (scar L deltoid)
OPV0         {{DATE:05 Jan 2018}}     card
Penta #1     {{DATE:15/02/2018}}      card (dd/mm)
Penta #2     {{DATE:16/03/2018}}      card
Measles      {{DATE:09/10/2018}}      card - 9 mo, not counted
MMR #1       {{DATE:1/22/2022}}       registry
DTaP #4      {{DATE:1/22/2022}}       registry
Hep A #1     {{DATE:1-22-22}}         registry (dup entry lot W4412 removed)
Interpreter {{NAME:Hodan}} (Somali), badge {{ID:7712}}. Father {{NAME:Abdirahman Warsame}} ph {{PHONE:612-555-0123}}.
Due: MMR #2, IPV, Hep A #2 today.  RN {{NAME:T. Lindqvist}}`,
  `NEWBORN SCREEN - CRITICAL RESULT CALL
{{DATE:12/08/2023 08:15}} call from state NBS lab, {{NAME:Gretchen Albers}} (follow-up coordinator) {{PHONE:(517) 555-0150}}.
Infant: Baby Girl {{NAME:Nakamura-Price}}, DOB {{DATE:12/05/2023 21:12}}, specimen # {{ID:23-339-04471}} collected {{DATE:12/06/23}} at 26 hr of life.
Result: 17-OHP 118 ng/mL (cutoff 40) - presumptive CAH, r/o salt-wasting.
Born at {{FACILITY:Sparrow Ridge Birthing Center}}. BW 3.41 kg, Apgar 8/9. Discharge exam: normal female genitalia.
Mom {{NAME:Emiko Nakamura}}, dad {{NAME:Jordan Price}}; {{ADDRESS:3306 Burcham Dr, Apt 14}}, {{LOCATION:East Lansing}} {{ZIP:48823}}; cell {{PHONE:(517) 555-0108}}.
Reached mom 08:40: feeding q3h, only 2 wet diapers since 0300. Sent to {{FACILITY:Ingham Grove Children's}} ED for lytes + repeat 17-OHP. Peds endo on call Dr. {{NAME:Lisette Caron}} paged ({{PHONE:x4-4120}}).
Confirmation faxed to {{FAX:517-555-0151}}.
{{NAME:MJ}} for Dr. {{NAME:Sauve}}`,
  `{{DATE:September 5th, 2023}}

RE: {{NAME:Liam}} "{{NAME:Bear}}" {{NAME:Okonjo-Haas}}, DOB {{DATE:6/1/2014}}
To: 504 Coordinator Ms. {{NAME:Tamsin Albright}}, {{FACILITY:Crestwood Intermediate School}}, {{ADDRESS:900 Harmon Rd}}, {{LOCATION:Ann Arbor}}, MI {{ZIP:48104}}

{{NAME:Liam}} is a 9 y/o 4th grader (gr 4) I have followed for ADHD, combined presentation, diagnosed {{DATE:Mar 2022}}. Teacher and parent Vanderbilt forms ({{DATE:8/28/23}}) show 7/9 inattentive and 6/9 hyperactive symptoms with impairment in classwork and with peers. He takes methylphenidate ER 27 mg at 7:00 each morning; it wears off by about 2 pm.
Recommended: preferential seating, chunked assignments, movement breaks, extended time, daily check-in with counselor Mr. {{NAME:Goldfarb}}, and the homework list e-mailed home to his mother ({{EMAIL:haas.family@postbox.example.com}}).
Please call {{PHONE:734-555-0119}} with questions.
Sincerely, Dr. {{NAME:Yvette Marchand}}, {{FACILITY:Huron Parkway Pediatrics}}`,
  `peds floor handoff 1900 -- secure chat thread (pasted to chart by charge RN)
[18:52] {{NAME:ash}}: rm 5 baby {{NAME:ruiz}} (bronchiolitis, 4mo) on HFNC 8L FiO2 30, RR 50s. mom {{NAME:yesenia}} at bedside, dad {{NAME:hector}} coming after work at {{FACILITY:tri-county tire}}
[18:53] {{NAME:kev}}: k. rm 7?
[18:54] {{NAME:ash}}: {{NAME:maddie}} {{NAME:p}}, 9yo DKA day 2, off drip, pump restart tmrw w endo. gpa at bedside is {{AGE:92}} n super sweet, hard of hearing so talk loud lol
[18:55] {{NAME:ash}}: rm 9 {{NAME:jaxon w}} - SI, 1:1 sitter, DCFS hold. CW {{NAME:tamara}} will call back @ {{PHONE:555-0147}} re placement. NO visitors exc aunt {{NAME:lorraine}}. shelter care hrg {{DATE:fri 11/3}}
[18:57] {{NAME:kev}}: who's attending tn
[18:57] {{NAME:ash}}: dr {{NAME:okafor}} til 7a, pager {{PHONE:4417}}
[18:58] {{NAME:ash}}: also rm 12 going to {{FACILITY:St Adalbert}} PICU ~2000, transport already called
[19:01] {{NAME:kev}}: got it ty`,
  `{{FACILITY:Oakhurst-Pell Middle School}} - Health Office Log     Nurse: {{NAME:Bev Stallworth}}, RN
{{DATE:Mon 4/8/24}}
08:12  {{NAME:Tre'von Gaines}} (6th) - asthma, PF 210 (65% PB), albuterol 4 puffs/spacer, 08:30 PF 300. Called gma {{NAME:Odessa Gaines}} {{PHONE:(601) 555-0187}}; stayed in class.
09:40  {{NAME:Lily-Mae Prentiss}} (8th grade) - HA, no trauma, no breakfast. Snack, rest 20 min, RTC.
10:55  {{NAME:Oscar}} {{NAME:B.}} (7th) - nosebleed in PE (Coach {{NAME:Danvers}}), stopped w/ pressure 10 min.
11:30  {{NAME:Adaline Fisk}} (8th) - T1D, BG 64 pre-lunch, 15 g tabs, 11:45 BG 102. Mom {{NAME:Greta}} texted per plan. Pump {{DEVICE:NG2239184H}} occlusion alarm -> site change by student.
13:20  {{NAME:Samir Haddadin}} (6th) - hit in head by ball at recess, no LOC. Concussion check neg, letter home; parent e-mailed at {{EMAIL:r.haddadin@inbox.example.com}}.
14:05  Called {{FACILITY:Magnolia Pediatric Clinic}} re {{NAME:Tre'von}}'s action plan, spoke w/ {{NAME:Felicia}}, faxed request to {{FAX:601-555-0141}}.`,
  `PEDIATRIC ED - PHYSICIAN NOTE
{{DATE:11/25/2023 02:14}}  BIBA from a house party at {{ADDRESS:1620 Larkin Ridge Ct}}, {{LOCATION:Bend}}.
Pt {{NAME:Declan Moreau-Haight}}, 17 M, MRN {{MRN:E02271836}}. Face sheet: SSN {{SSN:518-44-9023}} (per mom), guarantor {{NAME:Corinne Haight}}.
HPI: found minimally responsive by friend "{{NAME:Bash}}" who called 911. Reports 6-8 shots vodka + "a blue pill" (?M30). Narcan 4 mg IN by EMS w/ response.
Exam: GCS 14, RR 14, pupils 3 mm, no trauma.
Tox: EtOH 212 mg/dL, UDS + fentanyl, THC.
CRAFFT 5. PHQ-A 9. Denies SI or intent.
Social: senior at {{FACILITY:Cascade Crest High School}}, works weekends at {{FACILITY:Deschutes Lumber Supply}}. Lives w/ mom; dad {{NAME:Laurent Moreau}} in {{LOCATION:Montreal}}.
Dispo: obs 6h, SBIRT done, naloxone kit given, referral to {{FACILITY:High Desert Youth Recovery}} (intake {{PHONE:541-555-0152}}). Discussed w/ mom at bedside {{DATE:11/25/23 05:30}}.
{{NAME:Ines Varga}}, DO`,
  `DISCHARGE SUMMARY - {{FACILITY:Marrowstone Children's Hospital}}
Pt: {{NAME:Theo Lindgren-Asante}}   3y M   MRN {{MRN:6620-1184}}   Acct {{ACCOUNT:HB-0099127734}}
Admit {{DATE:2024-02-11}}   Discharge {{DATE:2024-02-15}}   Unit: {{FACILITY:Cormorant 2}}
Dx: Kawasaki disease, complete (fever x6d, bilat conjunctival injection, strawberry tongue, rash, extremity edema). Not Still's; not MIS-C (SARS-CoV-2 Ab neg).
Echo {{DATE:2/12}}: LAD z +2.1, RCA z +1.4 (dilation only).
Tx: IVIG 2 g/kg {{DATE:2/12}}; ASA 80 mg/kg/d -> 3-5 mg/kg/d on {{DATE:2/14}}. Afebrile 36 h at d/c.
F/u: cardiology Dr. {{NAME:Prakash Venkataraman}} in 2 wk w/ echo ({{DATE:Feb 29}} 10:20); PCP Dr. {{NAME:Hilde Amundsen}}, {{FACILITY:Fjord Street Pediatrics}}, in 2-3 days. Live vaccines deferred 11 mo after IVIG.
Parents {{NAME:Signe Lindgren}} / {{NAME:Kwame Asante}}, {{PHONE:(206) 555-0163}}.
Dictated {{NAME:PV}} / transcribed {{NAME:hk}} {{DATE:02/15/2024 16:02}}`,
  `NEWBORN NURSERY - DAILY NOTE, DOL 2
Twin A: Baby Boy {{NAME:Fairbanks}} (MRN {{MRN:NB24-00871}})   Twin B: Baby Girl {{NAME:Fairbanks}} (MRN {{MRN:NB24-00872}})
Born {{DATE:4MAR24}} at 36+1 wk by C/S (Twin B breech), {{FACILITY:Mercy Hollow Women's Pavilion}}. Mom {{NAME:Delphine Fairbanks}}, 31, G2P1103, GBS unk, amp x1.
Twin A: BW 2.48 kg, Apgars 8/9, TcB 9.1 at 36 h (low-risk zone). Passed CCHD screen and ABR.
Twin B: BW 2.21 kg, Apgars 7/9, temp 36.3 x1 overnight; glucose 38 at 2 h -> dextrose gel, now >50 x3.
NBS collected {{DATE:03/05/24 1400}} both, kit #s {{ID:2471-88190}} / {{ID:2471-88191}}. Hep B vaccine both.
Dad {{NAME:Roland}} rooming in. Sister {{NAME:Poppy}} (4) visiting w/ maternal grandma {{NAME:Maureen Healy}}.
Names chosen: "{{NAME:Arlo}}" and "{{NAME:Wren}}".
PCP after d/c: {{FACILITY:Prairie Rose Pediatrics}}, appt {{DATE:3/8}} 9:40. Dad's cell {{PHONE:(785) 555-0112}}.
{{NAME:K. Oduro}}, MD`,
  `ADOLESCENT GENDER CLINIC - follow-up, {{FACILITY:Juniper Health Adolescent Center}}
Pt: {{NAME:Eli}} (legal name on insurance: {{NAME:Elizabeth Marrow-Quist}}), 15 y/o, he/him. MRN {{MRN:JH-5530172}}. Visit {{DATE:Aug. 14, 2023}}.
With father {{NAME:Anders Quist}}; mother {{NAME:Dawn Marrow}} joined by phone from {{LOCATION:Boise}} ({{PHONE:208-555-0131}}). Parents divorced, joint legal custody, both consents on file ({{DATE:06/02/23}}).
Mental health: therapist {{NAME:Rosalind Achebe}}, LCSW, letter dated {{DATE:7/19/2023}}. PHQ-A 7 (16 in spring 2022). GAD-7 5.
School: 10th grade at {{FACILITY:Harrow Creek High}}; name updated in SIS by counselor Mr. {{NAME:Paulsen}}. Student ID {{ID:HCH-0448213}}.
Exam: Tanner 4 breast / 5 pubic hair. Wt 58 kg, BP 108/66.
Plan: continue menstrual suppression, DXA baseline, recheck 3 mo.
Portal: use the name "{{NAME:Eli}}". Member ID {{HEALTH_PLAN:IDH7790133520}}.
{{NAME:M. Okereke}}, MD`,
  `CHILD PROTECTION TEAM CONSULT
Pt {{NAME:Kaylee Dunmore}}, 8 mo F, MRN {{MRN:3318207}}, {{FACILITY:Tidewater Children's}} PICU bed 6
Requested {{DATE:10/04/2023}} by Dr. {{NAME:Halpern}} (PICU).
Hx per mother {{NAME:Brittany Dunmore}} (21): infant "rolled off the couch" {{DATE:10/3}} ~1800 onto carpet. Mom's boyfriend {{NAME:Tyler Voss}} (not the father) was caregiver. Bio father {{NAME:Dakota Reyes}} lives in {{LOCATION:Norfolk}}, no contact.
Findings: R parietal skull fx, small SDH, bruising R cheek and L pinna (TEN-4-FACESp +). Skeletal survey: healing posterior rib fx L 6-7. Ophtho (Dr. {{NAME:Ng}}): multilayer retinal hemorrhages OU.
Face/ear photos by forensic photographer, files {{PHOTO:CPT-23-1184-F01}} to {{PHOTO:CPT-23-1184-F09}}.
Reported to CPS {{DATE:10/04/2023 15:22}}, intake # {{ID:VA-CPS-2310-77415}}. Det. {{NAME:Aldana}}, police case {{ID:23-041877}}.
Sib {{NAME:Jaylen}} (3) placed w/ maternal grandmother {{NAME:Sharon Dunmore}}; needs skeletal survey too.
{{NAME:R. Whitlock}}, MD, Child Abuse Pediatrics`,
  `JUVENILE COURT - MEDICAL TESTIMONY SUMMARY (for chart)
In re {{NAME:M.T.}}, a minor. Petition No. {{ID:JD-2023-0114}}, {{LOCATION:Pima County}} Juvenile Court, Div. 12.
Hearing: {{DATE:Wednesday, March 13, 2024, 1:30 pm}}, Judge {{NAME:Castellano}}.
Present: GAL {{NAME:Priscilla Ng-Oakes}}; mother's counsel {{NAME:Ramon Etchison}}; AAG {{NAME:Lydia Brandt}}; DCS specialist {{NAME:Curtis Yellowhair}}.
I testified by phone as treating pediatrician for {{NAME:Mikayla Tolliver}} (DOB {{DATE:1/5/2021}}) re failure to thrive. At removal {{DATE:9/8/23}} wt 9.6 kg (<1st %ile, z -2.9); at my visit {{DATE:2/27/24}} wt 12.4 kg (18th %ile) in kinship care w/ great-aunt {{NAME:Ruth Ann Pickering}}. No organic cause found (celiac, TSH, sweat test neg). Denver II now age-appropriate except speech.
Next hearing {{DATE:5/22/24}}. Copy of testimony requested by GAL at {{EMAIL:png-oakes@galvolunteers.example.org}}.
- Dr. {{NAME:Esteban Quiroga}}, {{FACILITY:Sonoran Desert Pediatrics}}`,
  `INTERNATIONAL ADOPTION CLINIC - pre-adoption record review
Child: {{NAME:Valentina Ospina Herrera}}, born {{DATE:14/06/2021}} in {{LOCATION:Medellin}}, Colombia. ICBF file {{ID:ICBF-0556-2023}}.
Placement agency: {{FACILITY:Open Arms Adoption Alliance}}, caseworker {{NAME:Marta Villalobos}} ({{PHONE:515-555-0145}}).
Prospective parents: {{NAME:Douglas}} and {{NAME:Erin Whitaker-Lowe}}, {{LOCATION:Ames}}; e-mail {{EMAIL:whitakerlowe.family@inbox.example.com}}.
Records from {{FACILITY:Hogar Infantil Santa Clara}}: wt 10.1 kg (WHO 15th %ile), len 84 cm (30th), OFC 46 cm. HBsAg, HIV, syphilis neg {{DATE:02/02/2024}}. Hgb 10.4.
Reviewed photo {{PHOTO:IMG_20240311_0932.jpg}} and 4-min video: symmetric face, no dysmorphic features for FASD (philtrum 2, lip 2), pulls to stand, babbles, social smile.
Imms per Colombian card: BCG, penta x3, MMR x1 ({{DATE:15/06/2022}}).
Plan: travel packet, repeat labs within 30 days of arrival, TB IGRA, stool O&P.
{{NAME:Gwendolyn Aasen}}, MD, FAAP  {{DATE:3/12/24}}`,
  `DEVELOPMENTAL-BEHAVIORAL PEDIATRICS - DIAGNOSTIC EVALUATION
{{NAME:Ezekiel}} "{{NAME:Zeke}}" {{NAME:Amankwah}}   DOB {{DATE:2020-07-19}}   age 3y 7m   MRN {{MRN:DB-208833}}
Date of eval: {{DATE:Feb 26 2024}}. Referred by {{FACILITY:Riverbend Head Start}} (teacher Ms. {{NAME:Colette Dubois}}) and PCP Dr. {{NAME:Ferreira}}.
Concerns: ~15 words, no pointing to share, lines up cars, toe walking, meltdowns w/ loud noise.
Hx: term, no NICU. M-CHAT-R/F + at 18 mo; family moved from {{LOCATION:Accra}} to {{LOCATION:Columbus}} {{DATE:1/2022}} and EI referral was lost.
Testing: ADOS-2 Module 1, comparison score 8. Mullen ELC 62. Vineland ABC 68. Hearing normal ({{FACILITY:Scioto Audiology}}, {{DATE:1/30/24}}).
Dx: autism spectrum disorder, level 2 support both domains; language delay. FMR1 normal; not Rett.
Plan: ABA referral to {{FACILITY:Bridgeway Autism Services}}, SLP 2x/wk, preschool IEP eval via {{FACILITY:Scioto Plains School District}}, caregiver training.
Parents {{NAME:Kofi}} and {{NAME:Abena Amankwah}}; sibs {{NAME:Efua}} (7), {{NAME:Yaw}} (1).
Contact {{PHONE:(614) 555-0158}}.
{{NAME:N. Sorensen}}, MD`,
  `OUTPATIENT SPEECH-LANGUAGE PATHOLOGY - PROGRESS REPORT
Client: {{NAME:Harper Quintanilla}}    DOB {{DATE:5-3-2018}}    Clinic # {{MRN:SLP-44107}}
Service dates: {{DATE:1/8/24}} through {{DATE:3/29/24}} (20 sessions; no-shows {{DATE:2/5}}, {{DATE:2/19}})
Dx: childhood apraxia of speech; cleft palate repaired {{DATE:Nov 2019}} at {{FACILITY:Castleton Craniofacial Center}} (Dr. {{NAME:Liesl Varney}}).
Progress: PCC 48% -> 67%. Intelligibility to unfamiliar listeners ~60%. Uses AAC app on a dedicated iPad (serial {{DEVICE:DMPXR4418KQ}}) for requests at school.
School team: kindergarten at {{FACILITY:Goodhue Elementary}}, teacher Mrs. {{NAME:Birgitta Holm}}; school SLP {{NAME:Ana Lucia Prado}} co-treats by e-mail ({{EMAIL:aprado@goodhue-elem.example.org}}).
Coverage: Medicaid MCO member {{HEALTH_PLAN:00772154-01}}, auth {{ID:A24-007781}} exp {{DATE:6/30/2024}}.
Plan: continue 2x/wk x 12 wk, DTTC approach, home practice 10 min/day with mom {{NAME:Graciela}}.
{{NAME:Sophie Landreth}}, M.S., CCC-SLP, lic. {{LICENSE:SLP-7741}}`,
  `TELEPSYCHIATRY MED MANAGEMENT - video visit
Pt: {{NAME:Aaliyah Brooks-Hartman}}, 13F   MRN {{MRN:70019422}}   {{DATE:10/30/2023}} 4:00-4:25 pm
Platform log: pt joined from IP {{IP:198.51.100.47}} (home, {{LOCATION:Gallup}}); clinician at {{FACILITY:Four Corners Behavioral Health}}. Session ID {{ID:VV-8843-2210}}.
Present: pt and grandmother/guardian {{NAME:Loretta Begay}} (letters of guardianship dated {{DATE:4/4/2022}}).
Dx: MDD, moderate; r/o PTSD (mother {{NAME:Charlene}} died {{DATE:Dec 2021}}).
PHQ-A 12 (was 19). SCARED 22. C-SSRS neg since last visit.
Meds: escitalopram 10 mg daily, ~6/7 days per grandma. Wt 49 kg home scale.
School: 8th grade at {{FACILITY:Red Mesa Middle}}; counselor {{NAME:Ferris Tsosie}} checking in weekly.
Rx to {{FACILITY:Rio Puerco Pharmacy}}. If video drops call {{PHONE:505-555-0170}}.
Next {{DATE:11/27}} same time. {{NAME:J. Abernathy}}, MD`,
  `{{FACILITY:Maple Ridge Juvenile Detention Center}} - INTAKE HEALTH SCREEN
Youth: {{NAME:Darnell Whitcombe Jr.}}   DOB {{DATE:02/29/2008}}   Booking # {{ID:JDC-24-01177}}
Admitted {{DATE:3/1/2024 22:40}} via {{LOCATION:Jefferson County}} sheriff transport. PO: {{NAME:Kendra Wilkes}}, {{PHONE:(502) 555-0138}}.
Hx: ADHD, asthma, GSW L thigh {{DATE:Aug 2023}} treated at {{FACILITY:Falls City Trauma Center}}. Meds: albuterol prn; Vyvanse stopped last summer.
MAYSI-2: suicide ideation scale "caution"; denies current SI, no prior attempts.
Substance: CRAFFT 4, daily THC, "lean" on weekends.
Guardian: grandmother {{NAME:Earlene Whitcombe}}, {{ADDRESS:4015 Cane Run Rd, Lot 22}}, {{LOCATION:Louisville}} {{ZIP:40211}}.
Last school {{FACILITY:Valley Station Academy}}, 10th gr, IEP for SLD.
Enrolled on unit med-pass fingerprint scanner, template {{BIOMETRIC:FP-7730912-R2}}.
Screened by {{NAME:Nia Castell}}, LPN; reviewed by Dr. {{NAME:Hargrove}} {{DATE:03/02/2024}}.`,
  `INCIDENT REPORT - AWOL / RUNAWAY
Facility: {{FACILITY:Harbor Street Girls' Group Home}} (operated by {{FACILITY:Wayfinder Youth Services}})
Youth: {{NAME:Destiny Ocampo}} ("{{NAME:Dez}}"), 16, placed by DCFS, case {{ID:DCFS-4471903}}
Incident # {{ID:IR-2024-0318}}    Date {{DATE:03/18/2024}}    Time approx 21:15
Youth left by side door after evening snack. Staff {{NAME:Mo}} followed to {{ADDRESS:Halsted & W 47th St}} and saw her get into a silver Altima, plate {{VEHICLE:BX 48217}}, driven by an adult male she calls "{{NAME:Junior}}".
Notified: police 21:25 (report {{ID:JC-225518}}); DCFS hotline 21:40; CW {{NAME:Yolanda Price}} by voicemail; mother {{NAME:Rosa Ocampo}} {{PHONE:(773) 555-0109}}.
Face photo from file given to police: {{PHOTO:DO_intake_face_0914.jpg}}.
Meds: aripiprazole 5 mg, PM dose missed. Prior HT screen positive.
Returned {{DATE:3/20}} 0300 by police from {{LOCATION:Gary}}; taken to {{FACILITY:Lakefront Children's}} ED for exam.
Staff: {{NAME:Mo Jefferson}} / shift lead {{NAME:Tasha R.}}`,
  `TELEPHONE ENCOUNTER   {{DATE:07-Jun-2024 11:42}}
Caller: {{NAME:Shonda McAllister}} (mother) re son {{NAME:Jamal McAllister}}, DOB {{DATE:9/9/2012}}. Callback {{PHONE:404-555-0171}}.
Request: refill Focalin XR 15 mg #30. Last fill {{DATE:5/6/24}} at {{FACILITY:Peachtree Corners Pharmacy}} per PDMP. Last visit {{DATE:4/15/24}}: wt 39 kg, BP 104/62, Vanderbilt improved.
Summer: {{NAME:Jamal}} at {{FACILITY:Camp Whispering Laurel}} from {{DATE:6/17}} to {{DATE:7/12}}; camp nurse needs med authorization form, fax to {{FAX:706-555-0193}}.
Mom also asks about brother {{NAME:Malik}} (16), needs sports physical for {{FACILITY:Norcross Ridge High}} football -> booked {{DATE:6/24}} 3:20.
Rx e-prescribed by Dr. {{NAME:Bell-Mason}} (DEA {{LICENSE:BM4471902}}). Form faxed 12:05. Mom notified.
- {{NAME:Cheryl}}, RN`,
  `ASTHMA ACTION PLAN (school copy) - {{FACILITY:Pinecrest Pediatric Pulmonology}}
Student: {{NAME:Isabella}} "{{NAME:Bella}}" {{NAME:Marchetti-Ruiz}}   DOB {{DATE:Dec. 1, 2015}}   Grade 2
School: {{FACILITY:Saint Casimir Catholic School}}; nurse {{NAME:Joan Przybylski}} {{PHONE:(412) 555-0116}}
GREEN: Flovent HFA 44 mcg 2 puffs BID; albuterol 2 puffs 15 min before gym.
YELLOW (cough, wheeze): albuterol 4 puffs q4h, call parent.
RED (retractions, can't talk): albuterol 6 puffs, call 911 then parent.
Triggers: cats (at grandma {{NAME:Carmela}}'s house), cold air, colds.
Parents: dad {{NAME:Vincent Marchetti}} {{PHONE:412-555-0117}}; mom {{NAME:Lucia Ruiz}} (work) {{PHONE:412-555-0199 ext 31}}.
Self-carry approved: yes. Spacer kept in nurse's office.
Provider: {{NAME:Ada Okoro}}, CRNP; signed {{DATE:08/21/2023}}; valid for school year 2023-24.
Parent signature: {{NAME:V. Marchetti}}   {{DATE:8/23/23}}`,
  `PEDS ENDOCRINE - T1D quarterly
{{NAME:Soren Halvorsen-Pike}}  10M  MRN {{MRN:0449912-7}}  visit {{DATE:Tue, 05/14/24}}
Dx {{DATE:11/2021}} in DKA. A1c 7.9 (prev 8.6). TIR 58%, TBR 2%.
Devices: Omnipod 5 controller SN {{DEVICE:PDM5-0331-88720}}; Dexcom G6 transmitter {{DEVICE:8GJK3Q}}. Family shares data via {{URL:https://share.cgmclinic.example.com/p/7Hq2LmX9}}.
School: {{FACILITY:Larchmont Elementary}}, 4th gr; school nurse {{NAME:Patrice Okafor}} does lunch bolus. 504 in place.
Camp: registered for {{FACILITY:Camp Sugar Pine}} {{DATE:July 2024}}.
Screening: TSH 2.1, tTG-IgA neg, lipids ok. Eye exam due.
Family: mom {{NAME:Annika}} (also T1D), dad {{NAME:Russ Pike}}; twin sister {{NAME:Liv}} offered islet autoantibody screening (research study, not billed).
Wt 33.8 kg (52nd %ile), ht 141 cm (60th).
Next {{DATE:8/13}}. Dr. {{NAME:Imogen Farrow-Bligh}} / {{NAME:lw}}`,
  `AUDIOLOGY - COCHLEAR IMPLANT MAPPING
Pt {{NAME:Amelia Thistlewood}}, 2y1m, MRN {{MRN:A-558120}}, seen {{DATE:1/17/2024}}
Hx: congenital CMV (newborn saliva PCR + {{DATE:03/01/2022}}), profound SNHL bilat. Referred after failed newborn hearing screen at {{FACILITY:Birchfield Regional Hospital}}. Bilateral CI {{DATE:6/9/23}} by Dr. {{NAME:Oyelowo}} at {{FACILITY:Lakemont Children's}}.
Devices: R internal SN {{DEVICE:R-5519340}}, L internal SN {{DEVICE:L-5519417}}; processors SN {{DEVICE:N8-2210084}} (R) / {{DEVICE:N8-2210091}} (L).
Mapping: impedances wnl, T/C levels raised 5 CL R, ECAPs present. Wears processors ~9 h/day per datalogging. LENA: 9,400 adult words/day.
Early Intervention teacher of the deaf: {{NAME:Marguerite Beaulieu}}. Family uses ASL + spoken English; Deaf grandparents {{NAME:Harold}} and {{NAME:June Thistlewood}} sign with her daily.
Loaner processor mailed to {{ADDRESS:77 Orchard Knoll Ln}}, {{LOCATION:Keene}} {{ZIP:03431}}.
RTC 3 mo. {{NAME:Paula Etienne}}, AuD`,
  `PEDIATRIC NEUROSURGERY CLINIC
{{NAME:Gabriel Anaya}}  6y  MRN {{MRN:55019732}}  seen {{DATE:2023-11-06}}
Hx: ex-26 wk preemie, grade IV IVH -> PHH. VPS placed {{DATE:3/14/2018}}, revised {{DATE:9/2/2021}} (distal obstruction). Programmable valve serial {{DEVICE:SII-04418876}}, setting 1.5 confirmed on X-ray today.
Sx: 2 episodes of morning HA + emesis last wk, resolved. No lethargy, no gait change.
School: 1st gr at {{FACILITY:Alamosa Park Elementary}}; teacher Mr. {{NAME:Cordova}} notes afternoon fatigue.
Rapid MRI: ventricles stable vs {{DATE:05/2023}}. Reminder: MRI can reset the valve - check setting after every MRI.
Mom {{NAME:Graciela Anaya}} {{PHONE:(505) 555-0103}}; dad {{NAME:Ruben}} drives for {{FACILITY:Sandia Ridge Trucking}}.
Return 6 mo, sooner w/ red flags. Letter to school nurse {{NAME:Liza Benavidez}}.
Dr. {{NAME:A. Morrow-Singh}} / {{NAME:tc}}`,
  `LONG-TERM FOLLOW-UP (SURVIVORSHIP) CLINIC - {{FACILITY:Beacon Hill Pediatric Cancer Center}}
Pt: {{NAME:Caleb Nwachukwu}}, 12 y/o M, MRN {{MRN:0088213-4}}
Dx: Wilms tumor, favorable histology, stage III, L kidney, dx {{DATE:10 May 2016}} at age 4. Nephrectomy {{DATE:5/19/2016}}; vincristine/dactinomycin/doxorubicin + flank RT 10.8 Gy. Off therapy {{DATE:12/2016}}.
Today {{DATE:5/6/2024}}: 7+ yrs off therapy. BP 124/78 (95th %ile for age/ht) -> ambulatory BP monitor. Cr 0.7, UA neg protein. Echo (cum. doxorubicin 150 mg/m2): EF 61%.
Scoliosis screen: 8 degrees, observe. Tanner 2.
Psychosocial: 6th grade at {{FACILITY:Pilgrim Lane Middle School}}, 504 for fatigue; plays trumpet. Mom {{NAME:Ngozi}} asks about cousin {{NAME:Obinna}}'s WT1 testing (negative).
Survivorship care plan e-mailed to {{EMAIL:ngozi.nwachukwu@mailhub.example.net}}.
Next visit {{DATE:May 2025}}. {{NAME:Theresa Quon}}, NP / Dr. {{NAME:Mbeki}}`,
  `PEDIATRIC RHEUMATOLOGY
{{NAME:Anya Petrosyan}}, 9F, MRN {{MRN:RH-300719}}, {{DATE:September 28, 2023}}
Systemic JIA (Still's disease) dx {{DATE:1/2023}}: quotidian fevers, evanescent salmon rash, arthritis knees/wrists. MAS screen neg.
Meds: anakinra 2 mg/kg SC daily (home nurse {{NAME:Lorna}} from {{FACILITY:CareBridge Pediatric Home Infusion}} taught injections), naproxen, prednisone taper now 2.5 mg.
Ferritin 84, ESR 11. cJADAS 3.
Eye: uveitis screen q6mo with Dr. {{NAME:Baghdasaryan}}; last {{DATE:8/1/23}} normal.
School: 3rd gr at {{FACILITY:Lincoln Bluff Elementary}}, PE modified. Great-grandmother {{NAME:Siranush}} ({{AGE:90}}) lives w/ family and helps after school.
TRICARE {{HEALTH_PLAN:TRC 210 448 9017}}; dad SSgt {{NAME:Aram Petrosyan}} deployed to {{LOCATION:Ramstein}}, mom {{NAME:Lilit}} is primary contact {{PHONE:(910) 555-0125}}.
Specialty pharmacy {{FACILITY:Summit Specialty Rx}}, {{PHONE:800-555-0126}}.
{{NAME:E. Dragomir}}, MD`,
  `SPORTS MEDICINE NOTE
{{NAME:Mason Okwuosa}}, 13M, 8th grade, school basketball + club volleyball ({{FACILITY:Peak Performance VBC}} 14U). Referred by ATC {{NAME:Jen Kowalski}} at {{FACILITY:Hillcrest Middle}}.
Seen {{DATE:12.01.2023}}: bilat anterior knee pain x3 mo, worse w/ jumping and kneeling.
Exam: tender tibial tubercles R>L, prominence R. Ligaments stable. Tanner 3, grew 8 cm in past year.
XR: fragmentation R tibial tubercle. Dx Osgood-Schlatter, bilateral.
Plan: relative rest, quad/hamstring stretching, patellar strap, ice; may play if pain <3/10. Note for Coach {{NAME:Reggie Tolbert}}. PT at {{FACILITY:Rebound Sports PT}}, {{ADDRESS:2250 Commerce Pkwy, Suite B}}, {{LOCATION:Round Rock}} {{ZIP:78664}}.
Dad {{NAME:Chidi}} asks about tournament in {{LOCATION:Orlando}} {{DATE:12/27-12/30}}: ok with strap.
F/u 6 wk ({{DATE:1/12/24}}).
{{NAME:Sonia Achterberg}}, MD, CAQSM`,
  `LEAD CASE MANAGEMENT - HOME VISIT (public health nurse)
Child: {{NAME:Nasir Holloway}}   DOB {{DATE:04/11/2022}}   Medicaid {{HEALTH_PLAN:61 4471 0982}}   Case # {{ID:PB-24-0093}}
BLL: {{DATE:1/9/24}} capillary 14; {{DATE:1/23/24}} venous 18.4 mcg/dL.
Visit {{DATE:2/6/2024}} 10:00 at {{ADDRESS:1139 Marcy Ave, Apt 3R}}, {{LOCATION:Trenton}} {{ZIP:08618}} (rental, built 1920s). Landlord {{NAME:Stavros Kyriakou}}, {{PHONE:609-555-0168}}.
Findings: peeling paint on kitchen and bedroom sills; child seen mouthing sill. Wet-wiping taught.
Household: mom {{NAME:Tanisha Holloway}} (22, 28 wk pregnant - OB notified), brother {{NAME:Amir}} (5) - BLL ordered, great-grandmother {{NAME:Inez Holloway}} ({{AGE:ninety-four}}) who watches the kids daily.
Daycare {{FACILITY:Little Sprouts Family Daycare}} (licence {{LICENSE:DC-0044817}}) to be inspected too.
Plan: iron + calcium-rich diet, WIC, county environmental inspection {{DATE:2/13}}, repeat BLL 1 mo.
PHN {{NAME:Doreen Fitzgerald}}, RN`,
  `PEDS TRAUMA - TERTIARY SURVEY
{{NAME:Kiera Blackwood}}  16F  MRN {{MRN:T240419-07}}  arrived {{DATE:04/19/2024 17:05}} as level 2.
Mech: restrained driver on learner's permit {{LICENSE:WDL443-0918-2271}}; 2019 Civic, plate {{VEHICLE:7XKL229}}, VIN {{VEHICLE:2HGFC2F59KH508813}}, vs pickup at {{ADDRESS:SR-9 and Mill Creek Rd}}, ~35 mph, airbags deployed. Supervising adult in car: grandfather {{NAME:Walt Blackwood}} (89), minor injuries, to adult ED.
Passenger friend {{NAME:Harlow Jensen}} (15) taken to {{FACILITY:Evergreen Valley Hospital}}.
Injuries: seatbelt sign abd, L clavicle fx, concussion (GCS 15). CT: grade II liver lac. Tox neg. Pt: "I was looking at the GPS."
Trooper {{NAME:D. Hammersley}}, collision report {{ID:WSP-24-118833}}. Auto claim # {{ACCOUNT:CLM-7781029934}}.
Mom {{NAME:Renata Blackwood}} arrived 17:40, {{PHONE:360-555-0184}}.
Plan: admit to {{FACILITY:Cedar 5}}, serial Hgb, sling, concussion protocol; school note for {{FACILITY:Snohomish Valley High}}.
{{NAME:PJ}} / Dr. {{NAME:Lindqvist}}`,
  `{{FACILITY:Wren 4}} CHILD/ADOL PSYCH - CENSUS  {{DATE:sat 12/9}} 0700
Rm    Pt                        Age  Adm     Legal        Lvl  Notes
401   {{NAME:GOMEZ-TRAN, Ava}}           11   {{DATE:12/2}}    vol/guardian  2   foster mom {{NAME:Kim Albrecht}} visits 6p; CW {{NAME:Ortega}} ok'd
402A  {{NAME:PRUITT, Colton}}            14   {{DATE:12/6}}    72h hold      1   1:1; court hrg {{DATE:12/11}} 1:30, atty {{NAME:S. Kaur}}
402B  {{NAME:Yazzie, Tyrese}}            16   {{DATE:11/28}}   vol           3   d/c planning to {{FACILITY:Sagebrush RTC}} ~{{DATE:12/14}}
403   {{NAME:LIEBOWITZ, Noa}}            13   {{DATE:12/7}}    vol           2   ED hx, meal support, wt 38.2 kg
404   -- empty (deep clean) --
405   {{NAME:Baptiste, Jean-Luc}} "{{NAME:JL}}"   15   {{DATE:12/8}}    vol           1   new overnight; mom {{NAME:Mirlande}} {{PHONE:555-0155}} only contact - NO contact w/ father {{NAME:Luc Baptiste}} per order of protection {{ID:DV-23-44817}}
Charge RN {{NAME:Marisa}} / MD {{NAME:Ekwueme}} / SW {{NAME:Pat O.}}`,
  `PATIENT PORTAL THREAD
From: {{NAME:Hollis Varga-Benn}} (proxy for {{NAME:Juniper Varga-Benn}}, DOB {{DATE:3/3/2019}})
Sent: {{DATE:Mon 10/9/2023 9:14 PM}}
"hi dr {{NAME:o}} - {{NAME:juniper}} has had fever 102.8 since sat, tylenol helps. also little spots on palms?? daycare ({{FACILITY:Acorn Cottage Preschool}}) said 2 kids had hand foot mouth. should we come in? her sister {{NAME:clementine}} (8mo) fussy now too. my cell {{PHONE:(971) 555 0137}}"
Reply {{DATE:10/10/2023 07:52}} - {{NAME:Rhea Ostrowski}}, RN for Dr. {{NAME:Obuya}}:
"Sounds like hand-foot-mouth. Watch for fewer wet diapers, drooling/refusing to drink. We have a same-day slot at {{FACILITY:Alder Grove Pediatrics}} at 10:40 today. Daycare return letter can be downloaded at {{URL:https://portal.aldergrovepeds.example.org/letters/88213}} once she is fever-free 24 h."
From {{NAME:Hollis}} {{DATE:10/10/2023 08:03}}: "thx we'll be there. can u also send her shot record to {{EMAIL:hvargabenn@fastmail.example}} for the school packet"`,
  `DISCHARGE SUMMARY - ADOLESCENT MEDICINE (medical stabilization)
{{FACILITY:St. Brigid Children's Hospital}}, unit {{FACILITY:Halcyon 6}}
{{NAME:Madeleine}} "{{NAME:Maddy}}" {{NAME:Thibodeaux}}   DOB {{DATE:07/07/2008}}   MRN {{MRN:SB-1120557}}   HAR {{ACCOUNT:7700412288}}
Admit {{DATE:1-3-24}} -> D/C {{DATE:1-12-24}} (LOS 9 d)
Dx: anorexia nervosa, restricting type; bradycardia (nadir 38 on {{DATE:1/4}} 0300); orthostatic instability; refeeding hypophosphatemia, nadir 2.4 day 3.
Course: 2000 kcal -> 3200 kcal by d/c; phos repleted; NG not needed. Wt 39.8 -> 42.1 kg (86% mBMI). HR >50 x 48 h.
Psych: C-SSRS neg. Family: dad {{NAME:Remy}}, mom {{NAME:Colette}}, brother {{NAME:Luc}} (19, home from college).
Dispo: direct to {{FACILITY:Blue Heron Eating Disorders Program}} residential, bed {{DATE:1/12}} 1 pm. Outpt team: PCP Dr. {{NAME:Guidry}}, RD {{NAME:Anouk Pellerin}}, therapist {{NAME:Sam Hebert}}.
School: 10th grade at {{FACILITY:Acadiana Bayou High}}; homebound forms to counselor Mrs. {{NAME:Broussard}}, fax {{FAX:337-555-0128}}.`,
  `FAMILY THERAPY SESSION NOTE - {{FACILITY:Kinship Circle Counseling}}
Client: {{NAME:Rowan Albescu}} (11)   Session #7   {{DATE:04.03.2024}}   60 min
Present: mom {{NAME:Ioana Albescu}}, stepfather {{NAME:Brent Sawyer}}, sibs {{NAME:Mira}} (14) and {{NAME:Tudor}} (8), stepsister {{NAME:Kenzie Sawyer}} (16, every other weekend). Bio dad {{NAME:Radu}} not present (lives in {{LOCATION:Timisoara}}, visits summers).
Themes: blended-family rules; {{NAME:Rowan}}'s anger at stepdad over phone limits; {{NAME:Mira}} feels "like the second mom."
SCARED (child) 31 -> 24. Vanderbilt parent neg.
Custody: parenting plan, {{LOCATION:Marion County}} case {{ID:22DR-03318}}: mom primary residence, dad video calls Sundays 10 am.
Homework: weekly family meeting, "rose and thorn" at dinner.
Next {{DATE:4/17}}.
{{NAME:Deb Lasko}}, LMFT   lic. {{LICENSE:LMFT 004417}}`,
  `CHILD PSYCHIATRY OUTPATIENT - NEW EVALUATION
Pt: {{NAME:Tobias Feldmann-Okoye}}, 10 y/o, 5th grade at {{FACILITY:Greenleaf Charter Academy}}. MRN {{MRN:CP-771504}}. {{DATE:11/14/2023}}
CC (mom {{NAME:Hanne}}): "He hasn't been to school since {{DATE:October 2nd}}."
Hx: stomach aches Sunday nights and mornings; GI w/u neg at {{FACILITY:Maplewood Pediatric GI}} (celiac neg). Missed 28 days this school year; attendance letter {{DATE:11/1/23}}, truancy referral {{ID:TR-2023-00781}} on hold.
SCARED parent 44 / child 39 (separation, GAD, school avoidance high). CDI-2 T 58.
Triggers: teacher change; grandfather {{NAME:Wilhelm}} ({{AGE:96}}) hospitalized in {{LOCATION:Hamburg}} last summer and mom away 3 wk.
Plan: CBT w/ exposure (therapist {{NAME:Ayo Bankole}}, PhD); graded return w/ counselor Ms. {{NAME:Ferreira-Lund}}, 2 h/day starting 8:15; sertraline 12.5 mg x 1 wk then 25 mg.
504 meeting {{DATE:11/20}}; letter to {{FACILITY:Greenleaf}} today.
{{NAME:L. Amadi}}, MD`,
  `SAFETY PLAN (Stanley-Brown) - attached to visit {{DATE:2024-01-30}}
Pt {{NAME:Kayden Thorsby}}, 15M, MRN {{MRN:88-01-4472}}. PHQ-A 17, item 9 = 1. ASQ positive, non-acute.
1. Warning signs: not sleeping, skipping practice, gaming all night (gamertag {{ID:KTHORZ_77}}).
2. Coping: shoot hoops, music, walk the dog Biscuit.
3. Distraction: best friend {{NAME:Devontae}}; {{FACILITY:Northgate Rec Center}}.
4. People to ask for help: Aunt {{NAME:Rosie Thorsby}} {{PHONE:(319) 555-0122}}; Coach {{NAME:Bauer}} ({{FACILITY:Cedar Prairie High}} wrestling); mom {{NAME:Kristin}} {{PHONE:(319) 555-0124}}.
5. Professionals: therapist {{NAME:Monique Hale}}, LISW, {{PHONE:319-555-0176}}; 988 Lifeline; walk-in at {{FACILITY:Linn Valley Crisis Center}}.
6. Means safety: dad's hunting rifles moved to uncle {{NAME:Gary}}'s safe on {{DATE:1/30}}; meds in lock box (mom has key).
Signed: pt, parent, {{NAME:A. Whitfield}}, MD`,
  `KINSHIP NAVIGATOR - MEDICAL CONSENT & BENEFITS
Caregiver: great-grandmother {{NAME:Alberta Mae Pruitt}}, age {{AGE:92}}, helped by granddaughter {{NAME:Shavonne}} (33).
Children:
  {{NAME:Zion Pruitt}}     6   DOB {{DATE:10/02/2017}}   SSN {{SSN:431-88-2097}}
  {{NAME:Ja'Nya Pruitt}}   3   DOB {{DATE:12/24/2020}}   SSN {{SSN:431-88-2241}}
Address: {{ADDRESS:Rt 2 Box 118}}, {{LOCATION:Marianna}}, AR {{ZIP:72360}}
Medicaid applied {{DATE:6/3/24}}, application # {{ID:AK-24-5531902}}; interim coverage letter given.
Consent: power of attorney for minors dated {{DATE:May 30th 2024}}, notarized.
Health: {{NAME:Zion}} needs kindergarten physical + 4-yr shots for {{FACILITY:Strong-Whitten Primary School}}; {{NAME:Ja'Nya}} has eczema and a speech delay, EI referral made. Both to {{FACILITY:Delta Crossroads Clinic}} {{DATE:6/11}}.
Navigator {{NAME:Reggie Obi}} {{PHONE:870-555-0146}}`,
  `MEDICAL GENETICS CONSULT
Proband: {{NAME:Oliver Strand-Mbatha}}, 22 mo M, MRN {{MRN:G-0193374}}, {{DATE:6 Dec 2023}}
Referral (Dr. {{NAME:Ekstrom}}): global developmental delay, macrocephaly (OFC 52 cm, >99th %ile), hypotonia.
Pedigree:
 - Father {{NAME:Thabo Mbatha}} (34), from {{LOCATION:Durban}}, OFC 61 cm
 - Mother {{NAME:Kirsten Strand}} (31), healthy
 - Paternal half-sib {{NAME:Lwazi}} (9), learning difficulties, lives in {{LOCATION:Johannesburg}}
 - Paternal great-grandmother {{NAME:Nomvula}}, alive at {{AGE:97}}
 - Maternal grandfather {{NAME:Per Strand}} (62), thyroid ca at 45
Ddx: PTEN hamartoma tumor syndrome (Cowden / Bannayan-Riley-Ruvalcaba), Sotos, fragile X.
Tests: trio exome to {{FACILITY:Helix Crest Genomics}}, accession {{ID:HCG-23-0771042}}; prior auth {{ID:PA-88130277}}.
Results by phone {{PHONE:(651) 555-0102}}.
{{NAME:Birgit Sunde}}, MS, CGC / Dr. {{NAME:Osei-Bonsu}}`,
  `NEWBORN HEARING - OUTPATIENT RESCREEN
Infant: Baby Boy {{NAME:Castellanos}}, now named {{NAME:Mateo Castellanos-Uribe}}, DOB {{DATE:10/21/23}}, MRN {{MRN:NB-2310-4418}}
Inpatient AABR {{DATE:10/22/2023 1045}}: refer R / pass L.
Rescreen today {{DATE:11/03/2023}}: refer R again. Diagnostic ABR {{DATE:11/17}} at {{FACILITY:Harbor Point Audiology}}.
Risk factors: NICU 3 d (TTN), no ototoxics; cCMV saliva {{DATE:10/23}} neg. Maternal uncle {{NAME:Ignacio}} has worn hearing aids since childhood.
EHDI report sent, EHDI ID {{ID:EH-23-098814}}.
Parents {{NAME:Lucia Uribe}} and {{NAME:Mateo Castellanos}}; Spanish interpreter {{NAME:Camila}} (ID {{ID:2214}}).
Counseled on language exposure; EI referral placed if diagnostic ABR confirms loss.
Home {{ADDRESS:5120 E. Ashlan Ave, Apt 207}}, {{LOCATION:Fresno}} {{ZIP:93727}}; mom cell {{PHONE:559-555-0172}}.
{{NAME:Wendy Ta}}, AuD`,
  `FINANCIAL COUNSELING NOTE - Patient Financial Services, {{FACILITY:Halvorsen Children's Medical Center}}
Patient: {{NAME:Brielle Santangelo}} (4); guarantor mom {{NAME:Nicole Santangelo}}
HAR {{ACCOUNT:HB55102874}}, PB acct {{ACCOUNT:PB-2207741}}; balance $18,442.16 (readmission {{DATE:Aug 2-9, 2023}}).
Coverage: employer plan ended {{DATE:7/31/23}} when mom left job at {{FACILITY:Brightline Logistics}}; CHIP application {{DATE:9/14/23}}, CHIP ID {{HEALTH_PLAN:CH0992217460}}, effective retro to {{DATE:08/01/2023}}.
Claims resubmitted: {{ACCOUNT:CLM-23-4481977}}, {{ACCOUNT:CLM-23-4481978}}.
Remaining self-pay portion after CHIP: payment plan $25/mo, first draft {{DATE:11/1}}; hardship discount application given to mom.
Mailing address {{ADDRESS:16 Wexford Ct}}, {{LOCATION:Worcester}} {{ZIP:01606}}; e-mail {{EMAIL:nsantangelo84@mail.example.com}}.
Counselor {{NAME:Jorge Villasenor}}, ext {{PHONE:6-2290}}`,
  `REFUGEE HEALTH - DOMESTIC SCREENING VISIT #1, {{FACILITY:Northside New Arrivals Clinic}}
Family arrived {{DATE:01/16/2024}} from {{LOCATION:Kakuma}} via {{LOCATION:Nairobi}}; resettlement agency {{FACILITY:Harbor Lights Refugee Services}}, case manager {{NAME:Fartun Ali}} {{PHONE:(208) 555-0110}}.
Interpreter: Kinyarwanda, {{NAME:Jean-Paul}} by phone, ID {{ID:48817}}.
Children seen:
 - {{NAME:Uwase Mukamana}} F, DOB per I-94 {{DATE:01/01/2012}} (estimated), 12y: wt 34 kg (25%), Hgb 10.9, O&P pending, IGRA neg.
 - {{NAME:Ishimwe Habimana}} M, DOB {{DATE:06/15/2015}}, 8y: spleen tip 2 cm -> malaria smear + PCR.
 - {{NAME:Keza}} F, 2y (DOB {{DATE:3/3/2022}}, born in camp): wt 10.2 kg (z -1.6), MUAC 13.2 cm.
Mother {{NAME:Claudine Uwimana}} (A# {{ID:A218447093}}), father {{NAME:Emmanuel Habimana}}.
Address {{ADDRESS:2640 W. Overland Rd, Apt 12}}, {{LOCATION:Boise}} {{ZIP:83705}}. Refugee Medical Assistance {{HEALTH_PLAN:RMA-0044183}}.
Schools: {{FACILITY:Whitney Ridge Elementary}}, {{FACILITY:Owyhee Trail Junior High}}; imms catch-up started today.`,
  `CYBERBULLYING REFERRAL - forwarded by {{FACILITY:Ironwood Hills Middle School}} to PCP with parent consent
Student: {{NAME:Addison Pereira-Lowe}}, 7th gr, 12 y/o
Reported {{DATE:February 7th, 2024}} by asst. principal Mr. {{NAME:Garrick Thule}}; SRO Officer {{NAME:Danica Reyes}}.
Summary: anonymous account {{ID:@addie_is_a_joke}} posted edited photos of student at {{URL:https://social.example.com/addie_is_a_joke/status/88120447}} (removed). Platform reply to SRO: account created from IP {{IP:203.0.113.58}} on {{DATE:1/29/24 22:14}}, same IP as a school Chromebook login by classmate {{NAME:K.R.}} (student ID {{ID:IHM-30441}}).
Student reports stomach aches, skipping lunch; PHQ-A 14, no SI; SCARED social subscale 11.
Parents: mom {{NAME:Dana Pereira}} ({{EMAIL:dpereira.home@inbox.example.com}}), dad {{NAME:Marcus Lowe}}.
PCP Dr. {{NAME:Noel Harcourt}}, {{DATE:2/9/24}}: referral to {{FACILITY:Desert Willow Child & Family Therapy}}, f/u 2 wk, letter to school supporting safety plan and schedule change.`,
  `TEEN PRENATAL CLINIC - initial OB, {{FACILITY:Rosewood Adolescent & Young Mom Clinic}}
{{NAME:Jaslene Torres-Medina}}, 16 y/o G1P0, MRN {{MRN:TY-440921}}, {{DATE:3/19/24}}
LMP {{DATE:12/18/2023}} -> EDD {{DATE:9/23/2024}} (dating US 13w1d, concordant).
FOB {{NAME:Andre}} (18), involved; age difference reviewed, no mandated report indicated.
Lives w/ mother {{NAME:Marisela Medina}} and 2 younger sibs. Feels supported.
School: 10th grade at {{FACILITY:Valle Verde High School}}; wants to stay in school -> parenting-teen program, counselor Ms. {{NAME:Archuleta}}.
Labs: Rh +, rubella immune, HIV/RPR neg, GC/CT neg. PHQ-9 8. IPV screen neg.
Pregnancy Medicaid {{HEALTH_PLAN:TX521889440}}; WIC appt {{DATE:3/26}}.
Contact by text only {{PHONE:(915) 555-0166}}; home {{ADDRESS:8821 Alameda Ave, Trlr 6}}, {{LOCATION:El Paso}} {{ZIP:79907}}.
Doula {{NAME:Xiomara Bell}}, {{FACILITY:Sunrise Doula Collective}}.
{{NAME:Renata Salcido}}, CNM`,
  `PEDIATRIC SANE NOTE - {{FACILITY:Bayview Child Advocacy Center}}
Pt: {{NAME:A.J.M.}} (full name in sealed file), 15F, exam {{DATE:05/04/2024 03:30}}
Accompanied by aunt/guardian {{NAME:Teresa Molina}}; advocate {{NAME:Kris Lambert}} ({{FACILITY:Harbor House Crisis Services}}).
Law enforcement: Det. {{NAME:Oyelaran-Sims}}, {{LOCATION:Alameda County}} SO, case {{ID:24-SO-011874}}.
Hx (brief, per pt): assault by an acquaintance at a party {{DATE:5/3}} ~2300 in {{LOCATION:Hayward}}. Full interview deferred to CAC forensic interviewer {{NAME:Moira Quint}}, {{DATE:5/6/24 10 am}}.
Exam documented per protocol with body diagrams; injury photos (no face) kept in the secure forensic system, not in the chart.
Evidence kit # {{ID:SAK-2024-00871}} released to Det. {{NAME:Oyelaran-Sims}} 05:45, chain of custody signed.
Meds: emergency contraception; HIV nPEP started 04:10; ceftriaxone/doxy prophylaxis.
F/u adolescent clinic {{DATE:5/18}}; counseling at {{FACILITY:Harbor House}}.
{{NAME:Gail Brandeis-Ortiz}}, RN, SANE-P`,
  `PRIVATE DUTY NURSING - SHIFT NOTE, {{FACILITY:Little Lighthouse Home Nursing}}
Pt {{NAME:Eliana Kowalski-Brandt}}, 4y, trach/vent dependent (SMA type 1, s/p gene therapy)
Shift {{DATE:2/10/24}} 1900-0700
Home: {{ADDRESS:3 Heron Cove Rd}}, {{LOCATION:Brunswick}}, ME {{ZIP:04011}}. Generator tested ok.
Vent SN {{DEVICE:TV3190447821}}, AC 12, PEEP 6, FiO2 21-25%. Pulse ox SN {{DEVICE:MX-771920}}. Trach 4.0 cuffless, changed {{DATE:2/8}}.
G-tube: Pediasure Peptide 1.0, 45 mL/h x 20 h.
0215 desat 84%, thick secretions, suction + cough assist x2 -> 97%.
Parents {{NAME:Marta}} and {{NAME:Jonas Kowalski-Brandt}}; brother {{NAME:Hugo}} (7) slept through.
DME {{FACILITY:Coastal Breath Medical Supply}}, {{PHONE:207-555-0188}}, acct {{ACCOUNT:CBMS-008817}} - circuits due.
Pulm Dr. {{NAME:Fenwick}} to be updated re secretions.
RN {{NAME:Aiyana Two Bulls}}`,
  `MEDICATION ADMINISTRATION RECORD - {{FACILITY:Cottonwood Crossing Group Home}}, wk of {{DATE:08/05/2024}}
Resident: {{NAME:Bryson Kettleman}}, 14   Res ID {{ID:CC-0447}}   Prescriber Dr. {{NAME:Idowu}} ({{FACILITY:Prairie Sky Child Psychiatry}})
ID check at med cart: palm-vein scan, enrolled template {{BIOMETRIC:PV-55108-B}}
Date   | sertraline 75 mg 0800 | guanfacine ER 3 mg 2000 | quetiapine 50 mg 2000
{{DATE:8/5}}    | {{NAME:RB}}                    | {{NAME:TM}}                      | {{NAME:TM}}
{{DATE:8/6}}    | {{NAME:RB}}                    | {{NAME:TM}}                      | refused ({{NAME:TM}})
{{DATE:8/7}}    | {{NAME:JG}}                    | home pass                | home pass
{{DATE:8/8}}    | home pass             | {{NAME:JG}}                      | {{NAME:JG}}
Home pass {{DATE:8/7}} with dad {{NAME:Curt Kettleman}}; blister packs from {{FACILITY:Hillside Pharmacy}}, count verified on return.
Refusal reported to nurse {{NAME:Rhonda}} and CW {{NAME:Alicia Fontaine}}.`,
  `FOSTER PARENT CALL LOG (nurse line)
Child: {{NAME:Maverick Dunlap}} "{{NAME:Mav}}", 6, in foster care since {{DATE:08/14/2023}} via {{FACILITY:Northern Pines Child Placing Agency}}; CW {{NAME:Jolene Sikes}} {{PHONE:(218) 555-0135}}.
FP {{NAME:Heather Lindquist}} (licence {{LICENSE:FC-22-01739}}), cell {{PHONE:218-555-0191}}.
{{DATE:10/02/23}} 0815 - barky cough, T 101.3, no stridor at rest. Cool mist, fluids, ok to keep home from {{FACILITY:Birchwood Elementary}} (1st gr).
{{DATE:10/03/23}} 2140 - stridor at rest -> sent to {{FACILITY:Lake Superior Children's}} ED, dexamethasone 0.6 mg/kg given. FP asks if she may consent: yes for routine/urgent care per placement agreement; CW told next AM.
{{DATE:10/05}} - FP reports bio mom {{NAME:Kayla}} called FP's home line (not allowed) - advised to tell CW.
{{DATE:10/12}} f/u booked w/ Dr. {{NAME:Anttila}}.
- {{NAME:GR}}, RN`,
  `CASA VOLUNTEER REPORT TO THE COURT (health section, copy to PCP)
Child: {{NAME:Serenity Okafor-Dunn}}   DOB {{DATE:July 4, 2017}}   Cause No. {{ID:2023-CP-00412}}
CASA: {{NAME:Margaret}} "{{NAME:Peg}}" {{NAME:Holloway}}; supervisor {{NAME:Denise Ybarra}}, {{FACILITY:Sunflower CASA Program}}
Hearing: {{DATE:Monday 2/5/2024}}
Visits this period: {{DATE:11/18}}, {{DATE:12/9}}, {{DATE:1/6}}, {{DATE:1/27}}, at the foster home of {{NAME:Lorraine}} and {{NAME:Earl Whitsett}} in {{LOCATION:Hutchinson}}.
Health: {{NAME:Serenity}} saw Dr. {{NAME:Kapoor}} at {{FACILITY:Cottonwood Prairie Pediatrics}} on {{DATE:12/14/23}}: weight up 2 kg, asthma stable. Dental work done at {{FACILITY:Smile Bright Kids Dental}}. Weekly therapy with {{NAME:Jamie Colter}}, LPC.
Sibling visits with brother {{NAME:Elijah}} (10) monthly at the agency; {{NAME:Serenity}} asks for more.
Recommendation: continue placement; increase sibling contact to twice monthly.`,
  `{{FACILITY:Camp Kinnikinnick}} - HEALTH CENTER INCIDENT REPORT
Camper {{NAME:Olivia Chen-Rasmussen}}, 9, Cabin Bluebird, counselor {{NAME:Sierra}}
{{DATE:Jul 9 2024 12:40}}: ate a cookie from a shared tray at lunch; known peanut allergy. Hives, lip swelling, "itchy throat," 1 emesis.
Epinephrine auto-injector 0.15 mg R thigh 12:44 by camp nurse {{NAME:Becca Lund}}, RN; 911 at 12:45. Cetirizine 5 mg.
EMS to {{FACILITY:Mountain Laurel Regional}} ED; no 2nd dose needed, observed 4 h.
Parents {{NAME:Wei Chen}} {{PHONE:(303) 555-0169}} and {{NAME:Erik Rasmussen}} notified 12:55.
Camp director {{NAME:Tom Fairchild}}; incident # {{ID:CK-24-017}}.
Allergist Dr. {{NAME:Nkemelu}} ({{FACILITY:Front Range Allergy}}) sent report by fax {{FAX:303-555-0178}}.
Back to camp {{DATE:7/10}} with 2 new auto-injectors; kitchen process reviewed with food service mgr {{NAME:Dolores}}.`,
  `ATHLETIC TRAINING INJURY REPORT
School: {{FACILITY:Red Oak Valley High}}    Sport: varsity football    Opponent: {{FACILITY:St. Ignatius Prep}}
Athlete: {{NAME:Marquise Fontenot}} #7 (QB), 17, 12th grade    Student ID {{ID:ROV-118204}}
Date/time: {{DATE:Fri 10/13/2023 8:10 pm}} (2nd qtr)
MOI: blindside sack, head struck turf. Dazed, HA, photophobia. Removed by ATC {{NAME:Lindsey Park}}; Head Coach {{NAME:Darryl Voight}} informed. SCAT5 symptom severity 38, Maddocks 3/5.
No return to play. Mom {{NAME:Yvonne Fontenot}} drove him to {{FACILITY:Bayou Crossing Urgent Care}}; PECARN low risk, no CT.
Graded RTL/RTP protocol started; concussion form to Dr. {{NAME:Thibault}}.
Game film clip for review: {{URL:https://film.rovhs-athletics.example.com/v/3kF8aPq}}.
College visit {{DATE:10/21}} postponed. Contact mom {{PHONE:(337) 555-0181}}.
- {{NAME:L. Park}}, LAT, ATC`,
  `2-WEEK NEWBORN VISIT / WEIGHT CHECK
{{NAME:Noor Al-Khatib}}, F, DOB {{DATE:08/30/2023 04:12}}, MRN {{MRN:CKP-330918}}
Seen {{DATE:9/13/23}} at {{FACILITY:Cedar Knolls Pediatrics}} with parents {{NAME:Rania}} and {{NAME:Samer Al-Khatib}}; paternal grandmother (teta) {{NAME:Fadwa}} also present.
Birth: {{FACILITY:Riverside Women's & Infants}}, 39+2 wk SVD, BW 3.28 kg, Apgar 8/9. Bili peak 14.2 on DOL 4, no phototherapy.
Today wt 3.36 kg (above BW; +28 g/d since {{DATE:9/6}}). Breastfeeding q2-3h + 1 bottle EBM at night.
NBS normal (specimen {{ID:23-242-11893}}). CCHD pass. Hearing pass AU.
Exam: mild facial jaundice, cord off, Barlow/Ortolani neg, red reflex present OU.
Mom EPDS 9. Brother {{NAME:Yusuf}} (3) adjusting, some regression with toileting.
Plan: vitamin D 400 IU, 1-month visit {{DATE:Oct 4}} with hep B #2. Medicaid pending, interim # {{HEALTH_PLAN:NJ-P-4481903}}.
New address {{ADDRESS:54 Linden St, Apt 1}}, {{LOCATION:Paterson}} {{ZIP:07501}}. Phone {{PHONE:(973) 555-0192}}.
{{NAME:S. Haddad}}, MD`,
  `LACTATION CONSULT - outpatient, {{FACILITY:Milkweed Lactation Studio}}
Dyad: mom {{NAME:Sadie Bjornstad}} (G1, 24) / infant {{NAME:Otis}}, DOB {{DATE:May 2, 2024}}, 9 days old.
Referred by Dr. {{NAME:Halloran}} for poor weight gain: BW 3.62 -> 3.31 kg (-8.6%) on {{DATE:5/9}}.
Feeding: painful latch, L nipple trauma, clicking. Oral exam: tight lingual frenulum (Hazelbaker function 9) -> referral to Dr. {{NAME:Pham}} (ENT) re frenotomy.
Pre/post weights 3.34 -> 3.38 kg (40 mL from R breast).
Plan: triple feeding x 48 h; hospital-grade pump rental (SN {{DEVICE:SYM-2290117}}) from {{FACILITY:Northstar Medical Rentals}}; weight check {{DATE:5/13}}.
Partner {{NAME:Jesse}} supportive; grandmother {{NAME:Ingeborg}} staying 2 wk.
Medicaid {{HEALTH_PLAN:ND0218833477}}; visit claim {{ACCOUNT:MLS-000448}}.
Contact {{EMAIL:sadie.bjornstad@inbox.example.com}}, {{PHONE:701-555-0142}}.
{{NAME:Annika Rud}}, IBCLC`,
  `NAS / PLAN OF SAFE CARE - 1 month follow-up
Infant {{NAME:Bentley Ray Cutshall}}, DOB {{DATE:1/28/2024}}, MRN {{MRN:00551742}}
Hx: in utero buprenorphine + nicotine; Eat-Sleep-Console at {{FACILITY:Appalachian Highlands Medical Center}} x 6 d, no morphine. Finnegan not used.
Mom {{NAME:Kasey Cutshall}} (24) in treatment at {{FACILITY:New Day Recovery Clinic}}, buprenorphine 16 mg daily, UDS appropriate x 4 wk; counselor {{NAME:Wes Dotson}}.
Plan of Safe Care notification to DCS {{DATE:2/2/24}}, ref # {{ID:POSC-24-00917}}.
Home: with mom and maternal grandmother {{NAME:Deloris}} at {{ADDRESS:477 Sugar Hollow Rd}}, {{LOCATION:Elizabethton}} {{ZIP:37643}}.
Infant: wt 4.3 kg (+34 g/d), formula 3-4 oz q3h. Safe sleep reviewed (grandma's couch-napping habit discussed).
Services: Early Intervention referral; home-visiting nurse {{NAME:Cheyenne}} weekly.
Father {{NAME:Brandon Hilliard}} not involved.
Next: 2-month WCC {{DATE:3/27}}. {{NAME:E. Oduya}}, MD`,
  `SCHOOL-BASED HEALTH CENTER - {{FACILITY:Franklin-Ruiz High School}} SBHC (sponsor: {{FACILITY:Eastside Community Health}})
{{DATE:Thursday 11/16}} 10:20   Student {{NAME:Xavier Delgado-Moss}}, 15M, 10th gr, student # {{ID:FRH-220481}}
Consent on file from guardian {{NAME:Patricia Moss}} ({{DATE:8/21/2023}}).
CC: sore throat x3d, fever 38.6. Rapid strep +. Amoxicillin 50 mg/kg/d (max 1 g) x 10 d, Rx to {{FACILITY:Eastside Corner Pharmacy}}.
Also: wrestling physical due (Coach {{NAME:Manny Ocasio}}); BMI 31 (97th %ile), BP 132/84 -> recheck.
Brief HEADSS: lives w/ grandmother and uncle; works weekends at {{FACILITY:Lupita's Taqueria}}. CRAFFT 0. PHQ-A 4.
Excuse note given. Called grandma {{PHONE:(718) 555-0127}}, left msg.
Return {{DATE:11/28}} for BP recheck.
{{NAME:Yolanda Pierce-Ndiaye}}, NP`,
  `TRANSITION OF CARE SUMMARY - pediatric to adult
{{DATE:June 12, 2024}}
To: Dr. {{NAME:Marguerite Olawale}}, {{FACILITY:Capitol Hill Internal Medicine Associates}}
Re: {{NAME:Isaiah Brennan-Oduya}}, DOB {{DATE:6/1/2006}}, MRN {{MRN:PC-10027743}} (turned 18 on {{DATE:6/1/24}})
Dx: cystic fibrosis (F508del/G542X), CFRD; on elexacaftor/tezacaftor/ivacaftor since 2020. FEV1 94% pred. Sputum MSSA.
Airway clearance vest SN {{DEVICE:AFV-1180244}}.
Specialty pharmacy {{FACILITY:Prairie Light Specialty Pharmacy}}, {{PHONE:866-555-0153}}.
He now manages his own refills; our nurse line verifies him by voiceprint, enrollment {{BIOMETRIC:VP-40419-IB}}.
Mom {{NAME:Eileen Brennan}} stays emergency contact (release signed {{DATE:6/3/2024}}).
Starting at {{FACILITY:Marquette Ridge College}} in {{DATE:Aug 2024}}; dorm {{ADDRESS:800 N. Tamarack Hall Rd, Rm 414}}, {{LOCATION:Milwaukee}}.
Dr. {{NAME:Hideo Sakamoto}}, {{FACILITY:Lakeshore Children's CF Center}}; fax {{FAX:414-555-0104}}`,
  `{{FACILITY:Sagebrush RTC}} - WEEKLY LEVEL REVIEW
Resident {{NAME:Tyrese Yazzie}} (16), admitted {{DATE:12/15/23}} from {{FACILITY:Wren 4}}. ID badge photo {{PHOTO:SB-RES-0881.png}}. Tribal ID {{ID:NN-228817}}.
Week of {{DATE:1/8/24}}: Level 2 -> 3, points 412/450.
Groups: DBT, Seeking Safety, equine therapy at {{FACILITY:Lone Pine Stables}}.
Family session w/ mom {{NAME:Bernadine Yazzie}} by phone from {{LOCATION:Shiprock}}; sister {{NAME:Naomi}} (9) joined. Uncle {{NAME:Leroy}} to drive for pass {{DATE:1/20}} - his truck on approved list, plate {{VEHICLE:NM 4KTR881}}.
Incidents: none. School ({{FACILITY:Sagebrush Academy}}): 11th gr, algebra II C+.
Meds: lithium 600 mg BID (level 0.8 on {{DATE:1/10}}), aripiprazole 5 mg.
Peer conflict w/ roommate resolved in restorative circle; staff {{NAME:Shayla}} notes better coping when redirected.
Target discharge {{DATE:March 2024}} home to mom with IOP at {{FACILITY:Four Corners Behavioral Health}}.
Therapist {{NAME:Gilbert Nez}}, LPCC.`,
  `IMMUNIZATION CATCH-UP & SCHOOL ENTRY FORM
Student: {{NAME:Lucas Fairweather-Kim}}   DOB {{DATE:2019/05/22}}
Entering kindergarten fall 2024 at {{FACILITY:Cascade Heights Elementary}}, {{FACILITY:Pinewood-Cascade School District}}. Registry ID {{ID:OR-88104412}}.
Hx: parents delayed vaccines until age 2; now catching up.
Given {{DATE:04/30/2024}}: DTaP #4, IPV #3, MMR #2, varicella #2 (DTaP lot U7731AA exp 2025-08).
Outstanding: Hep B #3 due {{DATE:5/28}}.
Mom asked about Guillain-Barre (no history; not a contraindication).
Parents {{NAME:Hana Kim}} / {{NAME:Owen Fairweather}}; record printout from {{URL:https://myrecord.pinewoodpeds.example.com/imm/LFK0522}}.
Form signed by {{NAME:Corinne Delahaye}}, MD, lic. {{LICENSE:MD-178824}}. VIS reviewed by RN {{NAME:Tess}}.
Fax to school nurse {{FAX:(541) 555-0186}}.`,
  `PICU TRANSFER / ACCEPT NOTE   {{DATE:2023-12-02 03:20}}
From {{FACILITY:Gallatin Valley Medical Center}} ED via {{FACILITY:Big Sky Air Medical}}.
Pt {{NAME:Ryker Almond}}, 22 mo M, est wt 12 kg; MRN here {{MRN:80061233}}.
HPI: 3 d cough/fever, lethargic today, SpO2 82% RA. CXR LLL pneumonia w/ effusion. Flu A +.
Accepting Dr. {{NAME:Farah Qureshi}} (PICU); referring Dr. {{NAME:Bo Lindahl}} {{PHONE:(406) 555-0179}}.
En route: HFNC 2 L/kg/min, NS 20 mL/kg x2, ceftriaxone + vancomycin.
Social: parents {{NAME:Kelsey}} and {{NAME:Tanner Almond}} driving from {{LOCATION:Bozeman}}; sibs {{NAME:Wyatt}} (5) and {{NAME:Harper}} (3) with great-grandpa {{NAME:Orville}} ({{AGE:93}}) at the ranch near {{LOCATION:Three Forks}}.
Plan: PICU rm 14, US chest, surgery consult if effusion enlarges, droplet precautions.
Parents' cell {{PHONE:406-555-0148}}.`,
  `POISON CENTER CONSULT (phone) - case # {{ID:PC24-0311776}}
{{DATE:3/11/2024 19:48}} caller: grandmother {{NAME:Wanda Pettibone}}, at home in {{LOCATION:Eau Claire}}; callback {{PHONE:715-555-0132}}.
Pt {{NAME:Brantley}}, 2y 4m, ~13 kg.
Exposure: found with grandpa's pill organizer open ~19:30; possible 1-2 amlodipine 10 mg and 1 clonidine 0.1 mg (grandpa {{NAME:Leon Pettibone}}, {{AGE:91}}).
Rec: to ED now by private car - {{FACILITY:Chippewa Valley Children's}} notified, spoke w/ RN {{NAME:Daria}}. Observe 24 h for amlodipine.
Mom {{NAME:Courtney Pettibone}} at work ({{FACILITY:Hanson Dairy Co-op}}) reached at {{PHONE:715-555-0189}}.
F/u call 21:15: in ED, HR 88, BP 82/50, sleepy - admitted.
Education: no child-resistant caps on grandpa's organizer; lockbox and poison center magnet given. Unintentional exposure - CPS report not indicated.
{{NAME:M. Iverson}}, PharmD, CSPI`,
  `COUNTY HEALTH DEPT - CHILD CARE OUTBREAK (summary for PCPs)
Facility: {{FACILITY:Bright Beginnings Learning Center}}, {{ADDRESS:2901 Lakeland Dr}}, {{LOCATION:Flowood}} {{ZIP:39232}}; licence {{LICENSE:CC-10447}}
Director {{NAME:Tammy Crosby}}, {{PHONE:601-555-0140}}. Reported {{DATE:9-18-2023}}.
Norovirus GII confirmed (stool, accession {{ID:PHL-23-07711}}).
Cases (child, age, room, onset):
  {{NAME:A.B.}}   2y   Toddler 1   {{DATE:9/14}}
  {{NAME:C.W.}}   3y   Toddler 2   {{DATE:9/15}} - ED visit, {{FACILITY:Rankin Pines Hospital}}
  {{NAME:J.L.}}   4y   Pre-K       {{DATE:9/15}}
  {{NAME:M.M.}}   1y   Infant      {{DATE:9/16}}
  staff {{NAME:Keisha}} (Toddler 1 teacher)   {{DATE:9/14}}
Control: exclude 48 h after last symptoms; bleach 1000-5000 ppm; no water table.
PCPs: report new cases to the county epi line; stool testing only if hospitalized.
Investigator {{NAME:Paul Dominguez}}, MPH`,
  `AFTER-HOURS NURSE TRIAGE   call rec'd {{DATE:12/31/2023 23:52}}
Caller: mother {{NAME:Brianna Lopez-Yoder}}, cb {{PHONE:(574) 555-
0165}} (line dropped, she called back 23:58)
Pt: {{NAME:Ezra Yoder}}, 5 wk old (DOB {{DATE:11/24/23}}), PCP {{FACILITY:Goshen Meadows Pediatrics}}
Sx: rectal temp 38.3 at 23:30, fussy, feeding less (2 oz x2 since 6 pm), 3 wet diapers today. No rash, no cough. Born term, no NICU.
Protocol: fever in infant <8 wk -> ED now.
Mom has no car tonite; dad {{NAME:Levi}} on night shift at {{FACILITY:Prairie Glen Trailer Works}}. Discussed 911 vs grandmother {{NAME:Miriam Yoder}} driving (lives 5 min away) - grandma will drive, car seat confirmed.
Advised {{FACILITY:St. Hedwig Children's Hospital}} ED in {{LOCATION:South Bend}}. Called ED charge RN {{NAME:Octavia}} at {{DATE:1/1/2024 00:10}} with heads up.
Callback check 00:45: arrived, triaged, sepsis w/u started.
Nurse {{NAME:Kim Vo}}, RN   call ID {{ID:NT-231231-0447}}`,
  `HEALTH INFORMATION MANAGEMENT - RELEASE OF INFORMATION LOG
Request # {{ID:ROI-2024-11872}}, received {{DATE:02/20/2024}} via online form (submitted from IP {{IP:192.0.2.144}} on {{DATE:2/19/2024 21:03}}).
Patient: {{NAME:Gracelyn Whitaker}}, DOB {{DATE:04/04/2011}}, MRN {{MRN:W-00928114}}.
Requester: father {{NAME:Jared Whitaker}}, states joint custody. Mother {{NAME:Amber Whitaker-Cole}} is guarantor.
Verification: father faxed decree from {{FAX:(316) 555-0161}}; {{LOCATION:Sedgwick County}} case {{ID:2019-DM-004418}}, joint legal custody, no restriction on records.
Released: well visits 2021-2023, imms, growth charts. Withheld: confidential adolescent portions (age 12+) per policy; pt's therapist notes require her own authorization.
Delivered {{DATE:2/26/24}} by secure e-mail to {{EMAIL:jwhitaker.kc@mailbox.example.com}}; tracking {{URL:https://roi.example-hims.net/track/9QX7-22PL}}.
Courtesy letter to mother at {{ADDRESS:330 N. Rock Rd, Apt 1108}}, {{LOCATION:Wichita}} {{ZIP:67206}}.
Processed by {{NAME:Danielle Kerns}} ({{NAME:dk}}), HIM specialist`,
  `SIBLING GROUP INTAKE - {{FACILITY:Hope Springs Foster & Adoption}}; placement coordinator {{NAME:Rochelle Baptiste}}
Removal {{DATE:06/21/2024}} from {{ADDRESS:1802 Pecan Grove Ln}}, {{LOCATION:Killeen}} {{ZIP:76542}}. CPS case {{ID:50442781}}.
Name                 DOB          Age   Placement                            Medicaid
{{NAME:Aubree Langford}}      {{DATE:03/02/2010}}   14    {{NAME:Dawson}} foster home, lic {{LICENSE:FH-88721}}   {{HEALTH_PLAN:529114082}}
{{NAME:Kason Langford}}       {{DATE:11/19/2012}}   11    same                                 {{HEALTH_PLAN:529114083}}
{{NAME:Emmalynn Reyes}}       {{DATE:07/30/2018}}   5     kinship, pat. grandma {{NAME:Olga Reyes}}         {{HEALTH_PLAN:529114084}}
Baby Boy {{NAME:Langford-Reyes}}  {{DATE:05/28/2024}}   3 wk  medical foster home ({{NAME:Harmon}})           pending
Parents: mother {{NAME:Kristal Langford}}; fathers {{NAME:Dustin Langford}} (older two) and {{NAME:Javier Reyes}}.
Health: 3-day exams {{DATE:6/24}}; infant NICU f/u at {{FACILITY:Central Texas Children's}}; {{NAME:Aubree}} requests birth control follow-up confidentially.
Court: adversary hearing {{DATE:July 3, 2024}}.`,
  `PEDIATRIC WEIGHT MANAGEMENT - {{FACILITY:Healthy Steps Kids Clinic}}
{{NAME:Diego Armenta-Lyle}}   11 y 4 m   MRN {{MRN:HSK-40812}}   {{DATE:16 Apr 2024}}
Wt 68.2 kg, ht 150 cm, BMI 30.3 (120% of 95th %ile, class 2). BP 122/76 (90-95th). Acanthosis nigricans neck. Tanner 2.
Labs {{DATE:4/2/24}}: A1c 5.9, ALT 62, TG 188, HDL 36.
FHx: mom {{NAME:Yesenia Armenta}}; dad {{NAME:Colin Lyle}} (T2D); grandpa {{NAME:Ramon}} (T2D on dialysis).
Sleep: loud snoring, witnessed pauses -> PSG at {{FACILITY:Sandhills Sleep Center}} {{DATE:5/8}}.
Activity: soccer with {{FACILITY:Rio Grande Rush SC}} U12 2x/wk; screens ~5 h/d.
School: 5th grade at {{FACILITY:Mesa del Sol Elementary}}; school breakfast + lunch.
Plan: family-based behavioral program (26 contact h), RD {{NAME:Luz Castaneda}}; consider metformin if A1c >= 6.0; discuss GLP-1 RA at 12 y.
Medicaid {{HEALTH_PLAN:NM1182047733}}. Mom's e-mail for program materials {{EMAIL:yarmenta.family@inbox.example.com}}.
{{NAME:T. Begaye}}, MD`,
  `INTERDISCIPLINARY DISCHARGE PLANNING CONFERENCE - {{FACILITY:Marrowstone Children's Hospital}}, {{FACILITY:Osprey 3}} Complex Care
{{DATE:Tue 8/20/2024 13:00}}
Pt {{NAME:Aurora Nakashima-Velez}}, 14 mo, MRN {{MRN:MCH-2204417}}; HLHS s/p Glenn {{DATE:6/11/24}}, G-tube, home O2.
Attendees: Dr. {{NAME:Whitcomb}} (hospitalist), {{NAME:Janelle Fortier}}, NP (cardiology), SW {{NAME:Oksana Petrenko}}, CM {{NAME:Terrence Blaylock}}, RD, PT; parents {{NAME:Keiko Nakashima}} and {{NAME:Andres Velez}} (dial-in from {{LOCATION:Tacoma}}).
Equipment: feeding pump SN {{DEVICE:KJ-30118872}}, pulse oximeter SN {{DEVICE:RAD8-442091}}, O2 concentrator from {{FACILITY:Puget Home Medical}} (acct {{ACCOUNT:PHM-7718220}}).
Home nursing: {{FACILITY:Evergreen Kids Home Health}}, 16 h/day approved, PA {{ID:PA-24-0871132}}.
Teaching: infant CPR done {{DATE:8/16}}; both parents independent with G-tube and pulse ox.
Home address verified: {{ADDRESS:9214 Bridgeport Way SW,
Apt C-3}}, {{LOCATION:Lakewood}}, WA {{ZIP:98499}}.
Target d/c {{DATE:8/23}} if gain >20 g/d. Cardiology f/u {{DATE:8/30}}.`,
  `PEDIATRIC URGENT CARE - {{FACILITY:QuickCare Kids}}, {{LOCATION:Chandler}}
{{DATE:Sun 3/3/24 6:45 pm}}
Pt {{NAME:Landon Pierce-Adair}}, 7M, DOB {{DATE:01-09-2017}}, MRN {{MRN:QCK-118204}}
Brought by father {{NAME:Trent Adair}} after custody exchange in the lot of {{FACILITY:Desert Sky Market}} ({{ADDRESS:Alma School Rd & Ray Rd}}). L hand caught in rear door of mom's SUV (plate {{VEHICLE:CRT4471}}) as it closed.
Custody: parenting-time order, {{LOCATION:Maricopa County}} Superior Court case {{ID:FC2021-004418}}; exchanges Sundays 5 pm. Mom {{NAME:Shelby Pierce}} not present; dad asks for documentation "for my lawyer."
Exam: swelling/tenderness L 4th finger P2; XR nondisplaced P2 fx. No other injuries, no patterned bruises. {{NAME:Landon}}: "it was an accident, the door shut."
Tx: buddy tape + splint, ibuprofen 10 mg/kg. Documented objectively; no concern for abuse.
Hand f/u Dr. {{NAME:Rasmussen}} {{DATE:3/7}}. Dad's phone {{PHONE:480-555-0163}}.`,
  `TEAM DECISION-MAKING MEETING - SUMMARY
Date {{DATE:10/24/23}}   Location {{FACILITY:Westside Family Resource Center}}   Facilitator {{NAME:Anita Desrosiers}}
Children: {{NAME:Nova}} (4) and {{NAME:Kingston}} (2) {{NAME:Ebanks}}   Referral # {{ID:SCR-23-
1188402}}
Participants: mother {{NAME:Chanel Ebanks}}; maternal grandmother {{NAME:Patrice Ebanks}}; godmother {{NAME:Lourdes Figueroa}}; CW {{NAME:Ben Okafor-Grant}}; PHN {{NAME:Sylvie Martel}}; DV advocate {{NAME:Ruth}}.
Concerns: DV incident {{DATE:10/20}} (police report {{ID:23-118447}}); {{NAME:Kingston}} missed 12- and 15-mo well visits, imms behind; {{NAME:Nova}} w/ untreated caries.
Strengths: gradnmother's home ({{ADDRESS:614 W. Amberwood Pl, Apt 9}}, {{LOCATION:Inglewood}}) safe and available; mom engaged.
Decision: voluntary safety plan; kids stay with grandma, mom may stay there; father {{NAME:Dorian Ebanks}} no contact.
Medical: {{FACILITY:Amberwood Park Pediatrics}} {{DATE:10/30}}, dental {{DATE:11/6}}.
Follow-up TDM in 30 days.`,
  `DISCHARGE SUMMARY - CHILD & ADOLESCENT PSYCHIATRY, {{FACILITY:Wren 4}}
Pt {{NAME:Hunter Vasquez-Oduya}}, 12M, MRN {{MRN:M0082214457}}
Admitted {{DATE:01/22/2024}}   Discharged {{DATE:02/02/2024}}   Attending {{NAME:B. Ekwueme}}, MD
Reason for admission: intentional ibuprofen ingestion (~2 g) at school w/ SI in context of cyberbullying.
Course: medically cleared at {{FACILITY:Lakeshore Memorial}}. On unit, initially withdrawn; engaged in CBT-based groups by day 4. Fluoxetine started {{DATE:1/25}} 10 mg, -> 20 mg {{DATE:1/31}}; no activation. Family meetings {{DATE:1/24}} and {{DATE:1/30}} with mother {{NAME:Camila Vasquez}} and father {{NAME:Benedict Oduya}}; parents agreed on a shared phone plan. Sister {{NAME:Sofia}} (15) attended 2nd meeting.
Scales at d/c: PHQ-A 21 -> 9; C-SSRS no ideation x 5 days.
Safety: dad's handgun moved to paternal uncle {{NAME:Chuks}}'s home; medications locked in both homes.
School re-entry meeting {{DATE:Mon 2/5}} 8:30 at {{FACILITY:Ferncliff Middle School}} with counselor Mr. {{NAME:Whitford}} and vice principal Ms. {{NAME:Kaminski}}; school aware of the classmate posts (SRO report {{ID:FMS-24-0027}}).
Aftercare: IOP at {{FACILITY:Harbor Light Counseling}} 3x/wk starting {{DATE:2/6}} with {{NAME:Gwen Sato}}, LMFT; psychiatry f/u Dr. {{NAME:Adaeze Nwosu}} {{DATE:2/13}} 4:00 pm.
Crisis: 988; mobile crisis. Mom's cell {{PHONE:(216) 555-0134}}.
D/c meds: fluoxetine 20 mg daily (#14, no refills).`,
  `texts, ATC phone -> parent (copied into athlete file with permission)
{{DATE:11/2}} 7:14 PM  ATC: hi this is {{NAME:Mandy Feld}} ATC @ {{FACILITY:Marston Heights}}. {{NAME:nevaeh}} took a hit in practice today, no LOC but HA + dizzy. pulled her. pls watch tonite, no screens. ER if vomiting / worse HA / confused
7:20 PM  {{NAME:Krista}}: omg ok thank u. she just texted me shes fine lol. this is her 2nd one this yr right?
7:22 PM  {{NAME:Mandy}}: yes 2nd, 1st was {{DATE:9/16}}. want her seen by dr {{NAME:alabi}} again. clinic # {{PHONE:763-555-0150}}
7:25 PM  {{NAME:Krista}}: k will call in am. her dad {{NAME:Bryan}} can bring her, hes off fri
{{DATE:11/3}} 6:55 AM  {{NAME:Krista}}: she slept ok, HA 3/10 this am. keeping her home. can u tell coach {{NAME:rossi}} + her club coach {{NAME:Tasha}} at {{FACILITY:Lakeview Storm}}
7:02 AM  {{NAME:Mandy}}: will do. also sending 504 update to ms {{NAME:aguilar-wynn}}. form to fill out: {{URL:https://forms.mhhs-athletics.example.org/concussion/NS-1102}}
7:03 AM  {{NAME:Krista}}: ty!!`,
  `COLLEGE PRE-PARTICIPATION + CONFIDENTIAL YOUNG ADULT VISIT
{{NAME:Tallulah}} "{{NAME:Lulu}}" {{NAME:Okonkwo-Baird}}, 18F, DOB {{DATE:January 30, 2006}}, MRN {{MRN:YA-2290017}}
Visit {{DATE:07/22/2024}} at {{FACILITY:Lakeside Teen & Young Adult Health}}. Now 18 and consents for herself; mom {{NAME:Imelda Baird}} waited outside.
Rowing at {{FACILITY:Harlow Bay College}} (D3). Athletics form asks for SSN {{SSN:602-17-4439}} and student ID {{ID:HBC0099147}}; sickle cell trait screen HbS neg.
Hx: stress fx L 2nd metatarsal spring 2023. RED-S screen: irregular menses, LEAF-Q 9; DXA Z -1.1 -> sports RD {{NAME:Camille Ostrander}}.
Confidential: sexually active w/ female partner, barrier methods; STI screen sent. PHQ-9 5. CRAFFT 2.
Vaccines: MenB #2, MenACWY booster; registry updated.
Portal access moved from proxy (mom) to pt on {{DATE:1/30/24}}; her e-mail {{EMAIL:lulu.ob.rows@mailbox.example.com}}.
Move-in {{DATE:8/24}}; campus health fax {{FAX:(207) 555-0115}}.
{{NAME:Priscilla Vang}}, MD`,
];

export const HELDOUT_REALISTIC_91_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout91-${i + 1}`, n));
