// A ninetieth held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone and fax numbers are 555 numbers; IP addresses come
// from the documentation ranges; real towns and cities are used only as places). It leans towards
// primary care and family medicine followed over years: annual physicals and wellness visits,
// chronic-disease follow-ups (diabetes, hypertension, thyroid, COPD, anticoagulation), telephone
// encounters, nurse triage calls, patient-portal messages in patients' own spelling (lower case,
// nicknames, run-on sentences), pharmacy refill requests, care-coordination, prior-auth and referral
// notes, immunization records, school, camp and sports forms, DMV, DOT and employer forms, and home
// situations that name spouses, children, grandchildren, caregivers, neighbours, churches,
// workplaces, schools, pharmacies, towns, counties and street addresses (apartments, rural routes,
// PO boxes), with phone numbers in many formats, e-mail addresses, portal usernames and URLs,
// insurance member numbers, accounts and dates in every style (full, month/day without a year,
// "next Thursday 6/12", compact 061224, month/year), ages over 89 and under, next to noise that is
// not PHI: eponyms (Hashimoto's, Bell's palsy, Epley, Tinel, Phalen, Heberden, Osgood-Schlatter),
// drug names and doses, A1c and lipid values, PHQ-9/GAD-7 scores, vitals, BMI, vaccine lots, times
// alone and years alone. Case is mixed, names and places are misspelt, and some identifiers break
// across a line.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-19 final engine
// (c870338) 0.9797 / 0.9741; pass-20 engine with its first two rules (5458fd8, made without this set) 0.9797 / 0.9741.
// Written by a helper that read only the README's types and guideline, set 72's header and
// `parseMarked`, and never ran the engine.
//
// Annotation follows the README guideline and the conventions restated in the header of
// heldout-realistic-72.ts, briefly: titles, credentials (MD, RN, PA-C), kin terms and honorifics
// (Grandma, Aunt, Coach, Pastor, Mrs.) and a possessive 's stay outside NAME spans; a nickname in
// quotes is its own span (Gerald "Gerry" Mistretta -> three NAME spans); a nickname,
// first name alone, last name alone, lower-case name or initials standing for a person (patient,
// family or staff, incl. typist and signer initials) are NAME, one span per occurrence; a time
// attached to a full date is inside its span, one next to a month/day without a year stays
// outside; a weekday written with a date is part of it; month/day without a year, compact all-digit
// dates (061224, 20240612) and military-style dates are DATE; an age over 89 is AGE however it is
// written, ages of 89 and under are not PHI; states, countries, years alone, seasons with a year
// and clock times alone are not PHI; schools, employers, churches, camps, clubs, labs, home-care
// and transport agencies and a patient's pharmacy or DME supplier are FACILITY; towns, cities,
// counties (incl. "X Co") and cities abroad are LOCATION; rural routes, PO boxes and a street
// address with its unit are ADDRESS, city and ZIP separate spans; payers, their departments and
// their phone/fax lines, and state or federal agencies (DMV, DOT, SSA) are not PHI; insurer,
// Medicare and Medicaid member numbers are HEALTH_PLAN; billing, claim and guarantor numbers are
// ACCOUNT; NPI, DEA, state licences and driver's licences are LICENSE; plates and VINs are VEHICLE;
// pump, CGM, pacemaker, CPAP and hearing-aid serials are DEVICE; authorization, order, referral,
// refill-request, case, juror and employee numbers are ID; a VA ICN is MRN; short in-house
// extensions are PHONE; lot and NDC numbers and a lot's expiry date are not PHI; a file name or
// reference number of a patient's face or ID photo is PHOTO; a palm-vein, fingerprint or
// voiceprint template number is BIOMETRIC.
// Added for this set: a month with a year (03/2024, March 2023) is a DATE, and so is a day of the
// month written alone as an ordinal ("on the 20th" -> on the [20th]); in "next Thursday 6/12" the
// word "next" stays outside ([Thursday 6/12]); a portal username, portal message or ticket number,
// a pharmacy prescription (Rx) number, a student ID and a disabled-parking placard number are ID;
// every URL is URL, a practice's portal address included; an e-mail address or username is one
// span even when it contains a name; a street named without a number as the place of a pharmacy,
// church or business ("on main st") is ADDRESS; an extension written after a phone number is part
// of that PHONE span; an insurance group number is HEALTH_PLAN; an age over 89 of a relative is AGE;
// the edition date of a vaccine information statement (VIS) is not PHI; an eponym is not PHI even
// where a person with the same surname appears in the note (Bell's palsy vs Mr. [Bell]); the last
// four digits of an SSN written alone are SSN; registry, telehealth-session, PDMP-report,
// e-consult, test, certificate, interpreter, A-number and chain-of-custody numbers are ID; a
// medical examiner's National Registry number is LICENSE; a highway exit where something happened
// is ADDRESS; a weekday or date range written as one token (Sat-Sun 3/16-3/17/24) is one DATE span.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `ANNUAL WELLNESS VISIT - {{FACILITY:Riverbend Family Medicine}}
Pt: {{NAME:Harold P. Whitcomb}}   DOB: {{DATE:04/17/1951}}   MRN: {{MRN:RFM-0048812}}
Visit: {{DATE:06/11/2024}}   PCP: Dr. {{NAME:Anjali Menon}}
73 yo M for AWV. Lives w/ wife {{NAME:Dottie}} at {{ADDRESS:418 Quarry Hill Rd}}, {{LOCATION:Montpelier}}, VT {{ZIP:05602}}. Retired machinist from {{FACILITY:Dunmore Tool & Die}}. Volunteers Tuesdays at the {{FACILITY:St. Casimir food shelf}}.
HTN: BP 132/78 on lisinopril 20 mg daily. HLD: LDL 96, HDL 48, TG 141 on atorvastatin 40. A1c 5.9 (prediabetes). PHQ-9 = 2, GAD-7 = 1. BMI 29.4.
Exam: Heberden nodes bilat DIP; Tinel neg, Phalen neg. Whisper test passed.
Imms: Shingrix #2 today, lot 7HX39 exp 11/2025. PCV20 in 2022. Tdap 2017.
Colonoscopy 2019 (Dr. {{NAME:Farrow}}, {{FACILITY:Central Vermont Digestive Health}}), repeat 2029.
Advance directive on file; HCP is son {{NAME:Michael Whitcomb}} {{PHONE:(555) 284-1190}}.
RTC 6 mo, next appt {{DATE:12/10/2024 10:40}}. - {{NAME:AM}}/{{NAME:kl}}`,

  `PATIENT PORTAL MESSAGE
From: {{NAME:barbara jean kowalczyk}} ({{ID:barbj1956}})
To: Dr. {{NAME:Okonkwo}}'s care team
Sent: {{DATE:6/14/2024 9:52 PM}}
Subject: sugars + refill

hi dr {{NAME:okonkwo}} its {{NAME:barb}} again. my sugars been running 180s-210 in the mornings since i ran out of the glipizide last wk. can you send more to {{FACILITY:hometown drug}} on {{ADDRESS:main st}} in {{LOCATION:belle plaine}}? there # is {{PHONE:555 873 2240}}. my grandson {{NAME:tyler}} is taking me to the eye dr on the {{DATE:20th}} so i cant come in till after. cell {{PHONE:555-873-9012}} or email {{EMAIL:barbkowal56@example.net}}. thank you!!
-{{NAME:barb}}

--- Reply {{DATE:6/15/2024 08:14}} {{NAME:R. Delgado}}, RN ---
Hi {{NAME:Barb}}, glipizide 5 mg BID sent to {{FACILITY:Hometown Drug}}, Rx #{{ID:4471982}}. Please log fasting sugars. A1c {{DATE:3/2024}} was 8.1. Dr. {{NAME:Okonkwo}} wants a visit by {{DATE:7/15}}. -{{NAME:RD}}`,

  `NURSE TRIAGE - TELEPHONE
Caller: mother, {{NAME:Keisha Broadnax}}, cb {{PHONE:555.410.7723}}
Pt: {{NAME:Jaylen Broadnax}}  DOB {{DATE:09/02/2019}}  MRN {{MRN:00731946}}
Call rec'd {{DATE:6/18/24 19:42}} via after-hours line.
4 yo with fever to 103.1 since yesterday am; ibuprofen 160 mg last at 1700. Drinking ok, voided x3 today. No rash, no neck stiffness, mild cough. Attends {{FACILITY:Little Sprouts Learning Center}} where mom says "half the class has it".
Protocol: Fever - child (Schmitt-Thompson). Disposition: home care, see in office within 24 h.
Appt booked w/ {{NAME:Tanisha Greer}}, PA-C, tomorrow {{DATE:6/19}} 0915 at {{FACILITY:Northgate Family Clinic}}, {{ADDRESS:2290 Hollins Ave, Suite 110}}.
Call back if lethargic, resp distress, fever >104 or not urinating. Mom verbalized understanding; grandma {{NAME:Lorraine}} also on speaker.
{{NAME:M. Szabo}}, RN  ext {{PHONE:4417}}`,

  `REFILL REQUEST (faxed)
TO: {{FACILITY:Lakeside Family Health}}   FAX {{FAX:(555) 302-8816}}
FROM: {{FACILITY:Cedar Lane Pharmacy}}, {{ADDRESS:77 Cedar Ln}}, {{LOCATION:Grand Rapids}} MI {{ZIP:49503}}
PH {{PHONE:555-302-4400}}   FAX {{FAX:555-302-4401}}
Date: {{DATE:061724}}     Request #: {{ID:RR-2024-118842}}
Patient: {{NAME:GUTIERREZ, ROSA M}}    DOB: {{DATE:11/30/1962}}
Med: amlodipine 10 mg tab, #90, 1 PO daily.  Last fill {{DATE:03/18/24}}.  Rx {{ID:6620391}}
Prescriber: {{NAME:Halvorsen, Eric}} MD   NPI {{LICENSE:1588203471}}
[X] Approved   refills: 3     [ ] Denied     [ ] Needs appt
Note: BP at last visit {{DATE:2/27}} was 128/76. OK to refill x 1 yr. Due for BMP - lab order {{ID:LO-55120}} placed.
Signed: {{NAME:E. Halvorsen}} {{DATE:6/17/2024}} / faxed back by {{NAME:jt}}
Pt notified by text to {{PHONE:555-302-9917}}; daughter {{NAME:Inés}} picks up Fridays.`,

  `PREPARTICIPATION PHYSICAL EVALUATION
School: {{FACILITY:Harlan Creek High School}}    Sport(s): cross country, track
Student: {{NAME:Ava Lindqvist}}   Grade 10   DOB {{DATE:2008-03-14}}   Student ID {{ID:HC2291057}}
Parent/guardian: {{NAME:Per}} & {{NAME:Jenna Lindqvist}}, {{ADDRESS:1904 Maple Grove Rd}}, {{LOCATION:Fairbank}}, IA {{ZIP:50629}}
Home {{PHONE:555-638-2210}}   parent email {{EMAIL:jenna.lindqvist@example.com}}
Exam {{DATE:July 23, 2024}}: Ht 165 cm, Wt 54 kg, BMI 19.8, BP 108/64, HR 52 (athlete). Snellen 20/20 OU. No murmur with squat-stand or Valsalva. Full ROM; Osgood-Schlatter 2021, resolved. Ferritin 14 last spring, on ferrous sulfate 325 mg QOD.
Concussion hx: none.
Cleared for all sports without restriction. Copy to Coach {{NAME:Brandt}}.
Emergency contact: aunt {{NAME:Kristin Moe}} {{PHONE:(555) 638-7781}}
Examiner: {{NAME:Lauren Ostrowski}}, DO - {{FACILITY:Wapsie Ridge Family Practice}}`,

  `DMV MEDICAL REPORT - supplemental note
Applicant: {{NAME:Franklin D. Oyelaran}}   DOB {{DATE:8/9/1943}}
Driver license #: {{LICENSE:O415-2290-8871}}   Plate on renewal: {{VEHICLE:7KTR392}}
Address: {{ADDRESS:PO Box 418}}, {{LOCATION:Deming}}, NM {{ZIP:88031}}
Referred by the Motor Vehicle Division after a minor parking-lot collision {{DATE:04/02/2024}}.
80 yo M, T2DM (A1c 7.2), AF on apixaban 5 mg BID, mild cognitive complaints. MoCA 26/30 today, trails B 95 s. Visual acuity 20/30 OD, 20/25 OS with correction; fields full to confrontation. No syncope. Dix-Hallpike neg.
Wife {{NAME:Evelyn}} reports no getting lost; he drives to {{FACILITY:Mimbres Valley Baptist Church}} and to {{FACILITY:Sunrise Senior Center}} in {{LOCATION:Luna Co}} only, daylight.
Opinion: medically fit, daytime-only restriction advised; recheck in 1 yr.
Examiner: {{NAME:Soledad Ruiz-Marquez}}, MD   NM lic {{LICENSE:MD-2013-0442}}
{{FACILITY:Florida Mountains Clinic}}  ph {{PHONE:555-546-0180}}  fax {{FAX:555-546-0189}}
Dictated {{DATE:5/1/24}}  {{NAME:SRM}}/{{NAME:dp}}`,

  `EMPLOYER FORM - Return to work / work status
Employee: {{NAME:Tomasz Wieczorek}}   Emp ID {{ID:E0048213}}
Employer: {{FACILITY:Tri-County Cold Storage}}, {{ADDRESS:3100 Industrial Pkwy}}, {{LOCATION:Kenosha}}, WI
HR contact: {{NAME:Dana Pruitt}}  {{PHONE:555-694-2238 x 214}}   fax {{FAX:555-694-2250}}
Date of injury: {{DATE:5/28/2024}}    Seen: {{DATE:06/04/2024}}
Dx: lumbar strain; negative SLR, no red flags. Also R lateral epicondylitis.
Restrictions: no lifting >20 lb, no forklift operation while on cyclobenzaprine 5 mg qHS, naproxen 500 BID. PT 2x/wk at {{FACILITY:Lakeshore Physical Therapy}}.
Full duty expected {{DATE:06/24/2024}}. Recheck {{DATE:Monday 6/17}}.
Workers comp claim #: {{ACCOUNT:WC-24-0771935}}
Physician: {{NAME:Priya Raman}}, MD     Clinic: {{FACILITY:Pleasant Prairie Family Care}}
{{NAME:PR}}/{{NAME:mh}}`,

  `PRIOR AUTHORIZATION - semaglutide (Ozempic) 0.5 mg weekly
Pt: {{NAME:Lorna Fitzsimmons}}   DOB {{DATE:01-22-1971}}
Plan: Keystone Mutual Health   Member ID {{HEALTH_PLAN:KMH884120573}}   Group {{HEALTH_PLAN:G-40218}}
Submitted {{DATE:6/20/24}} via CoverMyMeds, key {{ID:BQ7XL2R9}}
Dx: E11.65 T2DM with hyperglycemia; BMI 37.2.
Tried/failed: metformin 1000 mg BID x 3 yrs (GI intolerance at 2000), glipizide 10 mg (hypoglycemia x2), empagliflozin 10 mg (recurrent GU yeast infections).
A1c: 9.1 ({{DATE:01/2024}}), 8.8 ({{DATE:04/15/2024}}). eGFR 71. No hx pancreatitis or MTC/MEN2.
Payer faxed denial {{DATE:6/24}} - wants 90 d metformin ER trial. Appeal letter drafted; peer-to-peer requested at 1-800-555-0147.
Auth # on approval: {{ID:PA-6620018341}}
Pharmacy: {{FACILITY:ValuCare Pharmacy}} {{PHONE:555-201-7720}}
Completed by {{NAME:Shonda Tillman}}, CMA for Dr. {{NAME:Vukovich}}`,

  `REFERRAL - Cardiology
From: Dr. {{NAME:Wen-Li Chao}}, {{FACILITY:Chao & Partners Family Medicine}}  ph {{PHONE:(555)771-3020}} fax {{FAX:(555)771-3029}}
To: {{FACILITY:Heartland Cardiovascular Associates}}, attn Dr. {{NAME:Bhattacharya}}
Referral #: {{ID:REF-0093318}}    Date: {{DATE:Jun 3, 2024}}
Patient: {{NAME:Gerald}} "{{NAME:Gerry}}" {{NAME:Mistretta}}  DOB {{DATE:02/11/1958}}  Ph {{PHONE:555-771-4406}}
Medicare MBI {{HEALTH_PLAN:3TW7-HK2-MP41}}
Reason: exertional chest tightness x 6 wk, climbing stairs at his job at {{FACILITY:Mercer County Water Authority}}. ECG today NSR 72, no acute ST changes, old IRBBB. LDL 142 on rosuvastatin 10. Former smoker 30 pk-yr, quit 2015. Father MI at 61.
Please eval for stress testing. Pt prefers appts after 2 pm; wife {{NAME:Carol}} drives.
Records sent via fax {{DATE:6/3/2024 15:20}}.`,

  `IMMUNIZATION RECORD (school copy)
Child: {{NAME:Mateo Alejandro Serrano}}   DOB: {{DATE:03/27/2018}}
Parent: {{NAME:Yesenia Serrano}}    {{ADDRESS:640 W Fir St, Apt 12}}, {{LOCATION:Yakima}} WA {{ZIP:98902}}
School: {{FACILITY:Garfield Park Elementary}}   Grade: 1
Vaccine        Date           Lot       Site
DTaP #5        {{DATE:04/02/2022}}   A3X91   L deltoid
IPV #4         {{DATE:04/02/2022}}   K8811   R deltoid
MMR #2         {{DATE:04-02-2022}}   Y0457   R thigh
Varicella #2   {{DATE:4/2/22}}       T1162   L thigh
Influenza      {{DATE:10/14/2023}}   FL2207  L deltoid  (VIS 8/6/21)
COVID-19 ped   declined by parent {{DATE:10/14/2023}}
State registry ID: {{ID:WAIIS-7730184}}
Given by {{NAME:Yolanda Tapia}}, LPN, and {{NAME:J. Aranda}}, MA at {{FACILITY:Valle Verde Community Clinic}}
Printed {{DATE:8/19/2024}} for mom - needs copy to school nurse Mrs. {{NAME:Halloran}}.`,
  `TELEPHONE ENCOUNTER  {{DATE:Tue 7/9/2024 11:05}}
Caller: daughter {{NAME:Marian Costigan}} (DPOA) {{PHONE:555-312-0964}}
Re: {{NAME:Agnes Costigan}}, {{AGE:93}} yo F, DOB {{DATE:1/4/1931}}, MRN {{MRN:4480127}}
Mom slid off the edge of her bed last night around 0200, found by the neighbour {{NAME:Walt Pizzuto}} this am - on the floor ~5 h. Denies head strike, no LOC. Now c/o L hip soreness, can bear weight with walker. On warfarin (INR 2.6 on {{DATE:7/2}}), metoprolol 25 BID, donepezil 10.
Lives alone at {{ADDRESS:22 Larkspur Ct}}, {{LOCATION:Chicopee}}; {{NAME:Marian}} lives in {{LOCATION:Holyoke}} and visits daily. Aide from {{FACILITY:Pioneer Valley Home Care}} 3 mornings/wk.
Advised ED eval given anticoagulation and long lie; daughter agrees, taking her to {{FACILITY:Connecticut River Hospital}} ED. Will request PT/OT safety eval and medical alert pendant; order {{ID:HH-24-30712}}.
Dr. {{NAME:Greenblatt}} aware. - {{NAME:Kristy Lamoureux}}, RN`,

  `CARE COORDINATION NOTE
Pt: {{NAME:Raymond}} "{{NAME:Ray}}" {{NAME:Tsosie}}   DOB {{DATE:12/19/1949}}   MRN {{MRN:FMC-220391}}
Date {{DATE:2024-05-08}}
Spoke w/ {{NAME:Cheryl}} at {{FACILITY:High Desert Medical Supply}} ({{PHONE:555-722-1044}}) re: hospital bed and O2 concentrator delivery; confirmed for {{DATE:Friday 5/10}} between 1-4 pm to {{ADDRESS:HC 61 Box 2207}}, {{LOCATION:Kayenta}}, AZ {{ZIP:86033}}. Concentrator serial on order form: {{DEVICE:CN5-1187364}}.
Medicaid (AHCCCS) ID {{HEALTH_PLAN:A09814427}} verified.
Home health start of care with {{FACILITY:Red Mesa Home Health}} pending; their intake nurse {{NAME:Arlene Begay}} {{PHONE:(555) 722-3010}}.
Wife {{NAME:Lucille}} is primary caregiver; granddaughter {{NAME:Shaylee}} helps on weekends. Directions: 3 mi past the chapter house, blue roof on left.
Next PCP visit {{DATE:5/22}}. {{NAME:Jolene Yazzie}}, RN care coordinator`,

  `HTN FOLLOW-UP   {{DATE:08/13/2024}}
{{NAME:Darnell Whitfield}}, 58 yo M, MRN {{MRN:00912274}}
BP log e-mailed from {{EMAIL:dwhitfield.1966@example.org}}:
  {{DATE:8/1}}   148/92   {{DATE:8/4}}  141/88
  {{DATE:8/7}}   139/90   {{DATE:8/10}} 136/84
Office BP 142/90, repeat 138/86, HR 74. BMI 31.6. On amlodipine 5 mg, HCTZ 25 mg. K 3.6, Cr 1.0, eGFR 88, UACR 18. LDL 118.
Works nights at {{FACILITY:Dillard Freight Terminal}}; sleeps 4-5 h; wife {{NAME:Renee}} says he snores, witnessed apneas. STOP-BANG 6.
Plan: increase amlodipine to 10 mg; home sleep test ordered, order {{ID:ORD-771245}}, via {{FACILITY:SleepWell Diagnostics}}. DASH handout. RTC 6 wk.
Rx sent to {{FACILITY:Greenbriar Pharmacy}} {{PHONE:555-388-0042}}.
{{NAME:Olamide Adeyemi}}, MD`,

  `THYROID F/U - Hashimoto's
Pt {{NAME:Siobhan McCaffrey}}  DOB {{DATE:5/30/1984}}  seen {{DATE:3/12/2024}}
40 yo F with Hashimoto's thyroiditis (TPO Ab 412 in 2016), on levothyroxine 88 mcg. TSH 6.2 ({{DATE:2/26/24}}), prior 2.1 ({{DATE:08/2023}}). Started taking it with coffee and calcium since new job at {{FACILITY:Bellingham Public Library}}. Fatigue, cold intolerance. PHQ-9 5.
No goiter; reflexes with delayed relaxation. Wt up 2 kg.
Plan: take on empty stomach, separate from calcium by 4 h; increase to 100 mcg; TSH in 6-8 wk (~{{DATE:4/30}}). Lab {{FACILITY:Whatcom Valley Lab}}, order {{ID:L-20240312-077}}.
Sister {{NAME:Aoife}} also has Graves' disease - pt asked about her own kids' risk; son {{NAME:Cian}} (9) and daughter {{NAME:Niamh}} (6).
Portal: {{URL:https://portal.salishfamilymed.example/messages}}
{{NAME:Hannah Lindgren}}, FNP`,

  `ACUTE VISIT - facial droop
Pt: {{NAME:Douglas Bell}}   DOB {{DATE:10/03/1976}}   MRN {{MRN:31-774-209}}   {{DATE:11/4/24}}
47 yo M woke with R facial droop, can't close R eye, drooling from R corner of mouth. Forehead involved. No limb weakness, speech normal, no rash in ear canal. Recent URI. BP 128/80, glucose 104.
Impression: R Bell's palsy, House-Brackmann III. Not Ramsay Hunt.
Plan: prednisone 60 mg x 5 d then taper; valacyclovir 1 g TID x 7 d; artificial tears, eye taping qHS.
Mr. {{NAME:Bell}} drives a route for {{FACILITY:Kessler Brothers Bakery}} - work note given through {{DATE:11/11}}.
Wife {{NAME:Andrea Bell}} ({{PHONE:555-407-3381}}) to bring him back {{DATE:Nov 18}}.
ENT referral to Dr. {{NAME:Ferreira}} if no improvement by 3 wk.
{{NAME:Gustavo Pinheiro}}, PA-C   {{FACILITY:Lindenwood Family Practice}}, {{LOCATION:St. Charles}}, MO`,

  `OFFICE VISIT - dizziness
{{NAME:Eunice Papadakis}}, 68 yo F, DOB {{DATE:September 2, 1955}}, MRN {{MRN:E-5520871}}   DOS {{DATE:02/06/2024}}
Brief spinning when rolling to R in bed x 1 wk, lasts <1 min. No hearing loss, tinnitus, diplopia or dysarthria. Hx HTN, osteopenia.
Dix-Hallpike R: upbeating torsional nystagmus, latency 3 s. L neg. HINTS not indicated. Romberg neg.
Dx: R posterior canal BPPV. Epley maneuver x2 in office with resolution. Brandt-Daroff handout.
Husband {{NAME:Spiros}} drove. Pt provides childcare to grandson {{NAME:Niko}} in {{LOCATION:Tarpon Springs}} - advised no driving today.
Meclizine not prescribed. If recurs: call {{PHONE:555-938-6612}} (clinic) or message via {{URL:www.gulfcoastfm.example/portal}}.
F/u prn. Next AWV {{DATE:08/2024}}.
Dr. {{NAME:Theo Karras}} / scribe {{NAME:A. Mbeki}}`,

  `WORKERS' COMPENSATION - PROGRESS NOTE
Claimant: {{NAME:Luz Maria Echeverria}}   DOB {{DATE:7/15/1979}}
Employer: {{FACILITY:Sunnyfield Poultry Processing}}, {{LOCATION:Gainesville}}, GA
Claim #: {{ACCOUNT:GA-WC-2024-009184}}   Adjuster: {{NAME:Brett Colquitt}} {{PHONE:555-532-7700 ext. 3318}}
DOI: {{DATE:01/17/2024}}   Visit {{DATE:03/05/2024}}
Bilat hand numbness, R>L, night waking, works deboning line 10 h shifts.
Exam: Tinel + R median at wrist, Phalen + at 30 s R, 50 s L. Thenar bulk nl. Finkelstein neg. Grip 18 kg R.
NCS {{DATE:2/20/24}} (Dr. {{NAME:Lowenstein}}): moderate R CTS, mild L.
Plan: night splints, modified duty (no repetitive gripping), refer hand surgery at {{FACILITY:Chattahoochee Hand Center}}. Interpreter {{NAME:Rocio}} (Spanish) present, ID {{ID:INT-40417}}.
Next {{DATE:4/2}}. {{NAME:Caleb Dunaway}}, MD`,

  `PORTAL MESSAGE (patient -> provider)
{{DATE:Sun 01/14/2024 23:18}}
from: {{NAME:kayla n}} [{{EMAIL:kaylanicole.r@example.com}}]

hey dr {{NAME:f}}, i did the questionaire thing on the app and it said my phq9 is 17?? i know we upped the sertraline to 100 a few wks ago but honestly its been a rough month. i lost my shifts at the {{FACILITY:brew hive}} and me and {{NAME:dev}} broke up. not gonna hurt myself, my roomate {{NAME:Jas}} is here and my mom is in {{LOCATION:fort collins}}. can i get in this week? im off {{DATE:wed 1/17}}.

--- {{DATE:01/15/2024 07:46}} {{NAME:Leah Fontaine}}, LCSW (BHI) ---
{{NAME:Kayla}}, thank you for telling us. Called you at {{PHONE:555-270-6618}}, safety screen neg (C-SSRS neg). Booked with Dr. {{NAME:Fairbanks}} {{DATE:1/17}} 1:30 pm. GAD-7 14. 988 crisis line reviewed.`,

  `CAMP HEALTH FORM - physician section
Camper: {{NAME:Oliver}} "{{NAME:Ollie}}" {{NAME:Nakashima-Pratt}}   DOB {{DATE:6/6/2013}}   Age 11
Camp: {{FACILITY:Camp Tamarack Lake}}, session 2 ({{DATE:7/14-7/27}})
Parent: {{NAME:Erin Pratt}} {{PHONE:+1 555 619 2043}}, {{NAME:Kenji Nakashima}} {{PHONE:555.619.8830}}
Address: {{ADDRESS:88 Wethersfield Ave, Unit 3}}, {{LOCATION:Hartford}}, CT {{ZIP:06114}}
Allergies: peanut (anaphylaxis 2019) - EpiPen Jr 0.15 mg x2 must travel w/ camper. Seasonal allergic rhinitis: cetirizine 10 mg daily.
Asthma, mild intermittent: albuterol HFA 2 puffs q4h prn; ACT 23.
Last physical {{DATE:05/21/2024}}: Ht 146 cm, Wt 38 kg, BMI 17.8. Tdap and MenACWY given same day.
Insurance: Nutmeg Health PPO, member {{HEALTH_PLAN:XQP40018832-02}}
Activities: no restrictions; may swim.
Physician: {{NAME:Rachel Adebayo-Stern}}, MD, {{FACILITY:Asylum Hill Family Medicine}}  {{DATE:5/21/24}}`,

  `PRE-OPERATIVE EVALUATION
Pt: {{NAME:Vincent Albanese}}   DOB {{DATE:03.08.1952}}   MRN {{MRN:0662183}}
Procedure: L TKA with Dr. {{NAME:Okafor}} at {{FACILITY:Brandywine Orthopedic Surgery Center}} on {{DATE:Thursday, August 29, 2024}}
Visit {{DATE:8/12/2024}}. 72 yo M, OA L knee (KL grade 4), Baker's cyst, failed injections.
PMH: T2DM (A1c 6.8), HTN, OSA on CPAP (ResMed serial {{DEVICE:23161874529}}), prior CABG 2012. RCRI 2. METs >4 (walks dog 1 mi).
ECG: SR 64, old Q III/aVF. Cr 1.1, Hgb 13.9, K 4.4.
Hold metformin day of surgery, hold lisinopril AM of surgery; continue metoprolol, atorvastatin. Bring CPAP.
Ride home: son {{NAME:Joe}} {{PHONE:555-449-2816}}. Wife {{NAME:Marie}} post-stroke, care arranged via {{FACILITY:Chadds Ford Adult Day}}.
Acceptable risk. Faxed to surgeon {{FAX:555-449-7719}} {{DATE:08/12/24 16:05}}.
{{NAME:Imani Okoro}}, DO`,
  `CPAP COMPLIANCE / DME FOLLOW-UP
{{NAME:Byron Ashcombe}}   DOB {{DATE:11/11/1964}}   MRN {{MRN:22048817}}   Visit {{DATE:4/16/2024}}
OSA (AHI 38 on HST {{DATE:01/09/2024}}). Auto-CPAP 6-14 cm H2O, ResMed AirSense, device SN {{DEVICE:23204418876}}, modem ID {{DEVICE:MDM-8841-0072}}.
Download {{DATE:3/16-4/14}}: use 87% of nights >4 h, mean 6.1 h, residual AHI 2.3, leak 95th pct 18 L/min. ESS 14 -> 6.
Insurance requires documentation of benefit for continued rental - faxed to DME {{FACILITY:Prairie Breath Home Medical}}, {{FAX:555-833-4120}}, att {{NAME:Gina}}.
Wife {{NAME:Lorraine Ashcombe}} reports snoring gone. Still nasal dryness: heated humidity +1. Mask: F20 medium.
Also: BP 126/78 (was 146/90), BMI 33.
Follow-up yearly; next {{DATE:April 2025}}.
{{NAME:Yusuf Demir}}, MD   {{FACILITY:Hays Family Medicine}}, {{ADDRESS:1207 E 27th St}}, {{LOCATION:Hays}}, KS {{ZIP:67601}}`,

  `DIABETES VISIT - pump/CGM
Pt: {{NAME:Natalie Brzezinski}}   DOB {{DATE:Feb 19 1996}}   MRN {{MRN:7710293}}   {{DATE:05/02/2024}}
T1DM since age 9. Tandem t:slim X2 pump SN {{DEVICE:1187462}}, Dexcom G7 sensor/transmitter {{DEVICE:8KH3QW}}. Control-IQ on.
14-day CGM: TIR 71%, TBR 2%, GMI 7.0%. A1c 7.1 (prev 7.6 on {{DATE:1/30/24}}). Lows around 0300 after evening runs - reduce overnight basal 0.1 u/h 0000-0400.
Lipids: LDL 88, HDL 61. UACR 9. Eyes: dilated exam {{DATE:11/2023}} no retinopathy (Dr. {{NAME:Ishikawa}}).
Works as 3rd-grade teacher at {{FACILITY:Whittier Elementary}}; school nurse {{NAME:Pam Cordova}} has glucagon (Baqsimi).
Partner {{NAME:Ezra}}. Emergency contact mother {{NAME:Dorota Brzezinski}} {{PHONE:555 210 6638}}.
Supplies via {{FACILITY:DiaDirect Mail Order}} - acct {{ACCOUNT:DM-4401827}}.
RTC 3 mo. {{NAME:Chioma Nwosu}}, MD`,

  `PACEMAKER REMOTE CHECK - reviewed in clinic
Pt {{NAME:Ignatius}} "{{NAME:Iggy}}" {{NAME:Sobczak}}, {{AGE:91}} y/o M, DOB {{DATE:03/03/1933}}, MRN {{MRN:MR0047719}}
Device: dual-chamber PPM, Medtronic Azure, SN {{DEVICE:RNB418822H}}, implanted 2019 for CHB. RA lead SN {{DEVICE:PJN7712045}}.
Transmission {{DATE:2024-07-22 03:14}} from home monitor at {{ADDRESS:9 Veterans Way, Apt 2C}}, {{LOCATION:Scranton}}.
Battery 7.1 yr. RV pacing 98%. AHR episodes: 3, longest 4 min, no AF burden >6 min. Lead impedances stable.
Pt lives w/ daughter-in-law {{NAME:Theresa}} who manages meds; son {{NAME:Frank Sobczak}} {{PHONE:555-963-4102}}.
Attends {{FACILITY:St. Stanislaus Parish}} daily; no syncope.
Next remote {{DATE:10/21/24}}; in-person device clinic with {{NAME:Kozlowski}}, NP {{DATE:January 2025}}.
Reviewed by Dr. {{NAME:Amara Jovanovic}} {{DATE:7/23/2024}}`,

  `COPD FOLLOW-UP
{{NAME:Wilma Jean Pruett}}, 76 F, DOB {{DATE:6-2-1948}}, MRN {{MRN:0399417}}     Seen {{DATE:Jan 9, 2024}}
GOLD 3 (FEV1 42% in 2022). On Trelegy 100 1 puff daily, albuterol prn, home O2 2 L NC with exertion and sleep. SpO2 88% RA at rest today, 93% on 2 L.
Two exacerbations in 2023, one admission to {{FACILITY:Levisa Fork Regional}} {{DATE:11/2023}}.
Smoking: quit {{DATE:11/2021}}; husband {{NAME:Clyde}} still smokes on porch.
O2 supplier: {{FACILITY:Big Sandy Oxygen & Medical}} {{PHONE:(555) 432-8812}}, concentrator SN {{DEVICE:EV-3340187}}.
Address for deliveries: {{ADDRESS:RR 2 Box 114A}}, {{LOCATION:Elkhorn City}}, KY {{ZIP:41522}}.
Vaccines: RSV (Arexvy) given today lot 2N7P4; PCV20 2023; flu {{DATE:10/3/23}}.
Pulm rehab at {{FACILITY:Russell Fork Pulmonary Rehab}} Tu/Th. Neighbor {{NAME:Donnie Slone}} drives.
{{NAME:Harlan Mullins}}, FNP-C`,

  `ANTICOAGULATION CLINIC - phone
{{DATE:3/5/24}}  Pt {{NAME:Cornelius Osei-Bonsu}}  DOB {{DATE:8/21/1947}}  MRN {{MRN:AC-118204}}
Indication: mechanical mitral valve (goal INR 2.5-3.5). Warfarin 5 mg daily except 7.5 mg M/F.
POC INR today 1.9 (home meter, serial {{DEVICE:CXS-0098127}}). Last 2.8 on {{DATE:2/20}}.
Missed Sunday dose - was at grandson {{NAME:Kwame}}'s graduation in {{LOCATION:Columbus}}. Started amoxicillin from dentist Dr. {{NAME:Haddad}} {{DATE:3/1}}. Diet same, more greens at church dinners ({{FACILITY:Bethel AME}}).
Plan: take 7.5 mg tonight, then resume; recheck {{DATE:3/12}}. Bleeding precautions reviewed.
Spoke to pt and wife {{NAME:Abena}} at {{PHONE:555-614-0097}}.
Next INR clinic visit at {{FACILITY:Westerville Anticoagulation Service}} if home meter fails.
{{NAME:Hollis Greer}}, PharmD, CACP`,

  `PORTAL MESSAGE w/ attachments
Sent {{DATE:04/08/2024 6:02 AM}} by {{NAME:Grace Okwuosa}} (user {{ID:graceok_22}})
"Good morning. I moved and have new insurance. Attaching front/back of card and my drivers license. New address {{ADDRESS:3150 Peachtree Industrial Blvd, Apt 1204}}, {{LOCATION:Duluth}} GA {{ZIP:30097}}. Also a picture of the rash on my arm, started Friday."
Attachments: {{PHOTO:IMG_20240408_060012.jpg}} (DL, face visible), plus card front/back and 1 rash image
Staff note {{DATE:4/8/24}} {{NAME:Felicia}} (front desk): updated demographics. DL # {{LICENSE:058812477}}. New plan: Piedmont Mutual, member {{HEALTH_PLAN:PSH0091827734}}. Prior account {{ACCOUNT:GA-00418827}} closed.
Rash photo routed to Dr. {{NAME:Olusegun}}: annular, central clearing - likely tinea corporis; clotrimazole 1% BID x 4 wk sent to {{FACILITY:Pleasant Hill Pharmacy}}.
Reply sent via {{URL:https://mychart.gwinnettfamilycare.example/}}.`,

  `TELEHEALTH VISIT (video) - chronic follow-up
Pt: {{NAME:Ansel Thornquist}}   DOB {{DATE:10/27/1969}}   MRN {{MRN:TH-3320918}}
Date/time {{DATE:02/21/2024 16:30}}. Pt location: home, {{LOCATION:Ely}}, MN. Provider location: clinic.
Platform session {{ID:VS-88213-XK}}; pt IP {{IP:198.51.100.47}}, connection dropped once, reconnected from {{IP:198.51.100.52}}.
T2DM: A1c 7.9 -> 7.4, metformin 1000 BID + dulaglutide 1.5 mg weekly. BP by home cuff 134/82. Wt 104 kg (BMI 34).
Works as fishing guide on {{LOCATION:Burntside Lake}} in summer, plows snow for {{FACILITY:Kawishiwi Excavating}} in winter.
Foot self-exam: callus R 1st MTP. Monofilament next in-person visit.
Plan: increase dulaglutide to 3 mg; diabetic eye exam with {{FACILITY:Northland Eye Care}} in {{LOCATION:Virginia}}, MN.
Wife {{NAME:Birgit}} joined the video. Consent for telehealth obtained.
{{NAME:Marit Solheim}}, PA-C   {{DATE:2/21/24}}`,

  `RELEASE OF INFORMATION - request log
Received {{DATE:05-13-2024}} by fax from {{FACILITY:Law Office of Pennington & Vail}}, fax {{FAX:555-241-9008}}
Re: {{NAME:Delbert Ray Huckaby}}   DOB {{DATE:4/4/1961}}   SSN {{SSN:412-77-0931}}   MRN {{MRN:0087714}}
Records requested: office notes {{DATE:01/01/2022}} through present, imaging, PT notes.
Authorization signed by pt {{DATE:5/9/24}}; witness {{NAME:Carla Vail}}.
Case # {{ID:CV-2024-00381}} (MVA {{DATE:12/2/2023}} on {{ADDRESS:US-64 near mile marker 212}}).
Pt phone {{PHONE:555-880-3327}}; current address {{ADDRESS:407 Sequoyah St}}, {{LOCATION:Tahlequah}}, OK {{ZIP:74464}}.
Invoice {{ACCOUNT:ROI-55207}} for copy fee sent. Pages released: 86, via secure fax {{DATE:5/20/2024}}.
HIM: {{NAME:Trudy Blevins}} / {{NAME:tb}}
Note: pt asked that records of counseling with Rev. {{NAME:Lyle Hampton}} NOT be included - not part of our chart.`,

  `MEDICARE ANNUAL WELLNESS VISIT (subsequent)
{{NAME:Beatrice}} "{{NAME:Bea}}" {{NAME:Van Heusen}}   {{AGE:90}} yo F   DOB {{DATE:01/30/1934}}
MBI {{HEALTH_PLAN:5EG2-QW8-TK61}}   Medigap plan G, policy {{HEALTH_PLAN:MGP-04418823}}
DOS {{DATE:1/31/2024}} (day after her birthday!)
HRA: independent ADLs, needs help with shopping (granddaughter {{NAME:Sadie}}). Lives at {{FACILITY:Willowbrook Senior Apartments}}, {{ADDRESS:1600 Orchard Ave, #318}}, {{LOCATION:Kalamazoo}}.
Mini-Cog 4/5. Falls: 0. Timed up and go 13 s. PHQ-2 0. Hearing aids bilat (L SN {{DEVICE:OTC-2291874}}). Vision: cataract OD.
BP 138/72, BMI 23. Cr 1.2, eGFR 43. Vit D 31.
Advance directive: POLST DNR, agent son {{NAME:Pieter Van Heusen}} {{PHONE:555/382/9910}}.
Screening: no further colon/breast screening - shared decision.
Vaccines up to date except RSV - given today.
{{NAME:Naomi Feldstein}}, MD`,

  `MEDICAID TRANSPORTATION REQUEST
Member: {{NAME:Shaniqua Dorsey}}   DOB {{DATE:07/08/1990}}   Medicaid ID {{HEALTH_PLAN:MD884120013}}
Requested by {{NAME:Hector Lozada}}, CHW, {{FACILITY:Eastside Community Health Center}} {{PHONE:555-327-0011}}
Trips:
  {{DATE:Mon 9/9}}  pickup 0730  {{ADDRESS:2201 E Monument St, Apt 4F}} -> {{FACILITY:Harbor Kidney Care}} (dialysis MWF)
  {{DATE:Wed 9/11}} same
  {{DATE:Thu 9/12}} pickup 1300 -> PCP visit with Dr. {{NAME:Abiodun}}
Broker confirmation #: {{ID:TR-774420193}}; vendor {{FACILITY:Chesapeake Wheelchair Van}}.
Needs wheelchair van (BKA L). Mother {{NAME:Gloria Dorsey}} rides along as escort, {{PHONE:(555) 327-4412}}.
Last missed trip {{DATE:8/28}} - driver went to old address in {{LOCATION:Dundalk}}.
Address corrected in broker system; note to CHW {{NAME:Ivonne}} to confirm by text.
{{NAME:HL}} {{DATE:9/3/2024}}`,
  `NEW PATIENT - establishing care
{{NAME:Rahul Venkataraman}}  DOB {{DATE:12 Oct 1988}}  MRN {{MRN:NP-0049981}}  Visit {{DATE:10/22/2024}}
Moved from {{LOCATION:Pune}} (India) 2019, then {{LOCATION:Jersey City}}; relocated here {{DATE:Aug 2024}} for job as data engineer at {{FACILITY:Quillfeather Analytics}}.
Lives with wife {{NAME:Meera}} and daughter {{NAME:Anika}} (3) at {{ADDRESS:55 Hawthorne St, Apt 7}}, {{LOCATION:Cambridge}}, MA {{ZIP:02139}}. Daughter attends {{FACILITY:Peabody Terrace Children's Center}}.
PMH: hypertriglyceridemia (TG 412 in 2022), fatty liver on US. FHx: father T2DM, MI at 52 in {{LOCATION:Chennai}}.
Meds: none. NKDA. Alcohol 2-3 drinks/wk; AUDIT-C 2. Never smoker.
BP 134/86, BMI 27.9 (Asian cutoffs: obese). A1c today 6.0, TG 388, LDL 121, ALT 58.
Plan: lifestyle, recheck in 3 mo; consider icosapent ethyl. Hep B surface Ab ordered.
Preferred contact: {{EMAIL:rahul.v.88@example.com}}, {{PHONE:555-617-2230}}. Portal login {{ID:rvenkat88}}.
Records request to prior PCP Dr. {{NAME:Desai}} in NJ, fax {{FAX:555-201-4478}}.
{{NAME:Beth Abramowitz}}, MD`,

  `WELL CHILD - 4 year
{{NAME:Lily-Mae Hutchins}}   DOB {{DATE:08/14/2020}}   MRN {{MRN:88-20417}}   {{DATE:8/20/2024}}
Accompanied by mom {{NAME:Crystal}} and maternal grandma ("Nana {{NAME:Deb}}"). Dad {{NAME:Bo Hutchins}} deployed ({{LOCATION:Fort Campbell}} unit).
Growth: Ht 103 cm (55%), Wt 16.4 kg (48%), BMI 15.3. BP 96/58. Vision 20/30 each eye (HOTV). Hearing pass.
Dev: ASQ all areas above cutoff; counts to 10, hops on one foot. Starts pre-K at {{FACILITY:Oak Grove Head Start}} on {{DATE:Sept 3}}.
Vaccines today: DTaP #5 lot U7712AA, IPV #4 lot Y3310, MMRV #2 lot X0928; VIS dates 8/6/21 and 8/6/21. Flu in fall.
Lead level {{DATE:2/2022}} <3. Fluoride varnish applied.
Home: TN Tricare - sponsor ID {{HEALTH_PLAN:1098832217}}. Lives {{ADDRESS:314 Dogwood Cir}}, {{LOCATION:Clarksville}}, TN.
School form signed; copy emailed to {{EMAIL:crystal.hutchins22@example.com}}.
Next WCC at 5 y. {{NAME:Rosalind
Pettway}}, MD`,

  `ADOLESCENT VISIT - CONFIDENTIAL portion (do not release to proxy)
Pt: {{NAME:Jordan Alvarez-Keane}}  16 yo  DOB {{DATE:4/9/2008}}  MRN {{MRN:5530871}}  {{DATE:11/13/2024}}
HEEADSSS done alone; mom {{NAME:Patrice Keane}} waited in lobby.
Home: splits time between mom in {{LOCATION:Eugene}} and dad {{NAME:Rick Alvarez}} in {{LOCATION:Springfield}}.
Education: junior at {{FACILITY:Willamette Heights High School}}, B/C grades, works weekends at {{FACILITY:Ferry Street Espresso}}.
Activities: ultimate frisbee. Drugs: vapes nicotine daily, THC "sometimes". Sexuality: dating {{NAME:Sam}}, sexually active, condoms inconsistent.
PHQ-A 9, GAD-7 8. No SI.
Plan: LARC counselling - prefers Nexplanon, scheduled {{DATE:11/20}}; GC/CT NAAT sent (accession {{ID:AC24-3318207}}); vaping cessation resources. Confidential phone for results: {{PHONE:555-302-1188}} (pt's cell, text OK).
Billing: confidential EOB suppression requested on account {{ACCOUNT:GA-2280119}}.
{{NAME:Mara Eskildsen}}, NP`,

  `TELEPHONE - positive home pregnancy test
{{DATE:Jan 5 2024 1410}}. Pt {{NAME:Tiffany Ruelas}}, 29, DOB {{DATE:1994-06-03}}, cb {{PHONE:5552081437}}.
LMP {{DATE:11/24/23}}, so ~6w0d; EDD {{DATE:8/30/2024}}. G2P1 (SVD {{DATE:3/2019}} at {{FACILITY:Good Shepherd Birth Center}}). No bleeding, mild nausea.
Meds: sertraline 50 mg - advised continue, discuss w/ OB. Start prenatal vitamin. Hold ibuprofen.
Husband {{NAME:Marco}} works at {{FACILITY:Permian Basin Auto Glass}}; 5 yo son {{NAME:Gabriel}}.
Referral to OB: {{FACILITY:Midland Women's Health}}, Dr. {{NAME:Achterberg}}, ref # {{ID:R-84412}}, faxed {{FAX:555-520-8893}}. First OB appt {{DATE:1/19}}.
Confirmed insurance: Medicaid CHIP perinatal, ID {{HEALTH_PLAN:TX5509183374}}.
Rh status unknown - OB to draw. Ondansetron not sent; ginger/B6 first.
{{NAME:Paola Vasquez}}, RN / routed to Dr. {{NAME:Lindell}}`,

  `POSTPARTUM / NEWBORN DYAD VISIT
Mom: {{NAME:Hannah Ostergaard}}  DOB {{DATE:3/17/1992}}   Baby: {{NAME:Soren Ostergaard}}  DOB {{DATE:02/02/2024}}
Visit {{DATE:2/16/24}}. Baby 14 d, born 39w2d at {{FACILITY:Sioux Falls Birthing Pavilion}}, BW 3.61 kg, now 3.72 kg. Breastfeeding q2-3h; LATCH good. Bili 11.2 at d3, resolved. Cord off.
Mom: EPDS 11 (was 4 at 36 wk). Sleeps 3 h blocks. Perineum healing. BP 118/74. Lochia light.
Support: husband {{NAME:Erik}} back at work at {{FACILITY:Dakota Plains Seed Co-op}}; mother-in-law {{NAME:Ingrid}} staying until {{DATE:2/28}}.
Plan: EPDS recheck 2 wk; lactation consult w/ {{NAME:Colleen Riordan}}, IBCLC; postpartum support group at {{FACILITY:First Lutheran Church}}, {{LOCATION:Brandon}}.
Baby's hearing rescreen due - audiology {{DATE:Tuesday 2/20}} 0900. Hep B #1 given at birth, #2 at 1-2 mo.
Pediatric portal proxy for mom: username {{ID:hostergaard_mom}}.
{{NAME:Anders Voss}}, MD  {{FACILITY:Prairie Rose Family Medicine}}`,

  `TOBACCO CESSATION VISIT
{{NAME:Earl Whitlatch}}  DOB {{DATE:09/09/1961}}  MRN {{MRN:TC-771019}}  {{DATE:Oct 30, 2024}}
Smokes 1 ppd x 40 yr (40 pk-yr). Fagerstrom 7. Tried cold turkey 2018 (lasted 3 wk), patch 2021.
Quit date set: {{DATE:Friday 11/15}} (his late wife {{NAME:June}}'s birthday).
Plan: varenicline 0.5 mg daily x3 d, 0.5 BID x4 d, then 1 mg BID; NRT lozenge 4 mg prn. Quitline referral, fax to state quitline.
LDCT lung screening ordered (accession {{ID:CT-55219034}}) at {{FACILITY:Riverside Imaging}}, {{ADDRESS:400 Riverside Dr}}, {{LOCATION:Parkersburg}}.
Works maintenance at {{FACILITY:Ohio Valley Glassworks}}; buddy {{NAME:Junior Metz}} also quitting.
PHQ-9 6. No hx seizures.
Follow-up call {{DATE:11/22}} by {{NAME:Penny}} (tobacco treatment specialist) at {{PHONE:304-555-0187}}. Text reminders to {{PHONE:304.555.0188}}.
{{NAME:Arvind Kulkarni}}, MD`,

  `ALCOHOL USE - follow-up
Pt {{NAME:Conor Fitzgerald}}, 44M, DOB {{DATE:2/27/1980}}, MRN {{MRN:0551820}}. {{DATE:6/6/2024}}.
AUDIT 18 ({{DATE:3/2024}}) -> 11 today. Down from ~8 beers/night to 2-3 on weekends. On naltrexone 50 mg daily since {{DATE:March 14}}. GGT 112 -> 64, AST 48 -> 31, MCV 101 -> 96.
Attends SMART Recovery Tues nights at {{FACILITY:Holy Cross Parish Hall}}; sponsor-type friend {{NAME:Marty}}.
Wife {{NAME:Deirdre}} moved back home; kids {{NAME:Aidan}} and {{NAME:Maeve}}.
Employer ({{FACILITY:Boston Harbor Marine Services}}) EAP case {{ID:EAP-240119}}; cleared for return to boat duty from our standpoint.
BP 128/82 (was 152/96). BMI 28.
Plan: continue naltrexone, LFTs in 3 mo, RTC {{DATE:9/5}}.
{{NAME:Sunita Bhargava}}, MD   {{FACILITY:Quincy Point Family Practice}} {{PHONE:(555) 479-2200}}`,

  `GOUT FLARE - acute visit
{{NAME:Tevita Fifita}}  DOB {{DATE:05/05/1975}}  MRN {{MRN:5092218}}  {{DATE:4/22/24}}
Hot swollen L 1st MTP since Saturday after a family luau in {{LOCATION:West Valley City}} (lots of seafood, beer). 3rd flare this year. Uric acid 9.4. Cr 1.3, eGFR 63.
Exam: podagra, tophus R olecranon. Temp 37.6.
Plan: prednisone 40 mg x 5 d (avoid NSAID given CKD3a, colchicine GI upset). Start allopurinol 100 mg after flare + colchicine 0.6 mg daily prophylaxis; titrate to urate <6.
Pt is a bus driver for {{FACILITY:Salt Lake Valley Transit}}; work note x 3 days. CDL medical cert expires {{DATE:10/2024}}.
Wife {{NAME:Mele}} called from {{PHONE:801-555-0136}}; interpreter not needed.
Pharmacy: {{FACILITY:Redwood Road Pharmacy}}, {{ADDRESS:3500 S Redwood Rd}}.
RTC 2 wk for urate; then q4-6 wk. {{NAME:Brigham Thorne}}, PA-C`,

  `PROCEDURE - knee injection
Pt: {{NAME:Margarethe}} "{{NAME:Gretl}}" {{NAME:Hoffmann}}  DOB {{DATE:11/02/1949}}  MRN {{MRN:0340198}}  {{DATE:Sep 12, 2024}}
R knee OA, Bouchard and Heberden nodes both hands. Failed PT at {{FACILITY:Fox River Physical Therapy}} and diclofenac gel.
Consent signed; time-out with {{NAME:Cheng}}, MA.
Triamcinolone 40 mg + 4 mL 1% lidocaine, R knee superolateral approach, lot 3344T exp 02/2026. Tolerated well. Last injection {{DATE:5/30/24}}.
Glucose log: monitor x 2 days (T2DM, A1c 7.0).
Husband {{NAME:Dieter}} has Parkinson's - she is his caregiver, home at {{ADDRESS:812 Lincolnway W}}, {{LOCATION:Mishawaka}}. Son {{NAME:Klaus}} in {{LOCATION:Stuttgart}} calling weekly.
Next injection no sooner than {{DATE:12/12/2024}}. Ortho referral to {{FACILITY:St. Joe Valley Ortho}} if persists.
{{NAME:Lucia Ferraro}}, DO`,

  `LOW BACK PAIN - follow-up
{{NAME:Darius Mahmoudi}}, 37 yo, DOB {{DATE:7-30-1987}}, MRN {{MRN:LB-094411}}, DOS {{DATE:11/06/2024}}
Acute LBP after lifting at {{FACILITY:Cornerstone Moving & Storage}} {{DATE:10/21}}. No saddle anesthesia, no bowel/bladder change. SLR neg bilat, FABER neg. Reflexes 2+ symmetric.
PT 6 visits at {{FACILITY:Motion Works PT}} - 60% better. Oswestry 28% -> 16%.
Meds: ibuprofen 600 TID prn, stopped cyclobenzaprine (sedation).
Work: light duty until {{DATE:11/18}}; supervisor {{NAME:Gabe Ortolani}} fax {{FAX:555-660-4812}}.
Imaging not indicated. Reviewed red flags.
Lives w/ partner {{NAME:Noor}} at {{ADDRESS:41 Ellery St, 2nd fl}}, {{LOCATION:Paterson}}.
Pharmacy: {{FACILITY:Market St Pharmacy}}. Next visit {{DATE:12/4}} or prn.
{{NAME:Natalia Wozniak}}, MD / {{NAME:nw}}`,
  `CONCUSSION - return to learn / return to play
Student-athlete: {{NAME:Brayden Kowalski}}  DOB {{DATE:1/12/2009}}  {{DATE:10/08/2024}}
Injury {{DATE:9/27}} during varsity football game vs {{FACILITY:Lakeview Central}}; helmet-to-helmet, no LOC, amnesia for 2nd half. SCAT6 symptom score 34 -> 4 today. VOMS normal. Tandem gait nl.
School: {{FACILITY:Monroe Township High School}}; counsellor Ms. {{NAME:Adebisi}} arranged reduced workload (504 plan pending).
ATC {{NAME:Rob Kintner}} {{PHONE:555-447-3312}} to start graded RTP protocol stage 2 today; step every 24 h if asymptomatic. Full contact not before {{DATE:10/15}}.
Prior concussion 2022 (soccer). No migraines. Mom {{NAME:Andrea Kowalski}} present; dad {{NAME:Stan}} on phone.
ImPACT baseline {{DATE:08/2024}}; post-injury test {{DATE:10/7/24}} back to baseline; test ID {{ID:IMP-33018472}}.
Form faxed to athletic dept {{FAX:555-447-3390}}.
{{NAME:Erin Vandermolen}}, MD (CAQ sports med)`,

  `ADHD MEDICATION MANAGEMENT - refill
{{NAME:Ximena}} "{{NAME:Mena}}" {{NAME:Calderon-Roth}}  DOB {{DATE:12/01/2001}}  MRN {{MRN:AD-204471}}   Visit {{DATE:07-18-2024}}
22 yo F, ADHD combined type dx age 8. Lisdexamfetamine 40 mg qAM. Grad student at {{FACILITY:Rio Grande Polytechnic}}, works at {{FACILITY:Frontier Tutoring}}.
BP 116/72, HR 84, wt stable (BMI 21). Sleep 7 h. Appetite lower at lunch. ASRS improved.
PDMP checked {{DATE:7/18/24 10:12}} - single prescriber, fills at {{FACILITY:Monte Vista Pharmacy}}, {{ADDRESS:3715 Central Ave NE}}, {{LOCATION:Albuquerque}}. PDMP report {{ID:PMP-NM-889120341}}.
Controlled substance agreement renewed, signed today; pill count 4 (appropriate).
e-Rx x 3 (do not fill before {{DATE:8/16}}, {{DATE:9/15}}). Prescriber DEA {{LICENSE:BR4417302}}, NPI {{LICENSE:1457390026}}.
Roommate {{NAME:Talia}} is emergency contact {{PHONE:505 555 0163}}.
{{NAME:Jonah Reichert}}, MD`,

  `CHRONIC PAIN FOLLOW-UP - opioid agreement
Pt: {{NAME:Loretta Skaggs}}  DOB {{DATE:03/19/1958}}  MRN {{MRN:CP-0087416}}   DOS {{DATE:5/14/2024}}
Lumbar spinal stenosis, failed back surgery 2016 (Dr. {{NAME:Pennebaker}}). Hydrocodone-APAP 5/325 TID (15 MME/day). Duloxetine 60 mg.
PEG score 6/10 (was 7). Walks to mailbox and to {{FACILITY:Grace Fellowship}} on Sundays.
UDS {{DATE:4/30}}: expected hydrocodone/hydromorphone, negative otherwise; lab accession {{ID:UDS-2404-77182}}.
PDMP: one prescriber, one pharmacy ({{FACILITY:Skaggs Corner Drug}} - no relation), {{LOCATION:Harlan}}. Naloxone at home.
Husband {{NAME:Otis}} on disability; granddaughter {{NAME:Brianna}}, 17, lives with them at {{ADDRESS:1172 Clover Fork Rd}}, {{LOCATION:Evarts}}, KY {{ZIP:40828}}.
Plan: continue; taper discussion next visit; PT at {{FACILITY:Cumberland Valley Rehab}}.
Next fill no sooner than {{DATE:Jun 13}}. {{NAME:Wendell Caudill}}, MD / {{NAME:kh}}`,

  `TRANSITIONAL CARE - 2-day post-discharge call
Call {{DATE:2024-03-06 14:20}} by {{NAME:Rebecca Nwachukwu}}, RN
Pt {{NAME:Alfonso Marchetti}}, 81M, DOB {{DATE:04/25/1942}}, MRN {{MRN:TC-3398014}}
Discharged {{DATE:3/4/2024}} from {{FACILITY:St. Brendan's Medical Center}} (CHF exacerbation, 4 kg diuresed). Discharge wt 78.2 kg; today 78.6 on his scale.
Furosemide increased to 40 BID; spironolactone 25 added; K-Dur stopped. He had both old and new bottles - reconciled with wife {{NAME:Concetta}}.
Labs BMP ordered for {{DATE:3/8}} at {{FACILITY:Everett Lab Draw Station}} on {{ADDRESS:Elm St}}.
Hospital follow-up visit w/ Dr. {{NAME:Yamamoto}} {{DATE:Monday 3/11}} 9:15. Cardiology {{DATE:3/20}}.
Lives {{ADDRESS:71 Ferry St, Apt 2}}, {{LOCATION:Everett}}. Daughter {{NAME:Gina Marchetti-Lowe}} {{PHONE:555-389-6671}} sets up pillbox Sundays.
Home health ({{FACILITY:Mystic Valley VNA}}) SOC tomorrow.`,

  `HOSPICE REFERRAL
Pt: {{NAME:Winifred Oduya}}   {{AGE:96}}F   DOB {{DATE:05/11/1928}}   MRN {{MRN:00220417}}
Date {{DATE:12/3/2024}}
Dx: advanced dementia (FAST 7c), recurrent aspiration PNA x2 this fall, wt loss 12% in 6 mo, PPS 30%.
Resides at {{FACILITY:Maple Crest Memory Care}}, {{ADDRESS:2400 W Maple Ave}}, {{LOCATION:Waukesha}} WI {{ZIP:53186}}, room 114.
HCPOA: niece {{NAME:Florence Adewale}} {{PHONE:414-555-0129}}, e-mail {{EMAIL:f.adewale@example.net}}. Only living sibling, brother {{NAME:Samuel Oduya}}, {{AGE:99}}, in {{LOCATION:Lagos}}.
Goals: comfort; no rehospitalization. POLST: DNR/DNI, comfort-focused.
Referred to {{FACILITY:Lakeland Hospice}}; intake nurse {{NAME:Jolanda}}; referral # {{ID:HSP-24-11873}}.
Medicare MBI {{HEALTH_PLAN:9AC3-RT6-WQ22}}.
Signed Dr. {{NAME:Aurelio Santangelo}}  {{DATE:12/03/2024 17:40}}`,

  `ASSISTED LIVING VISIT NOTE
{{FACILITY:Heron Pointe Assisted Living}}, apt 208 - {{DATE:Wed 2/14/24}}
Resident: {{NAME:Mildred}} "{{NAME:Millie}}" {{NAME:Stoltzfus}}  {{AGE:ninety-four}}  DOB {{DATE:2/12/1930}}
Seen for monthly visit. Birthday party {{DATE:2/12}} - family came from {{LOCATION:Lancaster}} and {{LOCATION:Lititz}}.
Wt 51.3 kg (stable). BP 142/70. Mild Heberden nodes, R hand tremor (essential, not Parkinson's). Mini-Cog 3.
Meds per MAR: amlodipine 5, levothyroxine 50 mcg, vitamin D, acetaminophen 650 TID prn.
Med tech {{NAME:Shawna}} reports 2 nighttime wanderings; door alarm in place.
Son {{NAME:Elam Stoltzfus}} (POA), farm on {{ADDRESS:RD 3}}, {{LOCATION:Gap}}, phone {{PHONE:717 555 0152}}.
Plan: melatonin 3 mg qHS, PT eval, f/u 1 mo.
{{NAME:Priscilla Yoder}}, CRNP   fax orders to facility {{FAX:(717) 555-0198}}`,

  `DOT / CDL MEDICAL EXAMINATION - notes
Driver: {{NAME:Travis Lee Updegraff}}   DOB {{DATE:10/10/1977}}
CDL # {{LICENSE:D4418203}} (class A, issued in OH)   Employer: {{FACILITY:Buckeye Bulk Haulers}}
Truck on file: unit 44, VIN {{VEHICLE:1XKYD49X8LJ338127}}, plate {{VEHICLE:PJT 4471}}
Exam {{DATE:03/26/2024}}. HTN on lisinopril 10 - BP 136/84. No insulin. A1c 6.1. Vision 20/20 OD, 20/25 OS, horizontal fields 85/85. Whisper test 5 ft bilat. UA: SG 1.020, no protein/glucose. Neck 18.5 in, BMI 36; ESS 11 -> sleep study referral.
Certified 1 year (HTN). Card expires {{DATE:3/26/2025}}.
Examiner: {{NAME:Gail Mercado}}, NP   National Registry # {{LICENSE:4429017733}}
Clinic: {{FACILITY:Route 30 Occupational Health}}, {{ADDRESS:1900 W Lincoln Way}}, {{LOCATION:Wooster}}, OH {{ZIP:44691}}
Dispatcher {{NAME:Wade}} {{PHONE:330.555.0114}}`,

  `TRAVEL MEDICINE CONSULT
{{NAME:Ingrid Halvorsen-Mbatha}}  DOB {{DATE:6/28/1983}}  Visit {{DATE:01/17/2024}}
Itinerary: {{DATE:2/10-3/22}}: {{LOCATION:Nairobi}} -> {{LOCATION:Kisumu}} (field work with {{FACILITY:Lakeside Water Trust}}), then {{LOCATION:Arusha}}; husband {{NAME:Thabo}} joins in {{LOCATION:Cape Town}} for last week.
PMH: migraine, on topiramate 50 (reduces OCP efficacy - copper IUD in place). G6PD normal.
Vaccines: typhoid Vi today lot TY889 exp 09/2025; yellow fever (Kenya) given - ICVP certificate #{{ID:YF-US-0048127}}; HepA #2; Tdap 2020 ok; rabies PrEP day 0 today, day 7 {{DATE:1/24}}.
Malaria: atovaquone-proguanil 250/100 daily, start 1-2 d before. TD: azithromycin 1 g x1 standby.
Passport # {{ID:A07719384}} recorded for certificate.
Contact: {{EMAIL:ingridhm@example.org}}, sat phone n/a, local {{PHONE:555-862-7120}}.
{{NAME:Clemens Aufderheide}}, MD  {{FACILITY:Mile High Travel Clinic}}`,

  `CRITICAL LAB CALL
Rec'd {{DATE:08/02/2024 06:48}} from {{FACILITY:TriState Reference Lab}}, {{NAME:Gwen}} ({{PHONE:555-908-7441}}), call ref {{ID:CV-20240802-113}}.
Pt {{NAME:Horace Lindblad}}, DOB {{DATE:12/25/1944}}, MRN {{MRN:L0044129}}: K 6.4 (hemolysis: none), Cr 2.3 (baseline 1.6 on {{DATE:5/1/24}}).
Meds: lisinopril 40, spironolactone 25 (started {{DATE:7/19}} by cardiology), KCl 20 mEq (!).
Called pt 0655 at home {{PHONE:(555) 908-3312}}: wife {{NAME:Signe}} answered; pt asymptomatic, no palpitations. Instructed stop KCl and spironolactone, hold lisinopril, go to {{FACILITY:Pine Ridge Community Hospital}} ED for ECG/repeat K. ED charge RN {{NAME:Teodoro}} notified {{DATE:8/2}} 07:05.
Dr. {{NAME:Lindqvist}} (on call) informed.
{{NAME:Allison Pfeiffer}}, RN`,

  `FRONT DESK / IDENTITY VERIFICATION NOTE
{{DATE:5/6/2024}}. Pt {{NAME:Rodrigo Benavides}} (DOB {{DATE:04/04/1966}}) checked in at kiosk; palm-vein scan failed x2 then matched on 3rd (template {{BIOMETRIC:PV-00318842-R}}). Second pt with same name, DOB {{DATE:04/14/1966}}, MRN {{MRN:0772201}} - our pt is MRN {{MRN:0772119}}. Confirmed by photo on file ({{PHOTO:pt_photo_0772119.jpg}}) and address {{ADDRESS:2206 Avenida Cesar Chavez}}, {{LOCATION:Laredo}} TX {{ZIP:78043}}.
Flag added: NAME ALERT - verify DOB + last 4 SSN {{SSN:5521}}.
Updated cell {{PHONE:956-555-0172}}; work ({{FACILITY:Rio Bravo Customs Brokerage}}) {{PHONE:956-555-0177 x40}}.
Insurance: Lone Star Benefit Plan, subscriber ID {{HEALTH_PLAN:LSB-77201948}}.
Visit today with {{NAME:Guadalupe Treviño}}, NP for DM follow-up (A1c 8.4, BMI 32).
Front desk: {{NAME:Yadira}} / supervisor {{NAME:M. Garza}}`,
  `BILLING / ACCOUNT NOTE
{{DATE:09/19/2024}}  Guarantor: {{NAME:Phyllis Drummond}}, acct {{ACCOUNT:G-00418273}}
Pt (dependent): {{NAME:Tyrese Drummond}}, DOB {{DATE:11/08/2007}}
Mom called {{PHONE:(555) 241-6019}} disputing statement {{ACCOUNT:STMT-2024-0918-441}} for sports physical {{DATE:7/30/2024}} - told it would be free through school event at {{FACILITY:Eastbrook Middle School}}. Visit was billed as problem visit (knee pain - Osgood-Schlatter addressed) + preventive.
Insurance: Heartland Care Plan, member {{HEALTH_PLAN:HCP-99182047-01}}, group {{HEALTH_PLAN:GRP 77120}}. Claim {{ACCOUNT:CLM-88314207}} processed {{DATE:8/22}}, pt resp $45.
Reviewed with coder {{NAME:Deb Ancona}}; modifier -25 appropriate. Offered payment plan; mom requested itemized bill to {{ADDRESS:1620 Lakeview Ter, Apt B}}, {{LOCATION:Duluth}}, MN {{ZIP:55803}} and by email {{EMAIL:pdrummond77@example.com}}.
Escalated to billing supervisor {{NAME:Ken Loftus}} ext {{PHONE:2210}}. Callback promised by {{DATE:9/26}}.
- {{NAME:Rocio}}, patient financial services`,

  `DISABLED PARKING PLACARD - application, physician section
Applicant: {{NAME:Ernestine Woolridge}}   DOB {{DATE:7/7/1941}}
Address: {{ADDRESS:45 Sumac Ln}}, {{LOCATION:Bowling Green}}, KY {{ZIP:42101}}
KY driver's license {{LICENSE:W155-830-227}}   Vehicle plate {{VEHICLE:218 VLM}}, 2016 Buick, VIN {{VEHICLE:1G4ZR5SS7GU144208}}
Current placard # {{ID:KYP-0044812}} expires {{DATE:08/31/2024}} - renewal, permanent.
Qualifying condition: cannot walk 200 ft without stopping (severe COPD, FEV1 38%, home O2) and L BKA with prosthesis.
Certified {{DATE:08/05/2024}} by {{NAME:Marcus Ebbesen}}, MD, KY license {{LICENSE:41872}}, {{FACILITY:Barren River Family Physicians}}, phone {{PHONE:270-555-0140}}.
Pt's daughter {{NAME:LaDonna}} to take form to County Clerk's office.
Also discussed: pt drives only to {{FACILITY:State Street Baptist}}; granddaughter {{NAME:Keonna}} does the shopping.`,

  `LETTER - jury service excuse
{{DATE:March 4, 2024}}

To: Clerk of Court, {{LOCATION:Yellowstone County}} District Court
Re: {{NAME:Leroy Two Bulls}}, DOB {{DATE:09/15/1952}}, Juror # {{ID:J-2024-01187}}, summons for {{DATE:April 8, 2024}}

Mr. {{NAME:Two Bulls}} is my patient at {{FACILITY:Rimrock Family Health}}. He receives hemodialysis three times weekly at {{FACILITY:Big Sky Dialysis}} and has chronic lower extremity wounds requiring frequent care. He is also the daily caregiver for his wife, {{NAME:Mavis}}, who has advanced Parkinson's disease. Prolonged sitting and missing treatment would be a risk to his health. I request a permanent medical excuse.

Please contact me with questions at {{PHONE:406-555-0133}} or fax {{FAX:406-555-0134}}.

Sincerely,
{{NAME:Kathleen Runningwater}}, MD
NPI {{LICENSE:1740283315}}
cc: pt, {{ADDRESS:PO Box 771}}, {{LOCATION:Lodge Grass}} MT {{ZIP:59050}}`,

  `TO WHOM IT MAY CONCERN (housing)
Date: {{DATE:10-02-2024}}
{{NAME:Ayesha Rahimi}} (DOB {{DATE:02/20/1990}}) and her son {{NAME:Farid}} (DOB {{DATE:06/01/2016}}) are patients of {{FACILITY:Brookside Community Health}}. {{NAME:Farid}} has moderate persistent asthma with 2 ED visits this year (last {{DATE:9/14/2024}}) that his physicians believe are worsened by mold and water damage in their unit at {{ADDRESS:1189 Walnut Ave, Apt 3R}}, {{LOCATION:Bridgeport}}, CT {{ZIP:06604}}.
We support a reasonable accommodation to relocate them to a mold-free unit and ask the property manager, Mr. {{NAME:Delacroix}}, to address the leak promptly.
Meds: fluticasone-salmeterol 115/21 2 puffs BID, albuterol prn. ACT 14.
Questions: {{NAME:Camille Ortega}}, LCSW, {{PHONE:203.555.0191}}, {{EMAIL:cortega@brooksidechc.example.org}}.
{{NAME:Hamid Sadeghi}}, MD`,

  `FMLA CERTIFICATION - family member's serious health condition
Employee: {{NAME:Gordon Pelletier}}    Employer: {{FACILITY:Androscoggin Paper Mill}}, HR {{NAME:Sylvie Roy}}, fax {{FAX:207-555-0145}}
Patient (spouse): {{NAME:Louise Pelletier}}, DOB {{DATE:08/13/1959}}, MRN {{MRN:0048721}}
Condition: metastatic breast CA, on chemo at {{FACILITY:Lewiston Cancer Care}}; q3wk infusions through {{DATE:12/2024}}; frequent neutropenia; needs transport and care at home after infusions.
Leave requested: intermittent, ~2-3 days per cycle; est. start {{DATE:9/9/2024}}, end {{DATE:3/9/2025}}.
Pt lives with employee at {{ADDRESS:233 Pine St}}, {{LOCATION:Rumford}}, ME {{ZIP:04276}}; daughter {{NAME:Colette}} in {{LOCATION:Montreal}} helps when possible.
Provider: {{NAME:Amelie Gagnon}}, MD, {{FACILITY:Oxford Hills Family Medicine}}, ph {{PHONE:207-555-0121}}, ME lic {{LICENSE:MD28841}}.
Signed {{DATE:9/4/24}}.  Employee ID {{ID:APM-10447}}.`,

  `SCHOOL NOTE / 504 PLAN SUPPORT
{{DATE:01/08/2024}}
Student: {{NAME:Emmanuel Osei}}   Grade 7   DOB {{DATE:3/3/2011}}
School: {{FACILITY:Jefferson Middle School}}, attn school nurse {{NAME:Brenda Kuhl}}, fax {{FAX:555-364-2209}}
Dx: type 1 diabetes (dx {{DATE:11/2023}}), on MDI: glargine 14 u qAM, lispro 1 u:12 g carb + correction 1 u:50 >150. Libre 3 sensor; reader serial {{DEVICE:MGJL-4409-1183}}, shares to mom's phone.
Accommodations: snacks in class, unlimited water/bathroom, BG checks anywhere, extra time on tests if BG <70 or >300, glucagon trained staff on bus #12 and at {{FACILITY:Northside Boys & Girls Club}} after school.
Parents: {{NAME:Akosua Osei}} {{PHONE:555-364-8841}} (texts ok), {{NAME:Kofi Osei}} {{PHONE:555-364-8846}}.
Endocrine: Dr. {{NAME:Villanueva}}, next {{DATE:2/13}}.
{{NAME:Harriet Blumberg}}, MD  {{FACILITY:Lakeside Pediatrics & Family}}`,

  `AUDIOLOGY REFERRAL / HEARING AID NOTE
{{NAME:Reginald Fairweather}}  88 yo  DOB {{DATE:7/19/1935}}  MRN {{MRN:HF-220193}}  {{DATE:6/25/2024}}
Wife {{NAME:Opal}} reports TV very loud, he misses doorbell. Whisper test failed bilat. Cerumen impaction L removed with curette; R TM clear. Weber midline, Rinne AC>BC bilat.
Prior aids (2017) lost at {{FACILITY:Harbor View Golf Club}}: L SN {{DEVICE:PH-19-4471829}}, R SN {{DEVICE:PH-19-4471830}} - reported lost to manufacturer.
Referral to {{FACILITY:Coastal Hearing Center}}, {{ADDRESS:900 Shore Rd, Suite 4}}, {{LOCATION:Wells}}, ME; ref {{ID:REF-HA-30921}}.
Cognitive: Mini-Cog 5/5.
Pt prefers calls to home landline {{PHONE:207 555 0162}}; son {{NAME:Cliff}} handles email {{EMAIL:cliff.fairweather@example.com}}.
{{NAME:Joanna Pettigrew}}, PA-C`,

  `DERMATOLOGY E-CONSULT REQUEST
Pt: {{NAME:Benedetta Russo}}  DOB {{DATE:12/12/1972}}  MRN {{MRN:0339184}}   {{DATE:Feb 27, 2024}}
Question: facial erythema, papules, telangiectasias x 1 yr, flushing with wine; ? rosacea vs lupus (ANA neg {{DATE:1/2024}}). Failed metronidazole 0.75% gel x 3 mo.
Images uploaded: full-face frontal {{PHOTO:DERM-0339184-01}} and L profile {{PHOTO:DERM-0339184-02}} (face visible, consent signed), dermatoscopic image of L cheek lesion.
Works as a hairstylist at {{FACILITY:Bella Vita Salon}} in {{LOCATION:Providence}}; sun exposure on weekends sailing in {{LOCATION:Narragansett}}.
Meds: lisinopril 10, sertraline 50. Mother had Hashimoto's. Sister {{NAME:Chiara}} with similar rash.
e-Consult # {{ID:EC-2024-0227-118}} to Dr. {{NAME:Abernathy}} at {{FACILITY:Pawtuxet Skin Center}}.
Reply expected within 3 business days. Requested by {{NAME:Lorenzo Gallo}}, MD`,

  `FLU CLINIC ROSTER - {{FACILITY:St. Bartholomew's Parish Hall}} - {{DATE:Sat 10/5/2024}}
Name                   DOB          Plan / member #               Vaccine  Lot
{{NAME:Alvarado, Pedro}}      {{DATE:01/14/1950}}   Medicare {{HEALTH_PLAN:2RE4-KN9-XT37}}   HD-IIV4  U8801
{{NAME:Bianchi, Rosa}}        {{DATE:03/22/1948}}   Medicare {{HEALTH_PLAN:7WQ1-HP3-GD05}}   HD-IIV4  U8801
{{NAME:Chen, Wei}}            {{DATE:11/30/1985}}   Summit Mutual {{HEALTH_PLAN:SM5501873}}   IIV4     K2290
{{NAME:Dubois, Anne-Marie}}   {{DATE:7/4/1933}}    Medicare {{HEALTH_PLAN:4TN8-CV2-JM90}}  HD-IIV4  U8801   {{AGE:91}} y, son {{NAME:Luc}} signed
{{NAME:Eze, Chinedu}}         {{DATE:5/5/2001}}    self-pay                        IIV4     K2290
VIS edition 8/6/21 given to all. Vaccinators: {{NAME:TP}}, {{NAME:RB}}. Reported to state registry {{DATE:10/7}}.`,

  `COVID-19 / VACCINE RECORD UPDATE
Pt: {{NAME:Harriet Ngata}}  DOB {{DATE:09/09/1946}}  MRN {{MRN:M-4401872}}
Reconciled from state IIS ({{DATE:10/18/2024}}) and pt's card (photo uploaded, no face):
  Pfizer #1   {{DATE:01/21/2021}}  {{FACILITY:Fircrest Community Center}}  lot EL9261
  Pfizer #2   {{DATE:2/11/2021}}   same                               lot EN6201
  Moderna bst {{DATE:10-29-2021}}  {{FACILITY:Proctor District Pharmacy}}       lot 939905A
  bivalent    {{DATE:9/30/2022}}   our clinic                         lot GH9694
  2023-24     {{DATE:Oct 12 2023}}  our clinic                        lot HH8812
  2024-25     today {{DATE:10/18/24}} lot LP3317 exp 05/2025
Shingrix x2 (2019), PCV20 2023, RSV {{DATE:9/2023}}.
Husband {{NAME:Wiremu}} also vaccinated today. Pt on rituximab for RA (Dr. {{NAME:Okoye}}) - may have blunted response.
Given by {{NAME:Stacey Huang}}, RN at {{FACILITY:North End Family Medicine}}, {{LOCATION:Tacoma}}.`,
  `TB SCREENING - employment
{{NAME:Kourtney Blackwood}}  DOB {{DATE:4/18/1999}}  MRN {{MRN:EH-558102}}
New hire CNA at {{FACILITY:Greenfield Manor Nursing & Rehab}}, start date {{DATE:07/01/2024}}. Employee # {{ID:GM-24-0613}}.
TST placed {{DATE:Mon 6/17/24 0940}} L volar forearm, PPD Tubersol 5 TU lot C6281AA exp 03/2026, by {{NAME:Yvette}}, LPN.
Read {{DATE:6/19/2024 1015}} (48 h): 0 mm induration. Negative.
Two-step: second TST placed {{DATE:6/24}}, read {{DATE:6/26}} - 0 mm. Symptom screen neg. No BCG. Born in {{LOCATION:Kingston}}, Jamaica; moved to {{LOCATION:Hartford}} 2010.
Also: Hep B titer reactive; varicella IgG pos; MMR x2 documented; Tdap {{DATE:05/2022}}; flu to be given {{DATE:October 2024}}.
Form faxed to employer health {{NAME:Pauline Osterhout}}, {{FAX:(860) 555-0138}}.
Pt contact: {{PHONE:860-555-0155}}, {{EMAIL:kourtneyb99@example.com}}.
{{NAME:Desmond Achebe}}, MD`,

  `IMMIGRATION MEDICAL EXAM (I-693) - civil surgeon notes
Applicant: {{NAME:Nguyen Thi Thu Ha}}   DOB {{DATE:15/03/1987}} (DD/MM on passport)   Sex F
Passport # {{ID:C4829173}} (Viet Nam)   A-Number {{ID:A-219-884-107}}
Exam dates: {{DATE:8/5/2024}}, {{DATE:8/12/2024}}. Photo ID verified against passport; applicant photo file {{PHOTO:I693_CS_0812_4471.jpg}}.
Born in {{LOCATION:Hue}}; lived in {{LOCATION:Ho Chi Minh City}} until 2022. Husband {{NAME:Tran Van Minh}} (US citizen) at {{ADDRESS:10412 Bolsa Ave, Unit 6}}, {{LOCATION:Westminster}}, CA {{ZIP:92683}}.
IGRA (QFT-Plus) neg, accession {{ID:QF-88312047}}. Syphilis neg. GC NAAT neg.
Vaccines: MMR, Tdap, flu given; varicella titer immune; hep B series docs {{DATE:12/2003}}, {{DATE:1/2004}}, {{DATE:6/2004}} from {{LOCATION:Da Nang}} clinic card.
No class A/B conditions.
Civil surgeon {{NAME:Philip Truong}}, MD, {{FACILITY:Little Saigon Family Clinic}}, {{PHONE:714-555-0177}}.`,

  `FARMWORKER CLINIC - mobile unit
{{DATE:6/28/24}}  Site: {{FACILITY:Sunridge Orchards}} housing camp, {{LOCATION:Wenatchee}} area
Pt {{NAME:Juan Carlos Hernández Mejía}}, 34 M, DOB {{DATE:02/02/1990}}, ID {{MRN:MU-77019}} (clinic MRN)
H-2A worker, crew leader {{NAME:Chuy}}; arrives from {{LOCATION:Zamora}}, Michoacán each April. Picks cherries 10-11 h, temp today 97F.
CC: headache, cramps, dark urine. BP 104/62, HR 108, temp 37.9. Orthostatic. Na 134 (POC), glucose 92.
Dx: heat exhaustion. Oral rehydration 1.5 L in unit, shade/rest; improved. Note to employer for 2 days rest.
Also: mild cough - tobacco 5 cig/d. Pesticide exposure denied; wears gloves.
Contact via WhatsApp {{PHONE:+52 555 118 4410}} or camp phone {{PHONE:509 555 0126}}.
Follow-up {{DATE:7/1}} at {{FACILITY:Columbia Valley Farmworker Health}}, {{ADDRESS:310 N Mission St}}.
{{NAME:Marisol Ybarra}}, RN / Dr. {{NAME:Esteban Quiroga}}`,

  `HOME VISIT - rural
{{DATE:November 19, 2024}}, arrived 1030. Pt {{NAME:Virgil Eckhardt}}, {{AGE:92}} y/o M, DOB {{DATE:5/2/1932}}
{{ADDRESS:RR 1 Box 46}}, off {{ADDRESS:County Road 12}}, {{LOCATION:Tripp}}, SD {{ZIP:57376}} - gravel drive past the {{FACILITY:Zion Reformed Church}}, second farm on left.
Lives with son {{NAME:Arlo}} (64) and daughter-in-law {{NAME:Bev}}. Old pickup in yard, plate {{VEHICLE:67-4418}}, no longer drives (keys kept by {{NAME:Arlo}}).
CHF NYHA II, AF on apixaban 2.5 BID, CKD 3b. Wt 71.4 kg (dry ~71). Trace edema. Lungs clear. BP 118/60.
Med reconciliation: found old digoxin bottle from 2019 - discarded.
Flu and COVID given (lots F2201, M4418). Next visit {{DATE:12/17}}.
Emergency: {{NAME:Bev}} {{PHONE:605-555-0119}}; nearest ED {{FACILITY:Hutchinson County Memorial}} (30 min).
{{NAME:Carla Jorgensen}}, NP, {{FACILITY:Prairie Home Visits}}`,

  `NURSE TRIAGE - chest pain
{{DATE:07/30/2024 08:12}} Caller: pt, {{NAME:Lamar Beauchamp}}, 61, DOB {{DATE:1/9/1963}}, from work at {{FACILITY:Gulf Shores Marina}}, cb {{PHONE:251-555-0104}}.
Pressure-like substernal CP since 0730 with L arm heaviness, sweaty. Hx HTN, HLD, smoker. Took nothing.
Protocol: Chest pain - adult. Disposition: call 911 now.
Advised chew aspirin 325 mg if not allergic; pt states coworker {{NAME:Dwayne}} has some. Pt reluctant - "it's probably my reflux." Stayed on line while coworker called 911; EMS on scene 0824.
Wife {{NAME:Cheryl Beauchamp}} notified at {{PHONE:(251) 555-0105}}; she will meet him at {{FACILITY:South Baldwin Regional}}.
F/u: {{DATE:7/30}} 1545 ED notes: NSTEMI, cath with DES to LAD. PCP Dr. {{NAME:Ashworth}} notified; hospital f/u within 7 d of d/c.
{{NAME:Tammy Lee Rutledge}}, RN`,

  `AFTER-HOURS ANSWERING SERVICE LOG  {{DATE:Sat-Sun 3/16-3/17/24}}
2114  Mrs. {{NAME:Alston}} re husband {{NAME:Clarence}}, low BS 58 after insulin -> juice, recheck 112; advised call Mon. cb {{PHONE:555-201-0048}}
2340  {{NAME:Becca}} ({{NAME:R. Yoon}}'s mom) toddler croup barky cough, no stridor at rest -> cool air, ED if stridor. cb {{PHONE:5552013391}}
0215  caller refused name, wanted oxycodone refill -> declined; voiceprint flag {{BIOMETRIC:VP-4471-0093}} matched prior caller.
0705  {{NAME:Hank Ostrowski}} fell shoveling at church ({{FACILITY:Holy Trinity}}); wrist swollen -> urgent care at {{FACILITY:Westgate Urgent Care}}.
1322  pharmacy ({{FACILITY:Deerfield Drug}}, {{PHONE:555-201-7700}}) - Rx clarification for {{NAME:Ida Marsh}} (DOB {{DATE:4/1/1940}}): nitrofurantoin with eGFR 28 -> on-call changed to cephalexin.
On call: Dr. {{NAME:Pavlovic}}. Log reviewed {{DATE:Mon 3/18}} by {{NAME:jk}}.`,

  `FAMILY CARE CONFERENCE
{{DATE:Thursday, 9/12/2024 1600}}, clinic conf rm B
Pt: {{NAME:Cecilia Marchand}}, 87, DOB {{DATE:10/17/1936}}, MRN {{MRN:0028713}}
Present: daughter {{NAME:Yvonne Marchand-Pike}} (POA) from {{LOCATION:Baton Rouge}}, son {{NAME:Andre Marchand}} by phone from {{LOCATION:Houston}}, granddaughter {{NAME:Chloe Pike}}, neighbor Mr. {{NAME:Boudreaux}} (checks on her daily), SW {{NAME:Latrice Guidry}}.
Issues: Alzheimer dementia progressing (MoCA 14), 2 falls, left stove on x2, missed warfarin doses.
Options: move in with {{NAME:Yvonne}} vs {{FACILITY:Bayou Oaks Memory Care}} (waitlist) vs daytime sitter via {{FACILITY:Acadiana Home Companions}}.
Decision: sitter 8a-6p starting {{DATE:9/23}}, switch warfarin to apixaban, stove knob covers, bed alarm.
Pt's home: {{ADDRESS:506 Rue Chartres}}, {{LOCATION:Breaux Bridge}}. Pt was included and agreed.
{{NAME:Marcel Thibodeaux}}, MD`,

  `PHARMACY CALL - interaction
{{DATE:2024-01-29 1140}}. {{NAME:Kim}}, RPh at {{FACILITY:Four Corners Apothecary}} ({{PHONE:555.326.9001}}, fax {{FAX:555.326.9002}}) re: {{NAME:Helmut Graber}}, DOB {{DATE:01/02/1950}}, Rx #{{ID:7731082}}.
New clarithromycin 500 BID from urgent care (Dr. {{NAME:Sato}}) + simvastatin 40 + amlodipine 10 -> interaction (myopathy, hypotension).
Pt voice-verified on their IVR refill line (voiceprint {{BIOMETRIC:IVR-VP-330184}}) - pharmacy notes.
Plan per Dr. {{NAME:Rautenberg}}: change to doxycycline 100 BID x 7 d; hold simvastatin during course. Pharmacist to counsel pt; pt's wife {{NAME:Anneliese}} picks up.
Pt's A1c 6.6, LDL 92; no other changes.
Documented by {{NAME:Rosa Tellez}}, MA. Order {{ID:RX-CHG-004417}}.`,

  `PORTAL PROXY ACCESS REQUEST
Submitted {{DATE:11/02/2024 20:16}} via {{URL:https://portal.greenvalleyfm.example/proxy/request}}
Requester: {{NAME:Danielle Fortier}} (mother), username {{ID:dani.fortier}}, {{EMAIL:danifortier@example.net}}, IP {{IP:203.0.113.84}}
Patient: {{NAME:Maxime Fortier}}, 13 y/o, DOB {{DATE:03/31/2011}}, MRN {{MRN:GV-559201}}
Also requested for: {{NAME:Elodie Fortier}}, 9, DOB {{DATE:7/22/2015}}
Reviewed {{DATE:11/4/2024}} by {{NAME:Paige Whitlow}}, HIM: ID verified (DL {{LICENSE:F632-114-88-420}}); custody - joint, dad {{NAME:Julien Fortier}} also has proxy.
Per policy, age 12-17 proxy is limited (no confidential notes). {{NAME:Maxime}} consented by phone {{PHONE:555-902-1143}}.
Approved. Activation code emailed; expires {{DATE:11/11/24}}.`,

  `NURSE E-MAIL / SECURE MESSAGE THREAD
{{DATE:4/2/24}} {{NAME:sue ellen parrish}} wrote:
"heres my bp's since the new pill. {{DATE:4/1}} am 152/94 pm 140/88, {{DATE:3/31}} 148/90. i feel dizzy when i get up fast. also do i still take the water pill?? {{NAME:hank}} says no. ph {{PHONE:555 448 0912}}"
{{DATE:4/2/24}} {{NAME:Jill Amundsen}}, RN:
"Hi {{NAME:Sue Ellen}}, yes keep HCTZ 12.5 mg daily and losartan 50 mg (started {{DATE:3/25}}). Rise slowly. Please check sitting after 5 min rest and send readings {{DATE:Friday 4/5}}. If dizzy with falls or BP <100, call us at {{PHONE:(555) 448-2000}}."
{{DATE:4/5/24}} {{NAME:sue ellen}}: "138/84, 134/80, 131/82. dizzy better. my sister {{NAME:Darla}} in {{LOCATION:Muncie}} says hi lol"
Routed to Dr. {{NAME:Kessler}}: BP improving; continue; visit in 4 wk ({{DATE:5/3}}). BMP ordered.`,
  `WEIGHT MANAGEMENT - 6 month f/u
{{NAME:Precious Mahlangu-Ford}}  DOB {{DATE:8/8/1982}}  MRN {{MRN:WM-0044718}}   {{DATE:June 4th, 2024}}
Wt 112.4 kg -> 101.8 kg (-9.4%), BMI 41.2 -> 37.3. Tirzepatide 10 mg weekly (PA # {{ID:PA-77310482}} approved through {{DATE:12/3/2024}}). Nausea resolved. A1c 6.4 -> 5.7. TG 220 -> 141. ALT 52 -> 29.
Exercise: water aerobics at {{FACILITY:Westside YMCA}} M/W/F with friend {{NAME:Loretta}}; walks to daughter {{NAME:Zanele}}'s school pickup at {{FACILITY:Hillcrest Academy}}.
PHQ-9 4 (was 11). Binge eating less. Sees dietitian {{NAME:Moira Keane}}, RD at {{FACILITY:Nourish Nutrition Counseling}}.
Insurance changed {{DATE:7/1}} to employer plan at {{FACILITY:Carrollton Credit Union}} - new member ID {{HEALTH_PLAN:CCU-4418-2207}}; will need new PA.
Plan: continue 10 mg; resistance training; RTC 3 mo ({{DATE:9/3}}).
{{NAME:Oyelaran}}, MD / {{NAME:ck}}`,

  `SLEEP STUDY REFERRAL / PRE-CERT
Pt: {{NAME:Dwight Henley Marsh}}  DOB {{DATE:12/30/1971}}  SSN {{SSN:318-44-9021}}  MRN {{MRN:0491827}}
Ref date {{DATE:2/6/2024}}. To: {{FACILITY:Sandhills Sleep Center}}, fax {{FAX:910-555-0146}}.
Loud snoring, witnessed apneas (wife {{NAME:Gloria}}), ESS 15, STOP-BANG 7, neck 18 in, BMI 38, HTN resistant on 3 agents. Drove off road on {{ADDRESS:I-95 near exit 56}} {{DATE:1/22/24}} - dozed.
Advised no driving while drowsy; works as long-haul driver for {{FACILITY:Cape Fear Logistics}} - CDL {{LICENSE:NC 30448127}} (DOT card due {{DATE:3/2024}}).
Insurance: Tar Heel Health, ID {{HEALTH_PLAN:THH-0098-117734}}; pre-cert ref {{ID:PC-2024-04418}}.
HST acceptable if in-lab not available within 2 wk.
Pt cell {{PHONE:910-555-0153}}; best time after 6 pm.
Ordered by {{NAME:Rhonda Ellerbe}}, FNP   {{FACILITY:Lumber River Family Practice}}, {{LOCATION:Lumberton}}`,

  `VA COMMUNITY CARE - primary care visit
Veteran: {{NAME:Curtis Aldridge}}  DOB {{DATE:04/11/1948}}  ICN {{MRN:1012847739V448120}}  Visit {{DATE:01/26/2024}}
Referral (SEOC) # {{ID:VA0049381-0012}}; authorized through {{DATE:7/25/2024}}.
Vietnam-era Army (Agent Orange exposure), 76 yo. T2DM (A1c 7.6), PN, CAD s/p PCI 2015, PTSD (PCL-5 41), hearing loss with VA-issued aids.
Lives in {{LOCATION:Hillsdale}}, 90 mi from nearest VAMC; wife {{NAME:Darlene}} drives; American Legion Post buddy {{NAME:Skip Pruitt}} brings him to group at {{FACILITY:Hillsdale Vet Center}}.
Monofilament: decreased bilat; podiatry referral placed. Meds from VA mail-order; local fills at {{FACILITY:Hillsdale Family Pharmacy}}.
Records faxed to VA community care office {{DATE:1/26/24}}.
Pt's home {{ADDRESS:1744 Mauck Rd}}, {{LOCATION:Jonesville}}, MI {{ZIP:49250}}; ph {{PHONE:517-555-0168}}.
{{NAME:Lorraine Vos}}, DO  {{FACILITY:Baw Beese Family Medicine}}`,

  `SOCIAL NEEDS / FOOD INSECURITY NOTE
{{DATE:11/21/24}}  Pt {{NAME:Marisela Quintanilla}} (DOB {{DATE:9/25/1993}}), children {{NAME:Adrián}} (6) and {{NAME:Luz}} (14 mo).
Hunger Vital Sign positive. Husband {{NAME:Efrain}} lost job at {{FACILITY:Valley Packing Co}} in {{DATE:Sept 2024}}.
Resources given: WIC appt {{DATE:Mon 11/25}} at {{FACILITY:Hidalgo County WIC Clinic #7}}; food pantry Thursdays at {{FACILITY:Iglesia Bautista Emanuel}}, {{ADDRESS:1208 S 10th St}}, {{LOCATION:McAllen}}; SNAP application started (case {{ID:SNAP-TX-55018432}}).
Utility shutoff notice - electric co-op account {{ACCOUNT:MVE-0098127}} - referred to LIHEAP.
{{NAME:Luz}} due for 15 mo WCC and vaccines {{DATE:12/3}}; {{NAME:Adrián}} at {{FACILITY:Escandón Elementary}}.
CHW {{NAME:Nayeli Saenz}} will call {{PHONE:956 555 0149}} on {{DATE:12/2}}.
Spanish; interpreter not needed.`,

  `CONFIDENTIAL - IPV disclosure (restricted note)
{{DATE:5/17/2024}}  Pt {{NAME:Allison Graybill}}, 31, DOB {{DATE:10/04/1992}}, MRN {{MRN:0570012}}
Seen for "migraines"; alone in room disclosed partner {{NAME:Kyle Mercer}} has choked her twice, most recently {{DATE:5/12}}. HITS 14. Bruising L neck, petechiae none today. Danger Assessment 14 (severe).
Safety plan: go-bag at coworker {{NAME:Tasha}}'s; code word with sister {{NAME:Rebecca Graybill}} in {{LOCATION:Allentown}}. Do NOT call home number; safe number is work: {{FACILITY:Saucon Creek Dental}} {{PHONE:610-555-0131 ext 6}}.
Warm handoff to advocate {{NAME:Jo}} from {{FACILITY:Harbor of Hope Shelter}} (shelter), case # {{ID:TP-24-0587}}.
Photos of injuries taken with consent, stored in restricted media, no face.
Mailing address changed to {{ADDRESS:PO Box 3317}}, {{LOCATION:Bethlehem}}, PA {{ZIP:18017}}; portal disabled.
Strangulation: CT angio neck offered - declined today. Follow up {{DATE:5/24}} by phone at work.
{{NAME:Renata Kowalczyk}}, MD`,

  `ANNUAL PHYSICAL - 51 yo M
{{NAME:Theodore}} "{{NAME:Teddy}}"
{{NAME:Vanderslice}}   DOB {{DATE:03/05/1973}}   MRN {{MRN:AP-00
41872}}   {{DATE:Mar 6 2024}}
Registration: SSN {{SSN:221-40-6638}} updated; new address {{ADDRESS:77 Old County Rd,
Unit 14}}, {{LOCATION:Smithfield}}, RI {{ZIP:02917}}; cell {{PHONE:(401) 555-
0186}}.
Works as HVAC tech for {{FACILITY:Narragansett Mechanical}}. Married to {{NAME:Jen}}; kids {{NAME:Caleb}} (19, at {{FACILITY:Bristol Harbor College}}) and {{NAME:Mia}} (15).
PMH: HLD, GERD. ASCVD 10-yr 8.2%. LDL 161, HDL 39, TG 210, A1c 5.8. BP 138/86. BMI 30.1. PHQ-9 3. AUDIT-C 5.
Screening: colonoscopy - never; FIT-DNA vs colonoscopy discussed -> colonoscopy with Dr. {{NAME:Iannuccilli}}. PSA shared decision - declines.
Plan: atorvastatin 20; recheck lipids 8 wk; Shingrix at 50+ - #1 today; Tdap due (last 2012).
{{NAME:Giselle Medeiros}}, MD   {{NAME:GM}}/{{NAME:dt}}`,

  `CHART SUMMARY - year-end review
Pt: {{NAME:Ruth Abernathy-Coombs}}   {{AGE:91}}F   DOB {{DATE:02/28/1933}}   MRN {{MRN:RC-0001187}}
Review date {{DATE:12/30/2024}}.
Problems: HFpEF, AF (apixaban 2.5 BID), CKD 3b (eGFR 34), hypothyroid (levothyroxine 75), OA with Heberden nodes, macular degeneration, osteoporosis (T -3.1, zoledronic acid {{DATE:4/2022}}).
Encounters this year: AWV {{DATE:1/10}}, falls visit {{DATE:3/2}}, admission {{FACILITY:Kingsport General}} {{DATE:6/14-6/19/24}} (HF), TCM {{DATE:6/21}}, flu/COVID {{DATE:10/4}}.
Social: widowed (husband {{NAME:Harold}} d. 2015), lives in cottage behind daughter {{NAME:Nancy Coombs}}'s home, {{ADDRESS:3009 Netherland Inn Rd}}, {{LOCATION:Kingsport}}, TN. Great-grandson {{NAME:Eli}} visits.
Church: {{FACILITY:Netherland Heights Methodist}} ({{NAME:Nancy}} drives her).
Goals: stay home; DNR; MOST form on fridge. Dentist Dr. {{NAME:Feathers}}.
Next AWV {{DATE:1/2025}}. Reviewed by {{NAME:Alan Greer}}, MD`,

  `PORTAL ACCOUNT - security review
Ticket {{ID:IT-SEC-2024-0711}} opened {{DATE:07/11/2024 09:03}} by {{NAME:Marcus Hale}} (IT)
Account: {{ID:jmcallister_58}} (pt {{NAME:Judith McAllister}}, DOB {{DATE:2/9/1958}}, MRN {{MRN:0661492}})
Pt called {{PHONE:555-733-2241}}: got e-mail "new device login" at 2:14 am she didn't make.
Audit: logins from {{IP:192.0.2.115}} ({{LOCATION:Fargo}}, her usual) and {{IP:198.51.100.201}} (unknown, VPN exit abroad) on {{DATE:7/10}}; viewed lab results and visit summary only.
Actions: password reset, MFA enabled to {{EMAIL:judymac58@example.com}} and {{PHONE:555-733-9088}}; recovery email changed back from {{EMAIL:j.mcallister.help@example.net}} (not hers).
Privacy officer {{NAME:Colleen Barta}} notified; incident # {{ID:PRIV-24-0193}}.
Portal: {{URL:https://myhealth.redrivervalleyclinic.example/login}}
Pt also scheduled annual physical with Dr. {{NAME:Lindahl}} {{DATE:8/20}}.`,

  `PRE-PLACEMENT EXAM - school district employee
Applicant: {{NAME:Marisol Featherstone}}  DOB {{DATE:6/17/1995}}  SSN (last 4) {{SSN:8841}}
Position: bus driver / paraeducator, {{FACILITY:Prairie Lakes Community Schools}}   Employee # {{ID:PLCS-77120}}
Exam {{DATE:08/06/2024}}. Live-scan fingerprints done at {{FACILITY:Hawkeye Fingerprinting Services}}; fingerprint record {{BIOMETRIC:FP-IA-20240806-33812}} for background check.
Drug screen (DOT 5-panel) chain-of-custody # {{ID:CCF-4418207}}: negative.
Vision 20/20 OU, hearing pass, BP 118/76, BMI 26. No seizures, no insulin. Hx asthma (childhood), none now.
Driver's license {{LICENSE:IA 884XK2207}}, bus endorsement pending.
TB risk screen negative. Hep B series 2019 complete.
Cleared without restrictions. Copy to HR {{NAME:Denise Vogt}}, fax {{FAX:319-555-0142}}.
{{NAME:Kirsten Lund}}, PA-C  {{FACILITY:Cedar Valley Occupational Medicine}}`,

  `NURSE TRIAGE - call from camp nurse
{{DATE:07/17/2024 14:05}}. Caller: {{NAME:Bonnie Tuttle}}, RN, {{FACILITY:Camp Wildwood Pines}}, {{LOCATION:Rhinelander}}, WI; cb {{PHONE:715-555-0127}}.
Camper {{NAME:Elijah Brandvold}}, 10, DOB {{DATE:5/25/2014}}, our pt (MRN {{MRN:0845517}}); parents {{NAME:Tom}} & {{NAME:Kari Brandvold}} on vacation in {{LOCATION:Reykjavik}}, reachable by email {{EMAIL:kari.brandvold@example.com}}.
Red rash on R calf after tick found {{DATE:7/15}} (embedded <24 h). Expanding 6 cm annular, central clearing, no fever. Consistent with erythema migrans.
Per standing order and Dr. {{NAME:Sundberg}}: doxycycline 100 mg BID x 10 d (wt 32 kg, ok at this age), sun protection. Camp pharmacy: {{FACILITY:Oneida Street Pharmacy}} {{PHONE:715-555-0128}}.
Parents' plan card: Northwoods Health member {{HEALTH_PLAN:NWH0044817-03}}.
Mom emailed back {{DATE:7/17}} 16:40 - agrees. F/u at our clinic after camp, {{DATE:Tue 7/30}}.
{{NAME:Greta Halvorson}}, RN`,
];

export const HELDOUT_REALISTIC_90_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout90-${i + 1}`, n));
