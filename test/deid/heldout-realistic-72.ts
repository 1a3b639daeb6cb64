// A seventy-second held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone numbers are 555 numbers; towns and cities are real
// places used only as LOCATION). It leans towards short and terse clinical text packed several
// entries to a note: lower-case nursing shorthand, text-message-like handoffs and secure chats,
// pager logs, bed-board and census lines, whiteboard transcriptions, med-pass notes, wound-care
// logs, dialysis run sheets, home-visit notes from rural nurses, pharmacy refill calls, lab
// critical-value calls, ambulance radio reports and triage one-liners. It is heavy on initials,
// nicknames and first names alone, misspelt names and places, abbreviations and eponyms that look
// like names and are not (Foley, Hoyer, TED hose, MAR, Will, Pat, Max assist, Fowler, Quinton,
// Sims, Norco 5/325, 4/5 strength, BP 142/88), small towns, ranches, reservations, chapter houses,
// rural routes and highway mile markers, compact times and dates (0700, 3/4, 3/4/24, 03042024,
// 4MAR24), ages over 89 written as 91yo, 92F or ninety-three, and every identifier type at least
// a few times, next to rooms, beds, dialysis chairs and machine numbers, EMS unit numbers, lot and
// NDC numbers, doses, scores and lab values, which are not PHI.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-4.ts: titles stay
// outside NAME spans; MIMIC placeholders are annotated over their content (brackets outside),
// typed by what they stand for; a time attached to a full date is part of it; a weekday written
// with a date is part of it; payers, their departments and fax lines, and state or federal agencies
// are not PHI; schools, employers, churches, shelters, clubs, prisons, labs, transport and home-care
// agencies and a patient's pharmacy or DME supplier are FACILITY; insurer and Medicare/Medicaid
// member numbers are HEALTH_PLAN; billing, claim and utility numbers are ACCOUNT; NPI, DEA, state
// licences and driver's licences are LICENSE; plates and VINs are VEHICLE; pump, sensor, port,
// CPAP, ICD and implant serials are DEVICE; accession, order, authorization, requisition, case,
// incident, juror and employee numbers are ID; short in-house pagers and extensions are PHONE;
// lot, CLIA, NDC and trial numbers and a lot's expiry date are not PHI. Also: honorifics in other
// languages (Ong, Hastiin, Pere, Mama, Brother) stay outside NAME spans like titles; a highway
// mile marker or intersection where a person was is ADDRESS; a date range written as one token
// (4/11-4/15/92) is one DATE span; a city abroad is LOCATION wherever it appears.
// Added for this set: a month/day without a year (3/4, mar 13, 27 mar 24) is a DATE;
// a clock time next to a month/day without a year stays outside the span (3/4 0700 ->
// [3/4] 0700), while one attached to a date with a year is inside; compact all-digit dates
// (03042024, 030424) and military-style dates (4MAR24) are DATE; an age over 89 is AGE however it
// is written (91yo -> [91]yo, 92F -> [92]F, [ninety-three]), ages of 89 and under are not; a
// nickname, first name alone, last name alone, lower-case name or initials standing for a person
// (pt, family or staff, incl. typist and signer initials like -TK) are NAME, one span per
// occurrence, and a nickname in quotes or brackets is its own span; ranches, reservations,
// pueblos, villages, chapters and rural communities as places are LOCATION, while a chapter house,
// clinic, trading post, ranch or school as an employer or a place of care is FACILITY; rural routes,
// HC/RR boxes, PO boxes, BIA/county road addresses and mile markers are ADDRESS; EMS unit and rig
// numbers, dialysis chairs and machine numbers, rooms and beds, and team pagers named by function
// written without a number are not PHI; an EMS run number, a critical-value call reference and a
// refill request number are ID; a home PD cycler, CGM transmitter or pump serial is DEVICE; a
// file name or reference number of a patient's face photo is PHOTO; a fingerprint, palm-vein or
// voiceprint template number is BIOMETRIC.
// Also: kin terms and honorifics (Mamaw, Uncle, Aunt, Grandpa, Sister, Pr., Sra., Sr., Don, Atty.,
// Sgt, Cpl., Agent) and newborn labels (baby girl, baby boy, Baby, Twin A) stay outside NAME spans,
// and a Yup'ik kin term used as a form of address ("Aaka") is not annotated; trauma aliases
// (TRAUMA, TANGO; DOE, ZULU) are NAME; an age over 89 written in error is still AGE; a hospital
// hailed on the radio by its short name is FACILITY; a county named with Co (Elko Co, Custer Co) is
// LOCATION; tribal citizen, passport, booking, badge and parcel tracking numbers are ID; a VA ICN
// is MRN; MIMIC placeholders standing for a country or a state are not annotated; a medicine's
// expiry, a pharmacy's delivery van, a government vehicle number and wound photos without a file
// reference are not PHI; a mention of a name as a word ("June is pt's name") is still NAME.
// First run (token recall / precision, before anyone read the misses): pass-15 final engine
// (0cc1bf1) 0.9059 / 0.9437; pass-16 engine (298d777, whose rules were made without this set) 0.9061 / 0.9437. Written by a
// helper that read only the README's types and guideline, set 6's header and `parseMarked`, and never ran the engine.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `3W CENSUS {{DATE:3/4/24 0600}} - night charge {{NAME:Roxanne}} / day charge {{NAME:Bev T.}}
301A {{NAME:YAZZIE, Lorraine}} {{AGE:91}}F MRN {{MRN:00718832}} - CHF exac, 2L NC, strict I&O, Morse 65, DNR/DNI, dtr {{NAME:Arlene}} {{PHONE:928-555-0163}}
301B empty, EVS called x2
302 {{NAME:BEGAYE, Tom}} 67M MRN {{MRN:00422190}} - LLE cellulitis, vanc trough due 0530 (drawn late), poss DC today, ride = nephew from {{LOCATION:Many Farms}}
303 {{NAME:TSOSIE, Irene}} "{{NAME:Renie}}" 88F MRN {{MRN:00650014}} - UTI/AMS, 1:1 sitter, Foley d/c'd {{DATE:3/3}}, voiding ok
304 {{NAME:Wm. Nakai}} 79M MRN {{MRN:00301776}} - s/p fall at {{FACILITY:Pinon Mesa Sr Living}}, R hip fx, OR w/ Dr {{NAME:Hadley}} ~1000, NPO since MN
305 {{NAME:Harrison Blackgoat}} 54M MRN {{MRN:00912254}} - DKA resolved, off drip, FSBS q4h, SW consult re no power/water at home ({{ADDRESS:HC 61 Box 2207}}, {{LOCATION:Chinle}})
306 {{NAME:Ethel Mae Curley}} {{AGE:ninety-four}} F - xfer from {{FACILITY:Ganado clinic}} overnight, MRN pending, temp # {{MRN:T-44102}}
307 {{NAME:Alvina Bitsui}} 71F MRN {{MRN:00733419}} - GI bleed, 2u PRBC {{DATE:3/3}}, hgb 8.4, EGD today w/ Dr {{NAME:Kuo}}, NPO. hubby {{NAME:Kee}} sleeps in chair, ok per charge.
308 {{NAME:Rufus Yellowman}} {{AGE:100}}M (b-day last wk!) MRN {{MRN:00120087}} - pna, improving, PT eval, home w/ granddaughter {{NAME:Shonie}} in {{LOCATION:Lukachukai}} {{PHONE:928-555-0191}}.
Float: {{NAME:Kassidy}} (CNA) on 3W until 1100. Call bed mgmt x{{PHONE:4410}} before taking ED holds.`,
  `PAGER LOG 4 North  {{DATE:Tues 3/5/24}}
0012 -> pgr {{PHONE:2231}}: rm 418 Mr {{NAME:Ottley}} K 6.2 on AM lab (hemolyzed?), pls call {{NAME:Jen}} x{{PHONE:5519}}
0047 -> pgr {{PHONE:2231}}: 2nd page re 418, repeat K 6.0 not hemolyzed, ECG ?peaked T. -{{NAME:Jen}} RN
0105 cb from Dr {{NAME:Patel}} (nocturnist): kayexalate 15g, insulin 10u/D50, recheck 0500. ok.
0220 -> pgr {{PHONE:7780}}: rm 422 {{NAME:Gertrude Fenske}} {{AGE:93}}yo pulled PIV x2, pls eval for midline in am, no rush. -{{NAME:TK}}
0315 -> pgr {{PHONE:4402}}: rm 409 SBP 78, HR 128, pt {{NAME:Lutz, Dale}} MRN {{MRN:3318207}}, new confusion. RRT called 0316.
0440 lab -> floor: critical lactate 5.1 on {{NAME:Lutz}} rm 409, read back by {{NAME:A. Romero}} RN, ref {{ID:CV-0305-117}}
0555 -> pgr {{PHONE:2231}}: 418 K now 5.1. MAR updated. Will recheck w/ AM BMP. thx -{{NAME:Jen}}`,
  `[secure chat] {{DATE:03/05/2024 18:52}}  {{NAME:marisol}} -> {{NAME:dee}}
hey giving u 12 & 14 + the admit in 16
12 = mrs {{NAME:whitehorse}} ({{NAME:Vi}}), 90s, ok she's actually {{AGE:92}}, A&Ox2 baseline per dtr {{NAME:Cheryl}}, PRN tylenol 1800, tele box 27
14 = {{NAME:bobby k}} the biker lol, R tib fx ex-fix, dilaudid PCA, wife {{NAME:Tammy}} wants call if he gets loud {{PHONE:(605) 555-0148}}
16 = {{NAME:Duane Two Bulls}}, ED hold from {{FACILITY:Kyle clinic}}, pna, cx pending, MRN {{MRN:2207714}}, lives {{LOCATION:Wanblee}} w/ grandma, no phone, msg via {{NAME:Arvella}} at {{FACILITY:Wanblee day school}}? idk
{{NAME:dee}}: got it. is 12 still on the hoyer?
{{NAME:marisol}}: yes hoyer + TED hose, turn q2, sacrum pink blanchable
{{NAME:dee}}: k thx. {{NAME:Max}} (charge) said ur stuck til 1930 bc {{NAME:Kay}} called off
{{NAME:marisol}}: ugh ok. dont forget 16 needs 2nd set of blood cx from {{NAME:Ray}} (lab) before abx`,
  `MED PASS NOTES 2E - {{DATE:030524}} 0900 pass - {{NAME:L. Okafor}} LPN
rm 201 {{NAME:Hollis}}: metoprolol 25 held, HR 52 / BP 98/60, Dr {{NAME:Abernathy}} notified via pgr {{PHONE:3306}}. lasix 40 given.
rm 202 Mrs. {{NAME:Fyfe}}: refused KCl x2 ("horse pills"), crushed in applesauce ok per pharm {{NAME:Stan}} x{{PHONE:2290}}.
rm 204 {{NAME:Pete Running Crane}}: insulin glargine 18u, FSBS 212. Norco 5/325 1 tab for 7/10 R knee. re-eval 1000 = 3/10.
rm 205 {{NAME:Ewa Kowalczyk}} ({{AGE:96}}F): all meds crushed per SLP, nectar thick. coughing w/ 2nd cup, stopped, SLP re-eval req.
rm 207 {{NAME:Jr}} ({{NAME:Darnell Mathis Jr.}}): vanc 1.25g IV started 0915, pump Alaris ch B. trough {{DATE:3/6}} 0830.
Pyxis discrepancy: oxycodone 5mg count off by 1 at 0845, resolved w/ {{NAME:Carla}} (charge) - wasted tab not documented by nocs {{NAME:RB}}. Incident report {{ID:IR-24-00381}} filed.
Late: rm 206 heparin SQ given 0955 (pt in PT gym). MAR annotated.`,
  `WOUND CARE LOG - {{FACILITY:Cedar Hollow Nursing & Rehab}} - {{NAME:Jolene P.}} RN WCC
{{DATE:3/1}} {{NAME:Mabel Sorensen}} (rm 14) {{AGE:97}}yo - sacral stg 3, 4.1 x 3.0 x 0.6, 20% slough, mod serous. santyl + moist gauze, bordered foam. Braden 12. air mattress ok.
{{DATE:3/1}} {{NAME:Hank Dreessen}} (rm 9) - L heel DTI, 3 x 2.5 purple, intact. float heels, prevalon boot. photo to chart (no face).
{{DATE:3/4}} {{NAME:Sorensen}} - 4.0 x 3.0 x 0.5, slough 10%, edges attached. cont same. dtr {{NAME:Karen Lindqvist}} updated {{PHONE:701-555-0132}}.
{{DATE:3/4}} {{NAME:Dreessen}} - unchanged. pedal pulses by doppler. Dr {{NAME:Mbeki}} aware, vascular consult at {{FACILITY:Souris Valley Vascular}} {{DATE:3/12}}.
{{DATE:3/6}} {{NAME:Ruth Anne Ostby}} (rm 22) NEW - skin tear L forearm 2cm, steri + xeroform + kerlix. from wheelchair arm per CNA {{NAME:Brit}}.
{{DATE:3/8}} {{NAME:Sorensen}} - 3.8 x 2.9 x 0.5. Mepilex border sacrum chg q3d & prn. {{NAME:jp}}
family ph list updated; {{NAME:Sorensen}} POA now son {{NAME:Arnie}} in {{LOCATION:Williston}}.`,
  `HD RUN SHEET - {{FACILITY:Red Butte Dialysis}}  chair 6 / mach #14 (Fresenius 2008T)
pt {{NAME:Nez, Wilbert}}  MRN {{MRN:D-00341}}  DOB {{DATE:11/02/1953}}  M/W/F 1st shift
tx date {{DATE:03/04/2024}}  RN {{NAME:Gloria A.}}  PCT {{NAME:Shawn}}
pre: wt 81.6 / EDW 78.5, BP 168/92, HR 84, T 36.7, lungs crackles bases, +2 pitting BLE
access: L upper arm AVF, bruit/thrill +, cannulated 15g x2 first stick
dialyzer Optiflux 180NR, bath 2K/2.5Ca, Na 138, BFR 400, DFR 600, UF goal 3.3L, hep 2000u bolus/1000u hr
0640 start. 0730 BP 142/80. 0815 cramping, UF paused 10 min, NS 200. 0950 off. UF actual 2.9L.
post: wt 78.8, BP 132/76, needle sites hemostasis 8 min.
notes: pt says missed {{DATE:Fri 3/1}} bc truck broke down on {{ADDRESS:BIA Rte 59 near mile 12}}. lives ~70 mi out past {{LOCATION:Rough Rock}}. SW {{NAME:Verna}} working on transport via {{FACILITY:Dine Ride}}. cousin {{NAME:Leroy}} can drive Wed {{PHONE:928-555-0119}}.
next tx {{DATE:Wed 3/6}}. MD rounds Dr {{NAME:Greyeyes}}.
--- {{DATE:03/06/2024}} (Wed) RN {{NAME:Carmelita}}: pre wt 80.9, BP 172/94. came w/ cousin {{NAME:Leroy}}, 2 hr drive. 2nd stick infiltrated (arterial) - re-stuck below, ice. BFR 350 only. UF 2.8L, post 78.2. SW {{NAME:Verna}}: {{FACILITY:Dine Ride}} approved from {{DATE:3/11}}, pickup 0430 at {{FACILITY:Rough Rock chapter house}} - pt prefers {{FACILITY:Rough Rock trading post}}. ref {{ID:DR-88120}}.`,
  `HOME VISIT - {{FACILITY:Sagebrush Home Health}} - {{NAME:R. Haugen}} RN
{{DATE:3/5/24}} drove out to {{LOCATION:Double K ranch}}, {{ADDRESS:2214 Cty Rd 390}}, {{LOCATION:Ekalaka}} {{ZIP:59324}}. 94 mi rt. road muddy past cattle guard.
pt {{NAME:Clarence}} "{{NAME:Bud}}" {{NAME:Kittelson}}, {{AGE:90}}yo, CHF/COPD. sitting in recliner, 2L O2 concentrator (Invacare), wife {{NAME:Doris}} 86 present.
VS 128/70, 88 irreg, RR 22, SpO2 91% on 2L. wt 172 (up 3# since {{DATE:2/27}}). +1 ankle edema.
meds reviewed - lasix bottle empty since sun. {{NAME:Doris}} called {{FACILITY:Baker drug}} {{PHONE:406-555-0171}}, will mail. gave extra 40 from emergency kit per Dr {{NAME:Solberg}} tele-order.
{{NAME:Bud}} says "I'm fine", wants to be at branding in april. discussed weights daily, call if up 3#.
hired man {{NAME:Tuck}} checks on them daily, # {{PHONE:406-555-0127}}.
next visit {{DATE:3/12}} unless roads close. if unable, phone visit.
{{DATE:3/5/24}} 1610 addendum: phoned Dr {{NAME:Solberg}} office ({{FACILITY:Carter Co clinic}}) {{PHONE:406-555-0170}}, gave wt trend + edema. order: lasix 40 bid x3d then daily, BMP at clinic {{DATE:3/8}} if roads allow, else draw at next visit. {{NAME:Doris}} read back. also: {{NAME:Bud}}'s L great toenail thick/ingrown, podiatry referral req. refused flu shot again ("never had one, never will"). safety: throw rugs in kitchen, rifle by back door - discussed, {{NAME:Doris}} says unloaded now.
mileage {{NAME:RH}} 188.`,
  `RX REFILL LINE - {{FACILITY:Ridgeline Pharmacy}} voicemail transcriptions {{DATE:3/6}}
1) 0814 {{NAME:Loretta}} calling for her husband {{NAME:Gene Albers}} dob {{DATE:4/9/32}}, needs his eliquis 5 and the water pill, cb {{PHONE:406.555.0190}}. req# {{ID:RF-88213}}
2) 0832 "this is {{NAME:Dub}} from out {{LOCATION:Lodge Grass}} way, need my sugar pills, metforman, the 1000s" no last name, no dob. cb {{PHONE:4065550154}}. tech {{NAME:Kaylee}} matched to {{NAME:Wendell Old Elk}} MRN {{MRN:600221}} by phone #.
3) 0901 Dr {{NAME:Frankl}} office ({{NAME:Sue}}) re {{NAME:Opal Dahl}} {{AGE:99}}yo - d/c coumadin, start apixaban 2.5 bid. fax to follow {{FAX:406-555-0188}}.
4) 0927 {{NAME:Lupe}} for {{NAME:Jesus}} "{{NAME:Chuy}}" {{NAME:Arreola}} - asks if MT Medicaid covers the pen needles. member # read off card {{HEALTH_PLAN:MT4418820771}}.
5) 0944 pt {{NAME:Helmer}} hung up. no #.
Notes: #1 filled, #2 filled after dob verified {{DATE:12/19/1951}}, #3 pending fax, #4 PA needed, #5 ?`,
  `LAB CRITICAL VALUE CALL LOG - {{FACILITY:St. Brigid of the Plains}} core lab - night
{{DATE:03/06/2024 01:14}} K 6.9 (hemolysis index 0) pt {{NAME:DOUCETTE, MARIE}} MRN {{MRN:44-10-873}} acc {{ID:C24066-0081}} -> called 4W, spoke to {{NAME:Brianna}} RN, read-back yes. tech {{NAME:MH}}
{{DATE:03/06/2024 02:40}} Hgb 5.8 pt {{NAME:Arcand, Louis}} {{AGE:95}}M MRN {{MRN:44-22-019}} acc {{ID:C24066-0117}} -> ED, spoke to Dr {{NAME:Nwosu}}, read-back yes. {{NAME:MH}}
{{DATE:03/06/2024 03:05}} plt 11 pt {{NAME:Keplinger}} MRN {{MRN:44-31-556}} -> onc floor, no answer x2, called house sup {{NAME:Deb}} pgr {{PHONE:6611}}, reached {{NAME:Sam}} RN 0312. read-back yes.
{{DATE:03/06/2024 04:22}} glucose 38 POC confirm pt {{NAME:Little Thunder, J.}} MRN {{MRN:44-09-900}} -> 2W {{NAME:Ana}} RN aware, already treated.
{{DATE:03/06/2024 05:50}} INR 8.4 outpatient draw (nursing home) pt {{NAME:Ginny Pruett}} -> {{FACILITY:Prairie Rose Manor}} {{PHONE:605-555-0110}}, spoke to {{NAME:Teri}} LPN, she will call Dr {{NAME:Hauck}}. read back yes.
QA: delayed call 03:05 (7 min), notified supervisor {{NAME:K. Breuer}}, QA review due {{DATE:mar 13}}.`,
  `EMS RADIO - {{FACILITY:Sage Flats Regional}} ED base station {{DATE:3/6/24}}
1342 Medic 7: "{{FACILITY:Sage Flats}}, Medic 7, we're en route priority 2 with a {{AGE:91}}-year-old female, ground level fall at residence, {{ADDRESS:417 W Elm}}, {{LOCATION:Broadus}}. pt {{NAME:Inga}}, last name {{NAME:Halvorsen}}. L hip shortened, rotated. A&O x3. BP 150/90, HR 96, sat 95 RA. 4 of fentanyl? correction, 50 mcg fentanyl given. ETA 45." rcvd {{NAME:CJ}} RN
1410 Medic 7: update, pt's son {{NAME:Lars}} following in private vehicle, grey Silverado plate {{VEHICLE:MT 2-41877A}}, pls direct to ED lot.
1418 Rescue 3 ({{FACILITY:Powder River Vol Fire}}): "coming in w/ 34 yo M, horse kick to chest at {{LOCATION:Bones Bros ranch}}, stable, PTX?, ETA 1 hr". run # {{ID:24-0306-22}}.
1503 Medic 7 arrived. handoff to {{NAME:CJ}}, run # {{ID:24-0306-19}}.
1612 Rescue 3 arr. pt {{NAME:Tyrell Redd}}, 34. lung sounds dim L. to trauma bay 2.`,
  `ED TRIAGE ONE-LINERS {{DATE:3/7/24}} (triage RN {{NAME:Kolby}})
0712 {{NAME:Abshir Warsame}} 44M c/o CP x2h, diaphoretic, EKG in 6 min, ESI 2, MRN {{MRN:5510342}}
0718 baby girl {{NAME:Tso}} 3wk, fever 38.4 rectal, mom {{NAME:Kateri}} 19, ESI 2
0731 {{NAME:Ferris, Alma}} {{AGE:92}}F from {{FACILITY:Golden Age Manor}}, ? UTI, confused, ESI 3, facility ph {{PHONE:575-555-0135}}
0744 "{{NAME:Shorty}}" (declines full name) ~50s M etoh, lac forehead, ESI 4, police Ofc. {{NAME:Baca}} badge {{ID:1147}} w/ pt
0750 {{NAME:Maddox Pena}} 7M wheeze, albuterol x2 at home, ESI 3, parent {{NAME:Yesenia}} {{PHONE:575-555-0199}}
0806 {{NAME:Joaquin Lente}} 61M hx ESRD, missed HD, K pending, ESI 2, HD at {{FACILITY:Isleta dialysis}} MWF
0815 {{NAME:Doreen Kills Crow}} 38F abd pain, + preg test at {{FACILITY:Chinle clinic}} yest, ESI 3
0829 {{NAME:Horace Mims}} {{AGE:ninety-one}}, SOB, DNR bracelet, ESI 2, son {{NAME:Reggie}} at bedside
0840 "{{NAME:Bear}}" {{NAME:Yellowhorse}} 29M L hand crush (hydraulic press at {{FACILITY:Tri-State Feed & Grain}}), ESI 3, employer contact Mr. {{NAME:Quist}}`,
  `ICU WHITEBOARD (transcribed for handoff) {{DATE:Thurs 3/7}}
BED 1 {{NAME:Sandoval}} | RN {{NAME:Gabe}} | levo 0.08, vaso 0.03 | art line R rad | family: wife {{NAME:Pilar}} {{PHONE:505-555-0184}} | goal MAP >65
BED 2 {{NAME:MCCLOUD}} | RN {{NAME:Gabe}} | CIWA q1h, precedex | 4pt restraints renewed 0800 | no visitors per pt
BED 3 {{NAME:Whitlock, J}} {{AGE:90}}yo | RN {{NAME:Tish}} | CMO - comfort | chaplain Fr. {{NAME:Duggan}} at 1000 | dtr flying in from {{LOCATION:Winnipeg}}
BED 4 empty - clean
BED 5 {{NAME:Begay}} (NOT {{NAME:Begaye}} in 7!) | RN {{NAME:Tish}} | vent PS 10/5, SAT/SBT 0900 | OGT TF @ 45 | MRN {{MRN:00877105}}
BED 6 {{NAME:Kruse}} | RN {{NAME:Pauly}} | CRRT, Prismaflex, filter chg due 1400 | citrate | iCa q6h
BED 7 {{NAME:Begaye}} | RN {{NAME:Pauly}} | DKA, insulin gtt 6u/h, AG 18 | FSBS q1h | pt from {{LOCATION:Teec Nos Pos}}
INTENSIVIST: Dr {{NAME:Sorrell}} pgr {{PHONE:6820}} | RT: {{NAME:Moe}} x{{PHONE:2214}} | charge: {{NAME:Tish}}
** name alert ** {{NAME:Begay}} bed 5 / {{NAME:Begaye}} bed 7 - verify 2 identifiers every time!`,
  `Nursing progress note [**{{DATE:2148-3-7}}**] 0300
pt [**{{NAME:Known lastname 4471}}**] {{AGE:93}}yo F, A&Ox1 (self only). VSS: 132/64, 78 SR, 18, 97% 2L NC, afeb. neuro: MAE, weak R grip 4/5, L 5/5, perrla. CV: S1S2, no edema. resp: coarse bilat, sxn'd for mod thick tan. GI: TF Jevity 1.2 @ 40 via dobhoff, residual 20. GU: foley draining clear yellow 30-60cc/h. skin: coccyx stg 2 Mepilex intact, turned q2h, HOB 30 semi-Fowler's.
social: dtr [**{{NAME:Name (NI) 8812}}**] called 2300 from [**{{LOCATION:Location (un) 1190}}**], updated. son [**{{NAME:First Name8 (NamePattern2) 552}}**] is HCP, ph [**{{PHONE:Telephone/Fax (1) 6631}}**].
plan: cont abx (vanc/zosyn), f/u sputum cx sent [**{{DATE:3-6}}**], ?PEG discussion w/ family [**{{DATE:2148-3-8}}**] w/ Dr. [**{{NAME:Last Name (STitle) 2203}}**]. transfer from [**{{FACILITY:Hospital 1191}}**] records still not rec'd.
addendum 0530: pt pulled at dobhoff, bridle intact, KUB read by [**{{NAME:Last Name (un) 3391}}**] as tip in stomach, TF resumed 0615. family mtg [**{{DATE:3-9}}**] 1400 w/ palliative (Dr [**{{NAME:First Name (STitle) 776}}**]); pastor from [**{{FACILITY:Church 211}}**] may attend per dtr. K 3.3 repleted 40 meq IV, Mg 1.7 repleted 2 g.
[**{{NAME:Initials (NamePattern4) 449}}**] RN`,
  `PD HOME VISIT - {{FACILITY:Northern Plains Kidney Care}} home program
pt: {{NAME:Rosalind Ortiz-Bauer}}  MRN {{MRN:NPK-20931}}  {{DATE:03/07/24}}
RN: {{NAME:Siobhan M.}}  address: {{ADDRESS:RR 2 Box 114}}, {{LOCATION:Wolf Point}} MT {{ZIP:59201}}
cycler: Baxter Homechoice Claria sn {{DEVICE:HCC4419028}}, modem reporting ok, last upload {{DATE:3/6}} 2214
rx: 4 exch x 2.2L, 9h, last fill 1.5L icodextrin. UF avg 650/night.
exit site: clean, no crust, no tenderness. catheter stable. shower cover ok.
supplies: 2 boxes 1.5% short - order via {{FACILITY:Baxter home delivery}} acct {{ACCOUNT:77103928}}, delivery {{DATE:3/11}}.
labs drawn at kitchen table: BMP, CBC, PTH. to {{FACILITY:Tri-County Ref Lab}} req {{ID:TCR-556012}}.
pt reports husband {{NAME:Mel}} doing the setup now (her R hand tremor). taught him alarm troubleshooting.
pt prefers email: {{EMAIL:rosie.ortizbauer@fastmail.com}}. cell {{PHONE:406-555-0138}}.
next clinic {{DATE:4/2}} in {{LOCATION:Glasgow}}. {{NAME:SM}}`,
  `SNF -> ED text handoff (SBAR via phone, typed by {{NAME:Tonya}} LPN, {{FACILITY:Hillcrest Care Center}})
S: {{NAME:Arlo Fitch}} {{AGE:95}}M, found on floor 0440 {{DATE:3/8/24}}, unwitnessed, + head strike (hematoma R parietal), on eliquis
B: dementia, afib, CKD3, DNR (POLST in packet), baseline walks w/ FWW, min assist. admitted here {{DATE:11/2023}}.
A: 148/82, 102 irreg, 20, 94% RA, FSBS 144. pupils equal. more confused than baseline per CNA {{NAME:Dusty}}.
R: eval for head bleed. family = niece {{NAME:Pam Voight}} {{PHONE:308-555-0192}} (in {{LOCATION:Ogallala}}) aware, will come.
ambulance: {{FACILITY:Keith County EMS}} rig 2, left 0525.
face sheet: MRN here {{MRN:HCC-1187}}, medicare {{HEALTH_PLAN:4TQ2-KW7-HN21}}, supp Mutual of Omaha? not sure. SSN on facesheet {{SSN:505-33-9182}}.
meds list + MAR faxed from {{FAX:308-555-0111}} at 0531.
questions call nurses station {{PHONE:308-555-0106}} ask for {{NAME:Tonya}} or {{NAME:Jess}}.`,
  `PT CARE REPORT - {{FACILITY:LESLIE CO AMBULANCE}} MEDIC 4   RUN# {{ID:2024-00871}}
DATE {{DATE:03/08/24}}  DISPATCH 0212  ON SCENE 0231  TRANSPORT 0249  DEST {{FACILITY:HAZARD REGIONAL}} 0338
LOC: {{ADDRESS:1180 RT 522 RIGHT FORK OF CUTSHIN}}, {{LOCATION:HYDEN}} ... PT'S TRAILER
PT: {{NAME:COMBS, ORVILLE}} "{{NAME:PAP}}"  {{AGE:90}} YO M  DOB {{DATE:06/14/1933}}
CC: SOB (SEEN AT {{FACILITY:HAZARD REGIONAL}} {{DATE:12FEB24}} FOR SAME). PT ON HOME O2 3L, RAN OUT OF TANK AT MIDNIGHT, CONCENTRATOR NO POWER (STORM). FAMILY (MAMAW {{NAME:COMBS}} AND GRANDSON {{NAME:DAKOTA}}) CALLED 911.
VS 0235: BP 168/96 HR 118 RR 30 SPO2 78% RA -> 90% NRB 15L. LS WHEEZES/RHONCHI. GCS 15.
TX: DUONEB X2, SOLUMEDROL 125 IV, CPAP 5 CONSIDERED, PT REFUSED MASK.
NOTE: PT HAD PAP SMEAR RESULT LETTER ON TABLE?? (WIFE'S) - NOT RELEVANT. ROAD WASHED OUT AT CREEK, CARRIED PT 200 YDS ON STAIR CHAIR.
0255 EN ROUTE: SPO2 88% ON NRB, PT MORE ALERT, ASKING FOR HIS "BACCER". 0310 REPEAT DUONEB. 0322 PT SAYS VA CARD IS IN TRUCK - NOT OBTAINED. MEDICARE # FROM GRANDSON'S PHONE PIC: {{HEALTH_PLAN:8RT4-UJ6-WM55}}. GRANDSON {{NAME:DAKOTA COMBS}} CELL {{PHONE:606-555-0112}}. HOME HEALTH: {{FACILITY:KENTUCKY RIVER HH}}, NURSE {{NAME:TABBY}}. O2 VENDOR {{FACILITY:MOUNTAIN AIR O2}} NOTIFIED RE NO BACKUP TANKS, ACCT {{ACCOUNT:MA-556718}}.
CREW: {{NAME:J. NAPIER}} PM ({{LICENSE:KY P-33918}}), {{NAME:T. SLONE}} EMT.`,
  `VILLAGE CLINIC CALL - CHA/P radio/phone consult log, {{LOCATION:Kotzebue}} service unit
{{DATE:3/8}} 1030 CHA {{NAME:Annie Qaaqtuq}} ({{LOCATION:Noorvik}} clinic) -> ER doc on call Dr {{NAME:Haldane}}
pt {{NAME:Elsie Nanouk}} {{AGE:91}}F, HRN {{MRN:114572}}, fell on ice going to honey bucket, L wrist deformity, neurovasc intact.
VS 146/80, 90, 18, 96%. splinted SAM, ice, tylenol 650.
plan: medevac on next sched flight to {{LOCATION:Kotzebue}} (weather ok per {{FACILITY:Arctic Wings}}), xray there. family: grandson {{NAME:Bobby}} will escort.
{{DATE:3/8}} 1415 CHA {{NAME:Annie}} -> Dr {{NAME:Haldane}}: flight delayed, fog. pain 6/10. 2nd tylenol ok.
{{DATE:3/8}} 1720 {{NAME:Elsie}} departed {{LOCATION:Noorvik}} 1705, ETA 1735. travel auth {{ID:TA-24-3381}}.
{{DATE:3/8}} 1740 arrived {{FACILITY:Kotzebue regional hosp}} ER. handoff to RN {{NAME:Quincy}}.
CHA callback # {{PHONE:907-555-0114}}. village office {{PHONE:907-555-0120}}.`,
  `PHARMACY PHONE NOTES - {{FACILITY:Holloway Drug}}, {{LOCATION:Pikeville}} - {{DATE:3/8/24}}
- {{NAME:Wanda Sue Hatfield}} called 0903: mom ({{NAME:Vesta Hatfield}}, {{AGE:93}}) out of her heart pill, digoxin .125, last fill {{DATE:2/2}} for 30. Rx expired. faxed Dr {{NAME:Rowe}} ({{FAX:606-555-0152}}) for renewal. will call back {{PHONE:606-555-0176}}.
- Dr. {{NAME:Rowe}} office ({{NAME:Crystal}}) 1012: ok 1 yr renewal digoxin, verbal taken by {{NAME:J. Mullins}} RPh. DEA not needed.
- {{NAME:Kenny Ray Blankenship}} 1120 upset re copay on suboxone 8/2 film, says "medicaid paid last month". checked: KY Medicaid id {{HEALTH_PLAN:9903177412}} termed {{DATE:2/29/24}}. gave him # for DCBS. prescriber Dr {{NAME:Sizemore}} X-DEA on file {{LICENSE:XS4419276}}.
- 1340 {{NAME:Vesta}}'s dig ready. delivery by {{NAME:Ricky}} (driver) to {{ADDRESS:88 Caney Br Rd}}, {{LOCATION:Phelps}} after 4.
- 1555 {{NAME:Wanda Sue}} cb: she'll pick it up herself. cancel delivery.
{{NAME:JM}}`,
  `OSTOMY / WOUND - home health visit notes, {{FACILITY:Mountain Laurel HH}}
{{DATE:3/4}} - {{NAME:Dorcas Lively}} 84F, {{ADDRESS:Hc 73 Box 41}}, {{LOCATION:Grundy}} VA. colostomy day 19. stoma 32mm, beefy red, peristomal skin mild irritation 6-9 o'clock. changed to 2pc convex, barrier ring. taught dtr-in-law {{NAME:Rhonda}}. supplies from {{FACILITY:Appalachian Med Supply}} acct {{ACCOUNT:E-3310874}}.
{{DATE:3/6}} - phone chk w/ {{NAME:Rhonda}} {{PHONE:276-555-0141}}: pouch leaking q1d. advised belt.
{{DATE:3/8}} - visit. leak at 7 o'clock crease. added paste strip. pouch wear time goal 3-4d. {{NAME:Dorcas}} says "I'll never get used to this bag". emotional support. pastor Bro. {{NAME:Estep}} visits weds from {{FACILITY:Slate Creek Freewill Baptist}}.
{{DATE:3/8}} - also: husband {{NAME:Clyde}} {{AGE:96}} has L shin wound from coal stove, asked us to look. not our pt - advised clinic, {{FACILITY:Grundy Family Med}} {{PHONE:276-555-0103}}.
RN {{NAME:Marcy Deel}}, {{LICENSE:VA RN 0001287743}}`,
  `ED TRACKING BOARD snapshot {{DATE:03/09/2024 23:40}}
rm | pt | age | cc | RN | MD | status
1 | {{NAME:PADILLA, R}} | 58 | CP | {{NAME:Sky}} | {{NAME:Obi}} | trop x2 neg, obs bed req
2 | {{NAME:TAPAHE, WILSON}} | {{AGE:90}} | fall | {{NAME:Sky}} | {{NAME:Obi}} | CT head pend, family: {{NAME:Lena}} {{PHONE:505-555-0117}}
3 | {{NAME:GRUBB}} | 23 | lac | {{NAME:Min}} | PA {{NAME:Hollis}} | suture done, DC
4 | {{NAME:TRAUMA, TANGO}} | ~40 | MVC | {{NAME:Min}} | {{NAME:Obi}} | to CT, alias until ID, state trooper {{NAME:Ortega}} has wallet
5 | {{NAME:ATCITTY}} | 71 | SOB | {{NAME:Pearl}} | {{NAME:Lui}} | BiPAP, ICU consult
6 | {{NAME:Lucero, Maria Elena}} | 34 | preg 12w bleeding | {{NAME:Pearl}} | {{NAME:Lui}} | US pend
hall 1 | "{{NAME:Smokey}}" | ? | etoh | tech {{NAME:Wade}} | - | sleep it off, sitter
WR: 6 waiting, longest 3h10 ({{NAME:Fermina Duran}}, {{AGE:97}}, rash)
note: min = {{NAME:Min}} (RN {{NAME:Min-jun}}), not minutes.`,
  `peds I-PASS handoff {{DATE:3/9}} 1900 ({{NAME:hannah}} -> {{NAME:luis}})
bed 2 - {{NAME:kaden whitewolf}} 4yo, RSV bronchiolitis, HFNC 8L 40%, watcher. mom {{NAME:shayla}} here, dad {{NAME:Corey}} driving from {{LOCATION:Lame Deer}}. ip: wean per RT, nasal sxn before feeds. contingency: if RR >60 or retractions worse call Dr {{NAME:Amundsen}} x{{PHONE:3318}}.
bed 4 - {{NAME:Jazlyn R.}} 11mo, gastro, D5NS @ maintenance, i/o strict, 3 wet diapers since 0700. grandma {{NAME:Nona}} at bedside (legal guardian, papers in chart). stable.
bed 5 - {{NAME:Tristan Bighorn}} 15yo, DKA new dx, off gtt 1400, sq insulin started. diabetes teaching w/ educator {{NAME:Marnie}} {{DATE:3/10}} 0900. school nurse at {{FACILITY:Busby school}} wants call {{PHONE:406-555-0129}}.
bed 7 - baby boy {{NAME:Limpy}} 6d, hyperbili, triple photo, bili 17.8 -> 15.2. mom bf q2-3h. MRN {{MRN:88120447}}. DC maybe tmrw if bili <14.
synth: all stable except bed 2 = watcher. {{NAME:luis}} read back ok.`,
  `L&D BOARD {{DATE:3/10/24}} 0700
LDR1 {{NAME:Reyna}} G3P2 39w2 6/90/0 pit 8, epidural, GBS neg, Dr {{NAME:Castellanos}}
LDR2 {{NAME:Mikayla Fenn}} G1P0 40w5 IOL cytotec #2 at 0400, FHT cat 1, husband {{NAME:Blake}} (loud), doula {{NAME:Sunny}}
LDR3 {{NAME:Tsinajinnie}} G5P4 36w1 PTL?, from {{LOCATION:Kayenta}}, transport via {{FACILITY:Canyon Air Med}}, arr 0530, mag running, BMZ #1 0600, MFM phone consult w/ {{FACILITY:Saguaro Perinatal}} pending
LDR4 clean
PP12 {{NAME:Annelise Krog}} {{AGE:ninety}}?? - NO, wrong pt: {{NAME:Annelise Krog}} is 29, pt label error corrected 0645 by {{NAME:Deb}}, report {{ID:SR-77104}}
PP14 {{NAME:Huong}} s/p c/s {{DATE:3/9}}, baby in NICU, interp Vietnamese via line (iPad), husband {{NAME:Minh}} {{PHONE:602-555-0146}}
triage: {{NAME:Kenzie Loop}} 17yo 32w dec FM, NST reactive, dc home w/ mom {{NAME:Trish}} {{PHONE:928-555-0107}}
charge {{NAME:Roberta}}, anesth Dr {{NAME:Veit}} pgr {{PHONE:4119}}, peds Dr {{NAME:Oyelowo}}`,
  `HD RUN SHEET {{FACILITY:Bluestem Dialysis}} - chair 11  {{DATE:03-11-24}}
{{NAME:Gaines, Earlene}} {{AGE:92}}F  MRN {{MRN:BSD-4418}}  Tu/Th/Sa -> moved to M/W/F (transport)
access: R IJ tunneled cath (permcath), placed {{DATE:1/22/24}} by Dr {{NAME:Quintero}} at {{FACILITY:Mercy Ridge}}. dressing CDI, caps chg, alteplase not needed. NOT a Quinton cath - chart wrong, fixed.
pre wt 59.2 / EDW 57.0 / BP 102/58 sitting -> 94/50 standing. pt says "dizzy since tues". 
tx: Optiflux 160, 2K/3Ca, BFR 300 (cath), UF goal 1.5 (reduced per Dr {{NAME:Amadi}} phone order 0620). 
0700 start. 0745 BP 88/46, UF off, legs up, NS 100. 0830 BP 104/60 resumed UF 200/h. 1015 off. UF 1.2L.
post wt 58.0. ambulated to w/c w/ 1 assist.
issues: pt's granddaughter {{NAME:Keisha Gaines}} wants updates by text {{PHONE:(662) 555-0115}}. ok per pt, on release form. lives w/ pt at {{ADDRESS:3 Cotton Row}}, {{LOCATION:Tchula}}.
medicare {{HEALTH_PLAN:7KQ3-HJ2-TA44}}; MS medicaid secondary.
RN {{NAME:DeShawn W.}}  PCT {{NAME:Latrice}}`,
  `HOSPICE RN VISIT NOTES - {{FACILITY:Four Winds Hospice}} - pt {{NAME:Raymond Iron Shell}} {{AGE:91}}yo
{{DATE:3/11}} - {{LOCATION:Rosebud}}, home off {{ADDRESS:BIA Hwy 7 mile 14}}, blue trailer behind the grandson's house. pt in hospital bed in living rm. PPS 30%. eating few bites wojapi. pain 3/10 on MS contin 15 bid + roxanol 5 prn (used x2). family: dtr {{NAME:Geraldine}} (primary CG), grandson {{NAME:Levi}}, great-grands everywhere. spiritual: wants Uncle {{NAME:Amos}} to do a ceremony, ok per team.
{{DATE:3/12}} - phone, {{NAME:Geraldine}} {{PHONE:605-555-0181}}: restless overnight, gave haldol 0.5 x1 per comfort kit. ok.
{{DATE:3/13}} - visit. mottling knees, resp 8-24 irregular w/ apnea 15 sec (Cheyne-Stokes). family gathered, drum group tonight. reviewed what to expect. on-call # given {{PHONE:605-555-0100}}.
{{DATE:3/14}} 0210 - death call. {{NAME:Raymond}} died 0145 per {{NAME:Geraldine}}. RN {{NAME:Tawny}} pronounced 0305. funeral home: {{FACILITY:Spotted Tail Funeral Home}}, {{LOCATION:Mission}}. MD Dr {{NAME:Firecloud}} notified 0320.
{{DATE:3/14}} 1100 - bereavement: SW {{NAME:Lorraine Spotted Elk}} to follow {{NAME:Geraldine}} x13 mo. wake at {{FACILITY:St. Francis Mission hall}} {{DATE:3/16}}, burial {{LOCATION:Okreek}} {{DATE:3/17}}. DME pickup (hosp bed, O2 concentrator sn {{DEVICE:INV-PL5-22871}}) by {{FACILITY:Dakota Medical Equipment}} {{DATE:3/18}}, acct {{ACCOUNT:DME-77120}}. meds destroyed w/ witness {{NAME:Levi}}: roxanol 12 ml, haldol 4 tabs, lorazepam 6 tabs.`,
  `PORTAL MESSAGES - pt {{NAME:Stacey Lundgren}} (MRN {{MRN:2290451}})
{{DATE:3/11/24 21:14}} pt: hi its {{NAME:stacey}}, my dad {{NAME:Walt}} ({{AGE:90}}) is staying w/ me in {{LOCATION:Alturas}} now, can i add him as proxy? also his refill of tamsulosin went to the old pharmacy in {{LOCATION:Cedarville}}. login from {{IP:73.214.88.19}}
{{DATE:3/12/24 08:02}} {{NAME:Jo}} (RN): Hi {{NAME:Stacey}}, proxy form is at {{URL:https://myhealth.modocvalleymed.org/proxy}}. {{NAME:Walt}} has to sign too. Which pharmacy now?
{{DATE:3/12/24 08:40}} pt: {{FACILITY:Alturas Drug}} on main. his DOB is {{DATE:1/5/34}} if u need. also he asks if the "Foley thing" (catheter) can be removed at his appt tue. he HATES it.
{{DATE:3/12/24 09:15}} {{NAME:Jo}} RN: Rx moved. Foley question sent to Dr {{NAME:Beckwith}}. Appt {{DATE:Tue 3/19}} 1030 w/ urology at {{FACILITY:Modoc Valley Medical}}.
{{DATE:3/12/24 12:30}} Dr {{NAME:Beckwith}}: yes, voiding trial that day. pls bring a list of his meds. -{{NAME:TB}}`,
  `CRITICAL RESULT - outpatient, unable to reach - {{FACILITY:Valley Clinic}} lab {{DATE:3/12}}
1608 INR 7.9, pt {{NAME:Arvid Tollefson}} {{AGE:94}}M, DOB {{DATE:08/30/1929}}, MRN {{MRN:VC-010332}}. ordering Dr {{NAME:Nygaard}} gone for day, covering Dr {{NAME:Ihde}} notified 1612 - hold warfarin, recheck am, give vit K 2.5 po if can reach.
1615 called home {{PHONE:218-555-0166}} - no answer, no VM.
1625 called alt # (son {{NAME:Per}}) {{PHONE:218-555-0159}} - son in {{LOCATION:Duluth}}, says dad has no cell, lives alone at {{ADDRESS:40921 Hwy 1}}, {{LOCATION:Cook}}. neighbor Mrs. {{NAME:Saari}} checks on him.
1640 called neighbor {{NAME:Saari}} {{PHONE:218-555-0170}} - she walked over, pt ok, no bleeding. gave instructions via her. vit K: pt has none at home.
1705 Dr {{NAME:Ihde}}: send to ED if no vit K. neighbor will drive. ED at {{FACILITY:Cook Hospital}} aware (RN {{NAME:Britt}}).
1850 ED called back: vit K given, INR 7.6, home w/ neighbor. recheck {{DATE:3/13}} at clinic 0900. call ref {{ID:CR-3312}}.
{{NAME:KW}}, MLT`,
  `JAIL MED PASS - {{FACILITY:Big Horn Co Detention Ctr}} - {{DATE:03/12/2024}} 2000 pass - {{NAME:R. Lachance}} LPN
pod A: {{NAME:Whiteman, D.}} bk# {{ID:24-0311}} - buprenorphine 8mg SL, mouth check done, officer Sgt {{NAME:Pretty On Top}} present. ok.
pod A: {{NAME:Castillo, Ramon}} bk# {{ID:24-0288}} - refused sertraline ("makes me feel weird"), refusal form signed, MH {{NAME:Jody}} notified.
pod B: {{NAME:Hugs}}? (inmate calls himself that) = {{NAME:Stewart Medicine Horse}} bk# {{ID:24-0302}} - insulin 10u, FSBS 248, snack given.
pod C (female): {{NAME:Two Leggins, Tara}} bk# {{ID:24-0310}} - prenatal vit, labetalol 200, BP 138/90. OB at {{FACILITY:Crow Agency clinic}} {{DATE:3/15}}, transport req'd.
pod C: {{NAME:Kesterson}} - CIWA 12, librium 25 per protocol. recheck 2200.
MAR signed. 2 refusals, 0 errors. sharps count ok. officer on shift: Cpl. {{NAME:Stops}} badge {{ID:312}}.`,
  `FIXED WING TRANSFER - radio/phone log, {{FACILITY:Sage Flats Regional}} house sup {{NAME:Nadine}}
{{DATE:3/13/24}} 0218 accepting Dr {{NAME:Lemieux}} at {{FACILITY:Yellowstone Heart}}? - NO, {{FACILITY:St. Ignatius Billings}} - accepted {{NAME:Tapio, Gunnar}} {{AGE:90}}M STEMI, lytics given 0140 (TNK 40mg). 
0225 flight crew {{FACILITY:Big Sky Air Med}} dispatched from {{LOCATION:Miles City}}, ETA 0315. crew RN {{NAME:Kolt}}, medic {{NAME:Faye}}.
0240 family: wife {{NAME:Lempi}} not flying, grandson {{NAME:Cody}} driving 3 hrs, cell {{PHONE:406-555-0187}}.
0310 pt reperfusion arrhythmia, self-terminated. accepting cath lab aware.
0321 crew at bedside. copies: EKGs x3, labs, MAR, CD of CXR. face sheet w/ medicare {{HEALTH_PLAN:2PN7-VX4-RE86}} + BCBS? (payer - not needed). 
0352 wheels up. 
0412 called report to CCU RN {{NAME:Tamsin}} x{{PHONE:7004}}.
billing: transfer acct {{ACCOUNT:FT-240313-02}}.`,
  `FAX - REFILL REQUEST
TO: Dr. {{NAME:Imogen Strand}}  FAX {{FAX:(701) 555-0156}}
FROM: {{FACILITY:Prairie Pharmacy}}, {{ADDRESS:12 Main St}}, {{LOCATION:Hettinger}} ND {{ZIP:58639}}  PH {{PHONE:701-555-0162}}  FAX {{FAX:701-555-0163}}
DATE: {{DATE:03/13/2024}}  pages 1
PATIENT: {{NAME:Leopold Vetter}}  DOB {{DATE:02/28/1931}}  ({{AGE:93}})
{{ADDRESS:Rr 1 Box 60}}, {{LOCATION:Lemmon}} SD {{ZIP:57638}}
MED: levothyroxine 75 mcg #90, sig 1 po qam. last fill {{DATE:12/10/23}}. refills 0.
MED: tamsulosin 0.4 mg #90, sig 1 po qhs. last fill {{DATE:12/10/23}}. refills 0.
[ ] approved  refills ___   [ ] denied   [ ] needs appt
prescriber NPI {{LICENSE:1447218930}}
comments from pharmacy: pt's wife {{NAME:Hedda}} says he has appt {{DATE:4/4}} w/ you, needs bridge. pt phone {{PHONE:605-555-0137}}.
Rx# {{ID:6604418}}, {{ID:6604419}}.
RPh {{NAME:Kurt Hagel}}`,
  `{{FACILITY:SOUTH FORK HEALTH SVCS}} - CAH CENSUS + SWING  {{DATE:031424}}
ACUTE (4/25 licensed)
 1 {{NAME:FUGLESTAD, INGRID}} {{AGE:99}}F  PNA  Dr {{NAME:OLSEN}}  LOS 3  dc to swing?
 2 {{NAME:BUSKOHL, ED}} 73M  COPD exac  Dr {{NAME:OLSEN}}  BiPAP prn
 3 {{NAME:RED BEAR, VINCENT}} 45M  cellulitis  Dr {{NAME:KAPP}}  IV ancef
 6 {{NAME:HAUGEN-LEE, BRIT}} 31F  hyperemesis  Dr {{NAME:KAPP}}  IVF
SWING
 8 {{NAME:LARSEN, CLARA}} {{AGE:96}}F  post hip  PT BID  target dc {{DATE:3/22}} to {{FACILITY:Grand River Manor}}
 9 {{NAME:PETRIK, WALLY}} 81M  deconditioning  wife {{NAME:DOT}} visits daily
OBS
 11 {{NAME:JUNGERS}} 60M  CP r/o
ED: 1 in room ({{NAME:TJ}}, 8yo, arm fx, dad driving to {{LOCATION:Rapid City}} for ortho? vs transfer)
staffing: RN {{NAME:Maren}}, RN {{NAME:Dawn}} (day), LPN {{NAME:Joy}}, CNA x2. Dr on call {{NAME:OLSEN}} {{PHONE:605-555-0123}}.
note: ED = {{NAME:Ed Buskohl}} in 2 is NOT the ER. write ER for the dept.`,
  `HD UNIT HUDDLE - {{FACILITY:Red Butte Dialysis}} - {{DATE:Mon 3/11}} 0530
chairs 1st shift: 1 {{NAME:Nez W}} / 2 {{NAME:Benally}} / 3 {{NAME:Sam, Elouise}} / 4 {{NAME:Jumbo}} / 5 {{NAME:Peshlakai}} / 6 {{NAME:Tom Etsitty}} / 7 empty (hosp) / 8 {{NAME:Yazzie L.}}
- chair 7 {{NAME:Kinlichinee}} still inpt at {{FACILITY:Gallup regional}}? confirm w/ SW.
- {{NAME:Benally}} new HBsAg pending -> isolation chair 12 until result.
- {{NAME:Jumbo}}'s ride ({{FACILITY:Four Corners Ride}}) running late, ETA 0630, driver {{NAME:Herb}} {{PHONE:928-555-0151}}.
- {{NAME:Sam, Elouise}} {{AGE:90}}yo wants chair by window, ok.
- {{NAME:Peshlakai}} AVF clotted over wknd? - called Dr {{NAME:Greyeyes}} 0520, IR at {{FACILITY:Flagstaff Vascular}} {{DATE:3/11}} 1300, transport req {{ID:TR-55017}}.
- water room: chlorine/chloramine ok 0500 ({{NAME:Shawn}}). RO alarm fixed.
- staff: RN {{NAME:Gloria}}, RN {{NAME:Carmelita}}, PCT {{NAME:Shawn}}, PCT {{NAME:Orlando}}. SW {{NAME:Verna}} in at 0800. 
- reminder: {{NAME:Jumbo}} = pt last name, not the big chair. use full name + DOB at every start.`,
  `home visit - {{FACILITY:Coal Fork Family Health}} outreach RN {{NAME:Tabitha Caudill}} - {{DATE:3/12/24}}
pt {{NAME:Elmer Ray Slone}} 68M, {{ADDRESS:Hc 81 Box 1460}}, {{LOCATION:Hindman}} KY {{ZIP:41822}}, up the holler past {{FACILITY:Ball Creek church}}
dm2 foot check: R great toe ulcer 1cm, shallow, no odor. monofilament absent both feet. shoes too tight. wife {{NAME:Verlie}} washes feet nightly.
a1c 10.4 ({{DATE:2/20}}). metformin + glipizide, "takes em when he remembers". pill box set up.
medicaid application help: pt gave SSN {{SSN:401-77-2816}}, DL {{LICENSE:KY S512-334-871}} for ID, birth cert missing (born at home 1955, {{LOCATION:Knott Co}}). letter from Aunt {{NAME:Dessie}} maybe.
next: podiatry at {{FACILITY:Hazard podiatry}} {{DATE:3/19}}, van from {{FACILITY:Troublesome Creek Transit}} arranged conf# {{ID:LK-228871}}. 
pt phone (landline, party line w/ brother {{NAME:Delmer}}): {{PHONE:606-555-0183}}.
{{NAME:tc}}`,
  `ED RETURN VISIT + text to PCP - {{DATE:3/12/2024}}
1950 triage: {{NAME:Maybelle Ducheneaux}} {{AGE:92}}F, back in ER 2nd time this wk (seen {{DATE:3/9}}), "can't keep nothin down", MRN {{MRN:7713082}}, from {{LOCATION:Eagle Butte}}, grandson {{NAME:Travis}} drove her 90 min.
2015 Dr {{NAME:Kellerman}}: labs, CT abd. hold zofran (QTc 512).
2205 CT: SBO, surg consult Dr {{NAME:Ahn}}.
2230 secure text -> PCP Dr {{NAME:LeBeau}} ({{FACILITY:Cheyenne River clinic}}): "ur pt {{NAME:Maybelle D}}. SBO, admitting to surg. she asks for u. fam # {{PHONE:605-555-0172}}. -{{NAME:K}}"
2241 Dr {{NAME:LeBeau}}: "thx. she has a DNR at our clinic, POLST dated {{DATE:10/4/22}}, will fax. {{FAX:605-555-0173}} is ours"
2310 POLST recvd. NG to LIWS. admit 3 West rm 310.
pt belongings: purse, rosary, reading glasses, cash $42 (counted w/ {{NAME:Travis}} + security {{NAME:Lonnie}}).`,
  `ortho floor - nursing shorthand, nights {{DATE:3/13}}
rm 511 Mrs {{NAME:Kowalski}} - sorry, {{NAME:Kowalsky}} per armband - POD1 L TKA. CPM 0-60 x2h done. PCA d/c'd 2200, Norco 5/325 1-2 q4 prn, took 2 @ 0100. SCDs on. Sims position for dulcolax supp. Pat dry dressing, scant ss drng. voided 350.
rm 512 {{NAME:Gus Apodaca}} 89? no - 88. POD2 ORIF R hip. Hoyer to chair for PT. Max assist x2. sundowning, husband? no, son {{NAME:Ruben}} stayed. Will call him if pt agitated {{PHONE:575-555-0128}}.
rm 514 {{NAME:Verna Kauk}} {{AGE:100}}yo! (b-day {{DATE:3/13}} - cake tmrw from {{FACILITY:St. Mary's Altar Society}}). POD3 hemiarthroplasty. min assist w/ FWW. ate 75%.
rm 515 {{NAME:Tye Redhorse}} 22M, tib plateau fx (bronc riding at {{FACILITY:Sheridan rodeo grounds}}). ex fix pin care done. buddy {{NAME:Cash}} visiting past hrs - ok'd by charge {{NAME:Mo}}.
general: {{NAME:Art}} (PT) says all to chair by 0900. MAR clean. -{{NAME:ak}}`,
  `[**{{DATE:2069-11-4}}**] nsg 7p-7a
pt is {{AGE:91}}yo M [**{{NAME:Known firstname 223}}**] [**{{NAME:Known lastname 9981}}**] adm from [**{{FACILITY:Hospital3 1155}}**] w/ UGIB.
neuro: alert, oriented x3, hoh - speak into L ear. 
cv: hr 90s st, sbp 100-110s. 2u prbc given (bb #s in flowsheet). post hct 27.1 from 21.4.
resp: ra, sats 96-98.
gi: ngl clear after 500cc. protonix gtt 8mg/h. egd planned am w/ dr [**{{NAME:Last Name (un) 4412}}**].
gu: foley, uop 40-80/h.
id: afeb.
access: 2 pivs 18g, L ac & R fa.
social: wife [**{{NAME:Name (NI) 771}}**] called, lives in [**{{LOCATION:Location (un) 2205}}**] w/ dtr. requests call w/ egd results [**{{PHONE:Telephone/Fax (3) 8820}}**]. pt is full code, confirmed w/ pt.
plan: serial hct q6, npo, egd, gi f/u.
addendum 0500: hct 25.9, 3rd unit hung 0515 (consent signed by pt [**{{DATE:2069-11-3}}**]). pt asked for his son [**{{NAME:First Name4 (NamePattern1) 318}}**] who is flying in from [**Country 480**]? -- correction, from [**State 350**]. hcp paperwork pending. retired teacher from [**{{FACILITY:Location (un) 5589}}**] high school; joking w/ staff. stool guaiac +, dark, 200cc. gi fellow dr [**{{NAME:First Name (Titles) 662}}**] aware, pgr [**{{PHONE:Numeric Identifier 7105}}**].`,
  `PHARMACY - phone log {{FACILITY:Farmacia del Rio}}, {{LOCATION:Presidio}} TX - {{DATE:3/13/24}}
- 0915 Sra. {{NAME:Onofre}}? (sounded like {{NAME:Onofre}} or {{NAME:Honofre}}) for esposo {{NAME:Tomas}} {{AGE:93}}, insulina NPH, bought half in {{LOCATION:Ojinaga}} last mo, wants US refill. verified pt {{NAME:Tomas Onofre Rubio}} DOB {{DATE:3/7/1930}}. cb {{PHONE:432-555-0194}}.
- 1002 Dr. {{NAME:Vela}} (clinic in {{LOCATION:Marfa}}): cancel lisinopril for {{NAME:Guadalupe Nieto}}, start losartan 25. NPI {{LICENSE:1598320011}}.
- 1130 {{NAME:Chayo}} ({{NAME:Rosario Baeza}}) asks if can pay cash for inhaler; GoodRx price given. member id TX medicaid {{HEALTH_PLAN:528831904}} inactive.
- 1348 ranch hand from {{LOCATION:Cibolo Creek}} area ({{NAME:Beto}}?) needs tetanus; sent to clinic, we don't give.
- 1520 Border Patrol? no - it was Agent {{NAME:Salas}} asking about a pt; refused, told him to go through records w/ a release.
{{NAME:RB}}, PharmD`,
  `EMS radio, {{FACILITY:Winnemucca Regional}} base - {{DATE:3/14/24}}
0941 "{{FACILITY:Winnemucca}}, Medic 31 on {{ADDRESS:I-80 westbound mile marker 187}}, single vehicle rollover, one pt, {{AGE:90}}-year-old male driver, belted, ambulatory at scene, c/o neck pain, c-collar, GCS 15, BP 170/100, HR 88. ETA 25."
0945 NHP trooper {{NAME:Delacroix}} to ED by phone: pt {{NAME:Harlan Oyster}}, NV DL {{LICENSE:1402718836}}, '09 Buick plate {{VEHICLE:NV 713-KRB}}, VIN {{VEHICLE:1G4HD57289U104421}}. wife {{NAME:June}} back home in {{LOCATION:Paradise Valley}}, no phone, trooper sending deputy.
1010 arrived. CT C-spine neg. CT head: small SDH?
1032 transfer discussed w/ {{FACILITY:Truckee Meadows Neuro}}? - neuro accepted Dr {{NAME:Haddad}}, {{FACILITY:Sierra Air Med}} ETA 1150.
1140 {{NAME:June}} called from neighbor's {{PHONE:775-555-0131}}. updated by {{NAME:Shel}} RN.
run# {{ID:M31-24-0418}}.`,
  `OR BOARD / PRE-OP HOLDING {{DATE:03/15/24}}
OR1 0730 {{NAME:Hallett}} L TKA - Dr {{NAME:Brandvold}} - anes {{NAME:Ng}} - H&P ok, consent ok, site marked
OR1 1100 {{NAME:Szabo, Ilona}} {{AGE:90}} R hip hemi - Dr {{NAME:Brandvold}} - ** K 5.6 pre-op, anes aware **
OR2 0730 {{NAME:Kapaona}} lap chole - Dr {{NAME:Wing}} - NPO since 2200, ok
OR2 0930 {{NAME:Fernando}} "{{NAME:Nando}}" {{NAME:Ruelas}} hernia - Dr {{NAME:Wing}} - interp Spanish, ride = wife {{NAME:Ceci}} {{PHONE:307-555-0109}}
OR3 0800 {{NAME:Gustafson}} C-section (sched) - Dr {{NAME:Perrault}} - peds Dr {{NAME:Oyelowo}} aware
OR3 1200 add-on: {{NAME:Whipple}}? NO - this is pt {{NAME:Clayton Whipple}}, I&D L hand abscess, not a Whipple procedure!! - Dr {{NAME:Wing}}
holding RN {{NAME:Darcy}}, OR charge {{NAME:Luann}} x{{PHONE:6106}}
implants: OR1 Stryker Triathlon (lot on sheet), OR1 1100 cemented stem - rep {{NAME:Trent}} bringing tray
PACU: 2 beds until 1000 ({{NAME:Bea}} out sick)`,
  `WOUND CLINIC LOG - {{FACILITY:High Desert Wound Ctr}} - {{DATE:3/15}}
- {{NAME:Leonard Kee}} DFU R plantar 1st MT: 2.2 x 1.8 x 0.4. sharp debride. NPWT (KCI) cont, rental unit SN {{DEVICE:VAC-4471902}}. home RN {{FACILITY:Four Corners HH}}. next {{DATE:3/22}}.
- {{NAME:Dolores Gutierrez}} venous ulcer L medial malleolus, 4 layer wrap (Profore). ABI 0.9. photo series in media tab.
- {{NAME:Marvin}} "{{NAME:Sonny}}" {{NAME:Tohee}} {{AGE:91}}yo, arterial ulcer L lateral foot, dry eschar, do NOT debride. vascular Dr {{NAME:Lindahl}} consult {{DATE:3/20}}.
- {{NAME:Pritchett}} sacral stg 4, tunneling 3cm at 12 o'clock, Aquacel Ag, CNA {{NAME:Chelsea}} from {{FACILITY:Aztec Manor}} w/ pt. nutrition consult. prealb 9.
- {{NAME:Ben Two Hearts}} - no show. called {{PHONE:505-555-0143}}, VM full.
- misc: new pt ID photo {{PHOTO:IMG_3150_face.jpg}} for {{NAME:Tohee}} (ID badge photo, consented) uploaded for pt ID only.
provider: Dr {{NAME:Fairweather}} DPM / RN {{NAME:Kiesha}}`,
  `CHR HOME VISITS - {{FACILITY:Mesa CHR program}} - {{NAME:Delphine}} (CHR) - wk of {{DATE:3/11}}
{{DATE:3/11}} {{LOCATION:Hotevilla}}: Mr. {{NAME:Kuwanwisiwma}} ({{AGE:94}}) BP 162/88, no meds taken 2 days, ran out. called clinic, refill ready at {{FACILITY:Second Mesa pharm}}, delivered 1500.
{{DATE:3/12}} {{LOCATION:Kykotsmovi}}: {{NAME:Nora Sekaquaptewa}} - diabetic, FSBS 238. sugar-free drinks brought. next A1c {{DATE:4/2}}.
{{DATE:3/12}} {{LOCATION:Shungopavi}}: Uncle {{NAME:Floyd}} ({{NAME:Floyd Honanie}}) - pt says ankles swell. ankles +2. told doc Dr {{NAME:Pavatea}} by phone {{PHONE:928-555-0157}}, appt thurs.
{{DATE:3/13}} - road closed to {{LOCATION:Bacavi}} (snow). phone check w/ {{NAME:Loretta}} ok.
{{DATE:3/14}} {{LOCATION:Polacca}} / {{LOCATION:First Mesa}}: {{NAME:Winnie}} {{AGE:ninety-six}}, fall yest, no injury, grab bars needed - referral to {{FACILITY:Kykotsmovi Senior Center}}. home accessible by 4x4 only.
mileage log {{DATE:3/11-3/14}}: 312 mi. vehicle gov't #G41-2231 (not pt).`,
  `BHU q15 / shift notes - {{FACILITY:Riverbend Behavioral}} unit B - {{DATE:3/16/24}} days
rm 1 {{NAME:Kody L.}} 19M - pleasant, attended group x2, asks re pass to see gf {{NAME:Brandi}}. no SI per self report. CSSRS low.
rm 2 "Mama {{NAME:Jo}}"? NO - pt prefers {{NAME:Josephine}} ({{NAME:Josephine Trudell}}, 62F) - paranoid re food, ate sealed items only. zyprexa 10 given 0900, took w/o issue.
rm 3 {{NAME:Dex}} ({{NAME:Dexter Whitebird}}) 34M - NOTE: not dexamethasone/dextrose - pt's name. withdrawn, on 1:1 since {{DATE:3/15}} 2200. sitter {{NAME:Lorna}}.
rm 4 {{NAME:Ferrante}} - court hold, hearing {{DATE:3/19}} 1330, public defender Atty. {{NAME:Nakamura}} {{PHONE:406-555-0178}}, case {{ID:DC-24-0177}}.
rm 5 {{NAME:Ahanu S.}} 16M (adol overflow) - school work from {{FACILITY:Two Medicine High}} faxed by counselor Mrs. {{NAME:Calf Looking}}, case mgr {{EMAIL:tnewbreast@blackfeetcm.org}}.
0945 code grey drill. 1100 rm 3 tore up mattress cover, no injury, PRN not needed.
RN {{NAME:Colette}} / MHT {{NAME:Duke}}, {{NAME:Rae}}`,
  `school nurse log - {{FACILITY:Jordan K-12}} ({{LOCATION:Jordan}} MT) - wk of {{DATE:3/18}}
{{DATE:3/18}} 0815 {{NAME:Tucker Hould}} 2nd gr - nosebleed, 10 min pressure, resolved. note home.
{{DATE:3/18}} 1120 {{NAME:Ellie Mae Pluhar}} K - T1D, CGM (Dexcom G7) alarm low 61, 15g juice, recheck 88. mom {{NAME:Rylee}} texted {{PHONE:406-555-0135}}. sensor serial {{DEVICE:GS7K4M2PZ9}} on her 504 file.
{{DATE:3/19}} 1300 {{NAME:Waylon Quade}} 11th gr - ankle inj at ag shop, swelling, ice, dad ({{NAME:Dale Quade}}, {{LOCATION:Sand Springs}} ranch) picked up 1340.
{{DATE:3/20}} 0930 {{NAME:Ellie Mae}} again, high 312 + ketones small, dad gave correction via pump remotely. pump SN {{DEVICE:OMP-88201734}}.
{{DATE:3/21}} - lice check 3rd gr: 2 +, letters home.
{{DATE:3/22}} 1415 {{NAME:Kasen Brien}} 8th gr - asthma, albuterol 2 puffs, O2 97%. inhaler expires 4/24?? (exp of med - not PHI, ignore) note: sent {{EMAIL:nurse.jordank12@garfieldco.k12.mt.us}} reminder to mom.
RN {{NAME:Patsy Eklund}}, part-time (also covers {{FACILITY:Cohagen school}} thurs)`,
  `BLOOD BANK / LAB CRITICAL CALLS - {{FACILITY:Mercy Ridge}} - {{DATE:3/17/2024}}
0205 {{NAME:Boudreaux, Clovis}} {{AGE:90}}M, MRN {{MRN:M0449921}}, BB armband {{ID:BB-K77412}}, ab screen + (anti-E), 4u requested -> called 5W {{NAME:Nikki}} RN, delay 2-3h for antigen-neg units from {{FACILITY:Acadiana Blood Svc}}.
0310 {{NAME:Thibodeaux, Renee}} MRN {{MRN:M0512287}} fibrinogen 72 -> L&D, spoke to {{NAME:Ashlyn}} RN, read back. acc {{ID:L24077-3310}}.
0422 {{NAME:Guidry}} MRN {{MRN:M0390014}} blood cx 1/2 GPC clusters 14h -> ED (pt discharged!), called ED MD Dr {{NAME:Fontenot}}. pt # {{PHONE:337-555-0168}}, reached wife {{NAME:Odile}}, will return.
0550 {{NAME:LeBlanc, Marie-Therese}} {{AGE:ninety-five}}, Na 113 -> MICU, {{NAME:Jude}} RN.
0640 {{NAME:Broussard, A}} troponin 2.1 -> tele, {{NAME:Gwen}} RN, MD paged {{PHONE:5550}}? (that's the pager, not a phone).
tech {{NAME:Cormier}}; supervisor {{NAME:L. Arceneaux}}. CAP log copy.`,
  `MED PASS + INSULIN - {{FACILITY:Prairie Rose Manor}} hall 2 - {{DATE:03/17/24}} 1130-1230
{{NAME:Ginny Pruett}} {{AGE:98}} - warfarin HELD per Dr {{NAME:Hauck}} since INR 8.4 on {{DATE:3/6}}. INR today 2.9. resume 2mg per phone order {{ID:PO-2284}}.
{{NAME:Ted Albrecht}} 77 - TED hose on, metformin 500, glipizide held FSBS 74. (NB: {{NAME:Ted}} = pt, TED = hose.)
{{NAME:Oda Schaefer}} 86 - insulin pump (Omnipod) pod chg due, pod lot on box. PDM SN {{DEVICE:PDM-0X4417729}}. FSBS 182.
{{NAME:Lorenzo Pitt}} {{AGE:91}} - crushed meds in pudding, tolerated. refused 2nd laxative.
Mrs. {{NAME:Viola Kemp}} - hospice, roxanol 0.25ml given 1200 for grimacing. comfort measures.
{{NAME:Harald Ness}} - Libre 3 reader reading 45! finger stick 96. sensor error, new sensor placed L arm.
{{NAME:Vi Kemp}}'s dtr {{NAME:Sharon}} called {{PHONE:605-555-0186}} asking if mom ate - 10%.
cart count ok. {{NAME:Teri}} LPN.`,
  `text thread (home health RN phone, copied to chart) - {{NAME:Marla Whitlatch}} RN w/ pt's dtr {{NAME:Gina}} {{PHONE:304-555-0129}}
{{DATE:3/18}} 0712 {{NAME:Gina}}: mom's face looks droopy on the right since she woke up?? sending pic
{{DATE:3/18}} 0713 {{NAME:Gina}}: [image {{PHOTO:IMG_0412.HEIC}}]
{{DATE:3/18}} 0714 RN: call 911 NOW. time she was last normal?
{{DATE:3/18}} 0715 {{NAME:Gina}}: went to bed 10pm fine. calling
{{DATE:3/18}} 0742 {{NAME:Gina}}: ambulance took her to {{FACILITY:Tug Fork ER}}, they're flying her to {{FACILITY:Kanawha stroke ctr}}?? 
{{DATE:3/18}} 0750 RN: ok. bring her med list + the DNR paper on fridge. I'll call the hospital.
{{DATE:3/18}} 1610 {{NAME:Gina}}: they gave the clot med. she's talking some. thank u {{NAME:Marla}}
RN note: pt {{NAME:Ivadell Mounts}} {{AGE:93}}F, {{ADDRESS:Rt 16 Box 9}}, {{LOCATION:War}} WV. agency {{FACILITY:McDowell Home Care}}. episode on hold. {{NAME:MW}}`,
  `IN-CENTER HD - {{FACILITY:Bluestem Dialysis}} {{DATE:Tue 3/19}} 2nd shift - check-in / run notes
check-in by palm-vein scanner: {{NAME:Odom, Jesse}} (template {{BIOMETRIC:PV-00881723}}) 1058; {{NAME:Hairston, Lucille}} scanner fail x3 -> manual ID w/ photo + DOB {{DATE:5/2/1932}} ({{AGE:91}}).
chair 3 {{NAME:Odom}}: pre wt 96.1/EDW 92.5, L forearm AVG, 15g, BFR 450, UF 3.6. post 92.8. uneventful.
chair 4 {{NAME:Hairston}}: R IJ cath, TPA dwell {{DATE:3/16}}, flows 300 ok today. hypotension x1 @ 1240, 100 NS. post 54.9.
chair 9 {{NAME:Quenton Askew}} - NOTE name {{NAME:Quenton}}, not the Quinton cath. AVF L upper, aneurysmal, no cannulation at apex. BFR 400. 
chair 10 {{NAME:Bettye}} ({{NAME:Bettye Ruffin}}) - no show. called {{PHONE:662-555-0150}} - nephew {{NAME:Dre}} says in hosp at {{FACILITY:Leflore General}}? confirm.
machine #7 alarm blood leak false, swapped to #11 (Fresenius 2008K2). tech {{NAME:Lamar}}.
RN {{NAME:Felecia O.}}`,
  `EMS RADIO - {{FACILITY:Yazoo Basin Med}} ED base {{DATE:3/19/24}}
1715 "{{FACILITY:Yazoo Basin}}, {{FACILITY:Humphreys Co Amb}} unit 2, inbound code 3, {{AGE:ninety-two}} year old female, found down in the yard at {{ADDRESS:1409 Church St}}, {{LOCATION:Belzoni}}, unknown down time, GCS 9, glucose 32, D10 running, rechecked 110, GCS now 13. pt name {{NAME:Hattie Mae Stovall}}. ETA 30."
1718 ED charge {{NAME:Keon}}: copy. bed 4.
1740 "unit 2, update, pt states her son {{NAME:Jerome}} does her insulin, he's at work at {{FACILITY:Belzoni Catfish Processing}}, number {{PHONE:662-555-0104}}"
1748 arrived. run # {{ID:HC2-0319-07}}.
1820 {{NAME:Jerome Stovall}} arrived, says mama took her 70/30 twice by mistake. pharmacist {{NAME:Ngozi}} reviewing.
1900 plan: admit obs, D10, q1h FSBS. DM educator Ms. {{NAME:Tillman}} to see in am.`,
  `NURSE ADVICE LINE - after hours - {{FACILITY:Big Sky Family Med}} - {{DATE:3/19-3/20/24}}
2108 caller {{NAME:Amber Skillman}} re son {{NAME:Bodie}} 2yo, fever 39.6, drinking, wet diapers x3. home care advice, tylenol 15mg/kg. callback prn. pt MRN {{MRN:40188271}}.
2247 caller {{NAME:Frances Jolicoeur}} {{AGE:90}}, "my heart is racing", HR 130 on her cuff, alone, {{ADDRESS:HC 34 Box 112}}, {{LOCATION:Plentywood}}. advised 911 -> she refused, says ambulance costs too much. called {{LOCATION:Sheridan Co}} dispatch for welfare check. ref {{ID:NL-240319-44}}.
2315 dispatch: EMS at scene, transporting.
0140 caller {{NAME:Travis Hjelm}} - wife {{NAME:Carly}} 34w preg, leaking fluid. to L&D at {{FACILITY:Lower Yellowstone Med}} now, 75 min drive. called L&D {{PHONE:406-555-0139}}.
0355 caller "Grandpa {{NAME:Bo}}"? - wrong number, wanted vet (calving). not a pt.
0610 handoff to day RN {{NAME:Lacey}}. RN {{NAME:D. Faulk}}`,
  `TRANSFER CENTER REQUEST LIST {{DATE:03/20/2024}} (coordinator {{NAME:Rick}}) 
1. 0612 from {{FACILITY:Glasgow ER}} - {{NAME:Pohl, Norma}} {{AGE:94}}F, hip fx, needs ortho. accepted Dr {{NAME:Brandvold}}. callback {{PHONE:406-555-0144}}. transfer # {{ID:TC-2203}}.
2. 0740 from {{FACILITY:Wolf Point clinic}} - {{NAME:Lambert, Bryce}} 56M, NSTEMI. cards accepted. ground vs fixed wing pending weather.
3. 0915 from {{FACILITY:Jordan clinic}} - {{NAME:Hould}}, peds, 4yo, croup, stable, declined - manage local. Dr {{NAME:Ebersole}} ok.
4. 1030 from {{FACILITY:Poplar clinic}} - {{NAME:Red Boy, Selena}} 27F, ectopic?, OB accepted. fax records {{FAX:406-555-0147}}.
5. 1212 from {{FACILITY:Culbertson hosp}} - {{NAME:Sundby, Arne}} {{AGE:90}}M, GI bleed, Hgb 6.2, ICU full -> diverted to {{FACILITY:St. Ignatius Billings}}, spoke w/ {{NAME:Tamsin}}.
6. 1300 from {{FACILITY:Scobey hosp}} - {{NAME:O'Toole}} 71M CVA, tPA 1240, accepted, air launched.
7. 1340 from {{FACILITY:Malta clinic}} - {{NAME:Whitcomb, Ada}} {{AGE:97}}F, SDH on CT, family chose comfort only after talk w/ Dr {{NAME:Lyons}}; transfer cancelled 1405. ref {{ID:TC-2209}}.
8. 1355 from {{FACILITY:Harlem clinic}} ({{LOCATION:Fort Belknap}}) - {{NAME:Bigby, Royce}} 12M, ruptured appy?, peds surg at {{FACILITY:Great Falls Peds Surgery}} accepted instead. mom {{NAME:Nicolette}} {{PHONE:406-555-0104}}.
beds: ICU 0, step-down 2, med 5. next huddle 1400.`,
  `REHAB UNIT WHITEBOARD (4 South) {{DATE:3/20}}
rm 401 {{NAME:Winifred}} ({{NAME:Winnie}}) {{NAME:Oberg}} | CVA L | goal: transfer w/ min A by dc {{DATE:3/28}} | PT 0900/1400 | OT 1030 | ST 1300 | dc to home w/ husband {{NAME:Arvid}}
rm 402 Mr. {{NAME:Cho}} | BKA R | goal: prosthetic fitting {{DATE:4/2}} at {{FACILITY:Peak Prosthetics}}? (vendor), stump shrinker | PT BID
rm 403 {{NAME:Estella Vigil}} {{AGE:90}} | debility | goal: walk 150 ft w/ FWW | family mtg {{DATE:Fri 3/22}} 1500, dtr {{NAME:Chita}}
rm 404 {{NAME:Bud}} (see 405!) {{NAME:Bud Ekstrom}} | SCI T10 | bowel program 2000 | "no visitors from the bar" per pt
rm 405 {{NAME:Bud Rasmussen}} | TKA revision | CPM | Max A -> Mod A
** TWO BUDS: use full name + DOB. 404 = {{NAME:Ekstrom}}, 405 = {{NAME:Rasmussen}} **
therapists: PT {{NAME:Sage}}, {{NAME:Kurt}} | OT {{NAME:Lise}} | ST {{NAME:Hope}} ({{NAME:Hope}} is the SLP, not a goal)
CM {{NAME:Tonia}} x{{PHONE:5312}}`,
  `NH -> on-call pages (answering svc transcripts) - {{FACILITY:Golden Age Manor}} - {{DATE:3/21/24}}
1902 "pls call {{NAME:Vonda}} at {{PHONE:575-555-0135}} ext {{PHONE:22}} re {{NAME:Alma Ferris}} {{AGE:92}} back from ER, new cipro rx, ok to start tonight?"
1915 Dr {{NAME:Trujillo}} cb: yes start, 500 bid x7d.
2230 "{{NAME:Vonda}} again. Mr. {{NAME:Salcido}} rm 18 BS 412, sliding scale maxed, what else" -> Dr {{NAME:Trujillo}}: 6u extra lispro, recheck 2 hr, call if >400.
0045 "{{NAME:Benito Salcido}} now 298. fyi."
0320 "{{NAME:Lula}} (night nurse) Mrs. {{NAME:Quintana}} {{AGE:101}} rm 4 no BP on cuff, cool, mottled, DNR, family wants to be called - dtr {{NAME:Margie}} {{PHONE:575-555-0116}}" -> Dr cb 0325: comfort, call family, ok to pronounce when time per NH policy.
0450 "{{NAME:Lula}}: Mrs. {{NAME:Quintana}} passed 0438. dtr here. funeral home {{FACILITY:Rosario Mortuary}}"
0455 death cert fax to Dr {{NAME:Trujillo}} office {{FAX:575-555-0190}} in am. svc msg ID {{ID:AS-883120}}.`,
  `HOME HEMO (NxStage) - monthly clinic + remote log review - {{FACILITY:Northern Plains Kidney Care}}
pt {{NAME:Dwight Hollowhorn}} 49M, MRN {{MRN:NPK-20418}}, care partner wife {{NAME:Renata}}
{{DATE:2/20-3/20/24}} flowsheets uploaded: 22 of 24 tx done. missed {{DATE:3/2}}, {{DATE:3/9}} (calving, "no time").
cycler SN {{DEVICE:NXS-1C-44091}}, cartridge lot fine, no alarms > 3/tx.
BP pre avg 148/90, post 128/80. wt gain 2-3 kg between.
access: buttonhole L AVF, {{NAME:Renata}} cannulating. no infection. reviewed clean technique again.
labs {{DATE:3/18}}: K 5.3, phos 6.8 (cattle fries?? per pt lol), Hgb 10.9.
supplies delivered to {{ADDRESS:14880 Little Missouri Rd}}, {{LOCATION:Marmarth}} ND {{ZIP:58643}} - box left in barn by mistake, supplier {{FACILITY:Plains Renal Supply}} notified, acct {{ACCOUNT:4400-19287}}.
pt email {{EMAIL:dhollowhorn@ndsupernet.net}}. ok to email results.
RN {{NAME:Siobhan M.}} / Dr {{NAME:Olawale}}`,
  `TB DOT LOG - {{LOCATION:Elko}} Co public health - pt {{NAME:Ignacio Zubiri}} 58M, case {{ID:TB-24-003}}
{{DATE:3/18}} 0630 DOT at {{FACILITY:Maggie Creek sheep camp}} (pt's employer), RIPE given, swallowed observed. no sx. nurse {{NAME:Ainhoa}}.
{{DATE:3/19}} 0635 same. pt says coworker {{NAME:Koldo}} coughing - referred for test.
{{DATE:3/20}} 0640 camp moved to {{ADDRESS:Hwy 225 mile 41}}. DOT done in truck. visual acuity ok, no rash.
{{DATE:3/21}} pt not at camp. boss Mr. {{NAME:Etcheverry}} {{PHONE:775-555-0161}} says pt went to {{LOCATION:Winnemucca}} for parts. DOT missed #1.
{{DATE:3/22}} 0700 DOT done at {{FACILITY:Buckaroo Motel}}, {{LOCATION:Winnemucca}}. catch-up dosing plan w/ Dr {{NAME:Aldecoa}}.
pt lang: Basque/Spanish, prefers {{NAME:Ainhoa}} b/c she speaks Euskara. family in {{LOCATION:Bilbao}} (mother), calls weekly.
pt phone (work) {{PHONE:775-555-0124}}. state TB program notified of missed dose.
{{DATE:3/25}} 0630 DOT back at camp. sputum x3 {{DATE:3/25}}-{{DATE:3/27}} to state lab, LFTs drawn. {{NAME:Koldo}} ({{NAME:Koldo Arrizabalaga}}) IGRA +, CXR clear -> LTBI, 4R offered. contact list: 7 herders, 2 cooks, owner family ({{NAME:Etcheverry}}). DOT schedule posted in cook tent.`,
  `VHF / phone - {{LOCATION:Bethel}} ER - village clinic consults {{DATE:3/22/24}}
0815 {{LOCATION:Tununak}} CHA {{NAME:Martina}}: pt {{NAME:Ayaprun Charlie}} {{AGE:90}}F, "Aaka", SOB, sat 86, crackles. neb x1, O2 from clinic tank. -> medevac req {{ID:MV-24-0912}}.
0840 {{LOCATION:Chevak}} CHA {{NAME:Pius}}: {{NAME:Wassilie}} boy 6yo, ear pain, TM bulging. amox per standing order. f/u 2 days.
0930 {{LOCATION:Tununak}}: medevac delayed, ceiling too low. O2 tank half. {{NAME:Martina}} staying at clinic overnight w/ pt. son {{NAME:Paul Charlie}} bringing 2nd tank by snowmachine from {{LOCATION:Toksook Bay}} ({{PHONE:907-555-0173}}).
1120 {{LOCATION:Kwethluk}} CHA {{NAME:Nastasia}}: {{NAME:Evan Olick}} 24M, snowmachine vs tree on river trail ~ mile 8 above {{LOCATION:Akiachak}}, L femur deformity. traction splint. ground transport on river by trail crew. ETA 1.5h.
1345 {{NAME:Olick}} arrived by trail sled. trauma activation.
1630 weather lifted. {{LOCATION:Tununak}} medevac launched. {{NAME:Ayaprun}} ETA 1740.
ER doc Dr {{NAME:Kassel}}, charge RN {{NAME:Helga}}.`,
  `MAIL-ORDER / REFILL calls - {{FACILITY:Rocky Butte Pharmacy}} - {{DATE:3/22}}
- {{NAME:Clifford Bad Heart Bull}} (dob {{DATE:09/09/1944}}) called re insulin shipment, tracking {{ID:1Z88W4V20390113752}} shows delivered {{DATE:3/20}} to {{ADDRESS:PO Box 304}}, {{LOCATION:Kyle}} SD but he never got it. post office says box full. reship approved, acct {{ACCOUNT:RB-0033817}}.
- {{NAME:Ramona}} at {{FACILITY:Kyle clinic}} fax {{FAX:605-555-0114}}: new Rx gabapentin for {{NAME:Eldon Jumping Eagle}}. verified.
- {{NAME:Darlene}} (no last name) from "{{LOCATION:Porcupine}}, on the big hill" asking about her mom {{NAME:Theresa}}'s {{AGE:ninety-one}}?? - she said {{AGE:91}} - med list. HIPAA: not on release. asked mom to call.
- 1440 {{NAME:Theresa Two Crow}} called herself, ok'd dtr {{NAME:Darlene Two Crow}} on release verbally, form mailed.
- 1525 Dr {{NAME:Scherer}} office: PA for Ozempic approved, auth {{ID:PA-7721904}}, member {{HEALTH_PLAN:SDM411889203}}.
tech {{NAME:Aspen}} / RPh {{NAME:G. Loud Hawk}}`,
  `NEWBORN NURSERY - POC / lab criticals - {{DATE:03/23/24}}
0130 TcB 14.1 @ 30h on baby girl {{NAME:Etsitty}} (mom {{NAME:Roxanne Etsitty}}), MRN {{MRN:N2240331}} -> serum sent, acc {{ID:N24083-0009}}. TSB 15.8, high-int risk. Dr {{NAME:Oyelowo}} called 0210, photo started.
0315 glucose 28 baby boy {{NAME:Haskie}} 3h old, IDM, mom {{NAME:Charlene Haskie}}. gel + feed, recheck 41, 2nd gel, recheck 52. NICU aware.
0445 Twin A {{NAME:Morningstar}}? -> correct label = {{NAME:Morningstar}}, Twin A (MRN {{MRN:N2240318}}), temp 36.1 axillary, skin-to-skin w/ dad {{NAME:Levi}}. 0515 36.6.
0600 CCHD screen fail baby boy {{NAME:Haskie}} (R hand 93, foot 89). repeat 1h. 0700 pass 97/96.
0710 baby girl {{NAME:Etsitty}} TSB repeat 14.9 on photo. grandma {{NAME:Lorena}} asking for DC; not today.
RN {{NAME:Kenna}} / {{NAME:Ria}}`,
  `ED HOLDS - INPATIENT BED BOARD {{DATE:03/23/2024 1400}}
ED5 {{NAME:ATCITTY, HERMAN}} 71M  BIPAP  -> ICU  REQ 0930  DR {{NAME:LUI}}  WAITING CLEAN BED 4
ED8 {{NAME:NARANJO, E}} {{AGE:94}}F  PNA  -> 3W  REQ 1015  ASSIGNED 306  RN {{NAME:ROXANNE}} CALLED FOR REPORT X2
ED9 {{NAME:BLACKHAT, SONNY}} 40M  ETOH W/D  -> 4N  REQ 1100  NO TELE BOX AVAIL
ED11 {{NAME:YAZZIE, MAE}} 80F  FALL/HIP  -> ORTHO 5S  REQ 1130  SURG {{DATE:3/24}} AM
HALL3 {{NAME:GRUBB, DENNIS}} 58M  CP  -> OBS  REQ 1200  OBS FULL; OVERFLOW PACU?
ED14 {{NAME:TSO, MARLA}} 25F  PYELO/PREG 20W  -> L&D  REQ 1215  ACCEPTED
*** {{NAME:YAZZIE, MAE}} (ED11) vs {{NAME:YAZZIE, LORRAINE}} (3W-301A) -- NAME ALERT ***
BED MGMT {{NAME:JANELLE}} X{{PHONE:4410}}  HOUSE SUP {{NAME:NADINE}} PGR {{PHONE:6611}}
DIVERSION: NO.  SURGE LEVEL: 2.  EVS BACKLOG 5 ROOMS.`,
  `BURN / WOUND - daily log - pt {{NAME:Cordell Arneson}} 37M, {{FACILITY:Sage Flats Regional}} 2W
{{DATE:3/24}} - 14% TBSA partial thickness R arm/chest from grain dryer fire at {{FACILITY:Arneson Bros Farms}} ({{LOCATION:Sidney}} MT). silver sulfadiazine -> switched to Mepilex Ag per burn ctr phone consult Dr {{NAME:Halvorsen}} ({{FACILITY:Mountain West Burn Ctr}}). premed fentanyl 50 before dsg.
{{DATE:3/25}} - blisters debrided at bedside, pain 8/10 during. added ketamine low dose per pharm {{NAME:Stan}}.
{{DATE:3/26}} - graft eval: transfer for STSG {{DATE:3/28}}. work comp claim {{ACCOUNT:WC-MT-2024-118834}}, adjuster {{NAME:Rhoda Vance}} {{PHONE:406-555-0195}} ext {{PHONE:441}}.
{{DATE:3/27}} - wife {{NAME:Kristi}} asks for FMLA forms, employer = his brother {{NAME:Lyle Arneson}}. photos of wounds in media tab (no face).
{{DATE:3/28}} - dc'd to burn ctr via ground, rig {{FACILITY:Richland EMS}} unit 4. RN {{NAME:Joelle}}`,
  `HBPC VISIT - VA home based primary care - {{DATE:03/25/24}} - RN {{NAME:Gordon Pike}}
pt: {{NAME:Elwood}} "{{NAME:Woody}}" {{NAME:Brandt}}  {{AGE:96}}yo  WWII? no - Korea vet  SSN {{SSN:503-18-4470}}  ICN {{MRN:1009288471V331904}}
addr: {{ADDRESS:7 Coyote Flats Rd}}, {{LOCATION:Hulett}} WY {{ZIP:82720}}. lives w/ son {{NAME:Keith}} (works nights at {{FACILITY:Neil's Sawmill}}).
VS 136/74, 68, 16, 95% RA. wt 141. skin: R shin abrasion (fell on porch {{DATE:3/21}}), healing.
meds: finasteride, tamsulosin, tylenol prn. hx PTSD - sleeps in recliner, gun locked per son (safety plan reviewed).
issues: hearing aids need new batteries - {{FACILITY:Sheridan VA}} audiology mail-out, order # {{ID:HA-553102}}.
son's cell {{PHONE:307-555-0168}}; pt landline {{PHONE:307-555-0102}}.
caregiver stress: {{NAME:Keith}} tired. respite - {{FACILITY:Crook Co Senior Svcs}} adult day in {{LOCATION:Sundance}} 2x/wk; VA respite 30 d/yr. DAV van from {{LOCATION:Gillette}} if needed.
plan: PT eval for falls, grab bars via HISA grant. next visit {{DATE:4/8}}. case reviewed with Dr {{NAME:Ostrander}}.
{{NAME:GP}}/{{NAME:lm}}`,
  `URGENT CARE TRIAGE - {{FACILITY:Teton Valley UC}} - {{DATE:Sat 3/23}}
0905 {{NAME:Hamish Forsyth}} 41M, from {{LOCATION:Inverness}} (Scotland), ski fall, R shoulder. travel ins # {{HEALTH_PLAN:AXA-TRV-88219034}}. ESI 4.
0922 {{NAME:Lucía Etxeberria}} 29F, from {{LOCATION:San Sebastián}}, altitude HA + vomiting. ESI 3. hotel: {{FACILITY:Elkhorn Lodge}}? rm 214.
0940 {{NAME:Kai}} (snowboard instr at {{FACILITY:Targhee Peaks ski school}}) 23M knee. employer WC form. ESI 4.
1010 Mrs. {{NAME:Bettina Ruhl}} {{AGE:90}}, visiting grandson, fell in parking lot, wrist. from {{LOCATION:Freiburg}}. son-in-law {{NAME:Matthias}} {{PHONE:+49 761 555 0183}}?? (intl # - german mobile).
1035 {{NAME:Tanner Boyce}} 17M, concussion? hockey, mom {{NAME:Jill}} {{PHONE:208-555-0171}}.
1100 "{{NAME:Moose}}" (local) 60s, chainsaw lac L thigh 6cm, tourniquet applied by friend, ESI 2 -> call {{FACILITY:Snake River Regional}}? EMS.
triage RN {{NAME:Kelsey}} / PA {{NAME:Dorn}}`,
  `MED TECH NOTES - {{FACILITY:Aspen Ridge Assisted Living}} - {{DATE:3/26}} AM pass - {{NAME:Brenna}} (CMA)
apt 3 {{NAME:Nels Gunderson}} {{AGE:93}} - all AM meds taken. said "{{NAME:Pat}} was here" - {{NAME:Pat}} = his late wife. redirected.
apt 5 {{NAME:Dolly}} ({{NAME:Dorothy Venn}}) - eye gtts OU, refused aricept again. notified RN {{NAME:Colleen}}.
apt 6 {{NAME:Hap Lindstrom}} - Sat 93% (pulse ox), BP 152/88. no PRN given. NB "Sat" = oxygen sat, not saturday.
apt 9 {{NAME:Marguerite LaPointe}} {{AGE:99}} - new Part D plan {{DATE:3/1}}, card # {{HEALTH_PLAN:RXW 8841 9920 13}}. pharm {{FACILITY:Kwik Rx}} says eliquis now tier 3, son {{NAME:Andre}} notified {{PHONE:218-555-0145}}.
apt 11 {{NAME:Marv}} - bp med held, 96/58. RN aware. 
apt 12 Mrs. {{NAME:Ostrowski}} - out to {{FACILITY:Range clinic}}? no - {{FACILITY:Lakewood cardiology}} appt 1000, meds sent in baggie w/ dtr {{NAME:Renata}}.
MAR signed 0930. 1 refusal. incident: none.`,
  `ACUTE HD - inpatient - {{FACILITY:St. Brigid of the Plains}} - {{DATE:03/26/2024}}
pt {{NAME:Thunder Hawk, Lawrence}}  MRN {{MRN:44-51-208}}  rm ICU 6  order {{ID:ORD-99120447}}
nephro fellow Dr {{NAME:Abiodun}} pgr {{PHONE:7331}}; attending Dr {{NAME:Moreau}}
access: L fem non-tunneled HD cath (Mahurkar) placed {{DATE:3/25}} 2310 by Dr {{NAME:Coyle}}. 
K 7.1 -> 2K bath first 1h then 3K. BFR 250 (1st tx), 2.5h, UF 1L as tolerated. no heparin (GI bleed hx).
1402 start. 1430 BP 90/52, UF stopped. 1530 K 5.6 recheck. 1632 end. UF 0.4L.
pt combative at start - wife {{NAME:Agnes}} calmed him (Lakota). interpreter line not needed. 
plan: HD {{DATE:3/27}} again, vein mapping for AVF, outpt placement - {{FACILITY:Red Butte Dialysis}}? too far; {{FACILITY:Bluestem Dialysis}} 40 mi from {{LOCATION:McLaughlin}}.
SW {{NAME:Verna}} has his SSN {{SSN:503-66-1034}} for ESRD 2728 form (in secure shred bin after).
HD RN {{NAME:Nkem}}`,
  `PROMOTORA HOME VISITS - {{FACILITY:Salud del Valle}} - {{NAME:Yolanda}} (CHW) - {{DATE:27 mar 24}}
1) {{ADDRESS:Colonia Las Lomas, lote 14}}, {{LOCATION:Rio Grande City}}. Sra. {{NAME:Hinojosa}} ({{NAME:Petra}}), {{AGE:90}} años. BP 174/96, sin medicina x1 sem. nieto {{NAME:Isaac}} lleva a clínica mañana. tel {{PHONE:956-555-0162}}.
2) {{ADDRESS:Colonia El Cenizo, calle 3 #221}}. Don {{NAME:Eusebio}}? -> {{NAME:Eusebio Garza Leal}} 71, pie diabético, llaga talón. referido a {{FACILITY:Starr Co wound clinic}}. no tiene seguro; Medicaid pending, app # {{ID:TX-HHSC-55120031}}.
3) {{NAME:Dulce}} ({{NAME:Dulce María Peña}}) 24, 30 sem embarazo, vive entre {{LOCATION:Roma}} y {{LOCATION:Ciudad Mier}} (Mexico). prenatal at {{FACILITY:Clínica Guadalupe}} {{DATE:4/3}}.
4) {{ADDRESS:Colonia Las Lomas, lote 9}}: Sr. {{NAME:Abundio Rangel}}, {{AGE:noventa y dos}} años ({{AGE:92}}), diabetes, glucómetro no funciona, nuevo de {{FACILITY:Farmacia San José}}. hija {{NAME:Elvia}} cuida, tel {{PHONE:956-555-0108}}. perro bravo - llamar antes.
5) no one home at {{ADDRESS:FM 755 & Las Palmas}}. left flyer.
NB: "Don" = honorific (title), not part of name. "{{NAME:Dulce}}" = her name, not sweet.
{{NAME:YR}}`,
  `MICRO / LAB CALLS - {{FACILITY:Tri-County Ref Lab}} - outpatient criticals {{DATE:3/27/24}}
0915 blood cx 2/2 GNR (E. coli prelim) - pt {{NAME:Opal Dahl}} {{AGE:99}}F, acc {{ID:TCR-24-1187334}}, ordered by Dr {{NAME:Frankl}} ({{FACILITY:Frankl Family Practice}}). called office {{PHONE:406-555-0189}}, spoke {{NAME:Sue}}, read back. pt at home - Dr sending to ED.
0940 CSF gram stain GPC pairs - {{NAME:Benjamin Yellowtail}} 19M, from {{FACILITY:Crow Agency clinic}}, pt already transferred to {{FACILITY:St. Ignatius Billings}}. called receiving ICU {{NAME:Tamsin}} RN. acc {{ID:TCR-24-1187412}}.
1100 AFB smear + (3+) - {{NAME:Ignacio Zubiri}} case {{ID:TB-24-003}} - called {{LOCATION:Elko}} Co health RN {{NAME:Ainhoa}} {{PHONE:775-555-0122}}, fax report {{FAX:775-555-0123}}.
1322 malaria smear neg (travel {{LOCATION:Lagos}}) - {{NAME:Adaeze Okonkwo-Reyes}} - not critical, courtesy call. portal {{URL:https://results.tricountyreflab.com/r/8831A}}.
tech {{NAME:Ferg}} / MT(ASCP) {{NAME:D. Halloran}}`,
  `RADIO / PHONE - {{FACILITY:Tahlequah City ER}} - EMS reports {{DATE:3/28/2024}}
0612 "{{FACILITY:Tahlequah}}, {{FACILITY:Cherokee Co EMS}} Medic 2, inbound w/ {{AGE:90}} yo male, syncope at the {{FACILITY:Dollar General}} on {{ADDRESS:Hwy 62 at Park Hill}}, pt {{NAME:Wesley Sixkiller}}, tribal citizen ID {{ID:CN-0448127}}, A&O now, BP 96/60 HR 42. pacer pads on, atropine 1 mg given, HR 58. ETA 12."
0630 arrived. daughter {{NAME:Wilma}} en route from {{LOCATION:Stilwell}} {{PHONE:918-555-0155}}.
0633 pt has pacemaker? - no. has loop recorder SN {{DEVICE:RLA441902H}}, implanted 2022? (year only).
1115 "{{FACILITY:Osage Nation EMS}} unit 7 from {{LOCATION:Pawhuska}}, 22yo F, MVC on {{ADDRESS:Hwy 99 mile 31}}, driver, airbag, c/o abd pain, seatbelt sign, BP 100/64, HR 118. ETA 50 - or diverting to {{FACILITY:Bartlesville}}? stand by"
1120 diverted. run # {{ID:ON7-24-0328-3}} for log.
charge RN {{NAME:Skyler}}, ED MD Dr {{NAME:Proctor}}`,
  `FAST TRACK one-liners {{DATE:03282024}} - NP {{NAME:Haverkamp}}
- {{NAME:Koenig, Bertha}} DOB {{DATE:03041931}} ({{AGE:93}}) skin tear L forearm from cat, steri, tetanus utd.
- {{NAME:Stub}} ({{NAME:Stuart}}) {{NAME:Frey}} 66, fishhook R thumb, advance & cut, ok.
- {{NAME:Sanchez, Alondra}} DOB {{DATE:11202009}} 14F, sore throat, strep +, amox. mom {{NAME:Nayeli}} {{PHONE:(970) 555-0133}}.
- {{NAME:Dusty Van Beek}} 31M, L eye FB (grinding at {{FACILITY:Van Beek Welding}}), fluor +, rust ring removed.
- "{{NAME:J.R.}}" {{NAME:Ruckman}} 58, gout flare R great toe, colchicine. works at {{FACILITY:Pawnee Buttes Co-op}}.
- Mrs. {{NAME:Ilse Brauer}} {{AGE:ninety-seven}}, UTI sx, UA +, cx sent, keflex. from {{FACILITY:Grover Lutheran Home}}, fax {{FAX:970-555-0159}}.
- {{NAME:Kinsley Duran}} 4F, nursemaid's elbow R, reduced, using arm.
all dc'd. scribe {{NAME:LS}}.`,
  `HOSPICE HOUSE WHITEBOARD - {{FACILITY:Meadowlark Hospice House}} - {{DATE:3/28}}
rm Sunflower - {{NAME:Ardis Hoff}} {{AGE:91}} | CHF | PPS 20 | dtr {{NAME:Jan}} staying | harpist 1400
rm Bluebell - {{NAME:Cyrus Mayweather}} 74 | lung ca | PPS 30 | no visitors before 10 | son {{NAME:Terrence}} {{PHONE:785-555-0188}}
rm Prairie Smoke - Sister {{NAME:Mary Alphonse}}? -> Sister {{NAME:Mary Alphonse}} ({{NAME:Agnes Kohler}}) {{AGE:95}} | dementia | {{FACILITY:Mount Tabor convent}} sisters visiting 1900
rm Coneflower - {{NAME:June Pfannenstiel}} 88 | ALS | BiPAP prn | ** {{NAME:June}} is pt's name **
rm Yarrow - empty, clean
rm Goldenrod - admit today 1500 from {{FACILITY:Smoky Hill Medical}}, {{NAME:Reuben Dinkel}} 82, ESLD
chaplain Pr. {{NAME:Anneliese}}, SW {{NAME:Mac}}, RN {{NAME:Tess}} / {{NAME:Imani}}, CNA {{NAME:Bryce}}
NOTE: room names are flowers, not pts.`,
  `ELOPEMENT - text thread, house sup phone {{DATE:3/29/24}}
0212 sup {{NAME:Nadine}}: 4N reports pt missing - {{NAME:Dale Lutz}} MRN {{MRN:3318207}}, 78M, confused, gown + jeans, last seen 0140 rm 409
0214 security {{NAME:Boyd}}: cameras show him leaving ER exit 0151, walked to lot
0219 {{NAME:Boyd}}: his truck gone. wife {{NAME:Irma}} says 2004 F-250 white, plate {{VEHICLE:MT 17-3390B}}
0221 {{NAME:Nadine}}: called 911 / {{LOCATION:Custer Co}} SO, ref {{ID:CCSO-24-0788}}
0248 deputy {{NAME:Haugen}}: found him at {{FACILITY:Cenex}} on {{ADDRESS:Haynes Ave}}, fueling, calm. bringing back.
0311 {{NAME:Boyd}}: back on unit. keys to wife.
0330 {{NAME:Nadine}}: 1:1 sitter, Dr {{NAME:Patel}} aware, incident {{ID:IR-24-00412}}. {{NAME:Irma}} at {{PHONE:406-555-0176}} updated.
0335 {{NAME:Nadine}}: plate + VIN {{VEHICLE:1FTNW21P44ED11837}} in report for SO. thx all`,
  `WOUND / SKIN LOG - {{FACILITY:Cottonwood Group Home}} (IDD waiver) - nurse {{NAME:Maribel}}
{{DATE:3/25}} {{NAME:Tyson}} ({{NAME:Tyson Greeley}}) 34M, CP/nonverbal - coccyx stg 2, 1.2 x 0.8. barrier cream, reposition q2 by DSP {{NAME:Andre}}. notified case mgr {{NAME:Lacy Drummond}} {{EMAIL:ldrummond@highplainswaiver.org}}.
{{DATE:3/26}} {{NAME:Tyson}} - same. new cushion (ROHO) ordered via {{FACILITY:Plains Mobility}}, PA {{ID:AUTH-3392014}}.
{{DATE:3/27}} {{NAME:Shay B.}} 29F - R heel redness, blanchable. heel float. guardian = mom {{NAME:Connie}} {{PHONE:785-555-0112}}.
{{DATE:3/28}} {{NAME:Tyson}} - 1.0 x 0.7, improving. waiver ID {{HEALTH_PLAN:KS-HCBS-00441877}}.
{{DATE:3/29}} {{NAME:Wendell}} ({{NAME:Wendell Pruitt}}) {{AGE:90}}? NO - DOB {{DATE:6/6/1966}}, 57 - blister L foot from new shoes. shoes returned to Walmart (store #) lol.
day program: {{FACILITY:Sunrise Day Svcs}}. {{NAME:mt}}`,
  `CLOZAPINE / ANC - lab -> pharmacy -> clinic calls {{DATE:3/29}}
0830 lab: ANC 980 (moderate neutropenia) - pt {{NAME:Ambrose Kittle}} 44M, MRN {{MRN:RB-77120}}, acc {{ID:C24089-0412}}. called {{FACILITY:Riverbend Behavioral}} clinic, RN {{NAME:Colette}}.
0845 {{NAME:Colette}} -> Dr {{NAME:Huang}}: hold clozapine? Dr: hold, repeat ANC daily, monitor for infx.
0910 pharm ({{FACILITY:Ridgeline Pharmacy}}, RPh {{NAME:Stan}}): REMS pt ID {{ID:CPR-441902}}, dispense hold entered. prescriber cert {{LICENSE:MT MD 18802}}.
0935 called pt {{PHONE:406-555-0130}} - mother {{NAME:Doreen}} answered, pt sleeping. explained hold. pt lives w/ her at {{ADDRESS:1104 3rd Ave S}}, {{LOCATION:Great Falls}} {{ZIP:59405}}.
1400 pt called back, scared of "going crazy again". reassured, ER precautions, fever = go in.
{{DATE:3/30}} 0800 ANC 1240. {{DATE:3/31}} ANC 1620 -> Dr ok to resume.
{{NAME:CC}} RN`,
  `TELEHEALTH LOG - {{FACILITY:Sagebrush Rural Health Clinic}} - {{DATE:Mon 4/1/24}}
0900 {{NAME:Wyatt Pfeiffer}} 52M, DM f/u, video from home ({{LOCATION:Jordan}} MT, satellite internet), pt IP {{IP:100.64.17.203}}, dropped x2, finished by phone {{PHONE:406-555-0193}}. A1c 8.1.
0930 {{NAME:Emmaline Barstad}} {{AGE:95}}F, CHF, video via dtr-in-law {{NAME:Sonja}}'s iPad from {{LOCATION:Circle}}. link {{URL:https://visit.sagebrushrhc.org/v/7QX2-K81}}. wts 148-151 this wk. no change.
1015 {{NAME:Hollis Crowe}} - no show. link sent to {{EMAIL:hcrowe1957@yahoo.com}} bounced. called {{PHONE:406-555-0108}} - wife says he's out feeding cows, resched.
1040 {{NAME:Ty Lemm}} 29M, anxiety f/u, from truck cab at {{FACILITY:Fallon Midstream}}? no, at the {{FACILITY:Baker oil yard}}, IP {{IP:172.58.44.19}} (cell hotspot), privacy limited, brief visit.
1130 {{NAME:Gladys Ueckert}} {{AGE:ninety}}, med check via phone only (no internet at {{ADDRESS:HC 69 Box 30}}, {{LOCATION:Brusett}} {{ZIP:59318}}).
provider {{NAME:Dana Reese}} FNP, MA {{NAME:Kit}}. session IDs in tele log {{ID:TH-240401-03}}-{{ID:TH-240401-07}}.`,
  `OTP DOSING WINDOW - {{FACILITY:High Plains Recovery Ctr}} - {{DATE:04/02/2024}}
check-in by fingerprint reader; manual override logged.
0602 {{NAME:Jace Redfield}} FP template {{BIOMETRIC:FP-7730184}} ok. methadone 85mg. observed. 
0609 {{NAME:Tonya Lee Birdsbill}} FP fail (cut on finger) -> photo ID match, pt photo on file {{PHOTO:HPRC-PT-0418.jpg}}. 60mg.
0615 "{{NAME:Hammer}}" - NO nicknames in log: {{NAME:Dale Hammerquist}}, FP {{BIOMETRIC:FP-7730299}}, 110mg, take-home x1 (sat) per Dr {{NAME:Ravenscroft}}.
0631 {{NAME:Kristen Olds}} - intoxicated?, slurred, dose held, counselor {{NAME:Mikey}} notified, BAC 0.06.
0648 {{NAME:Coyote}} ({{NAME:Randall Coyote}}) 45mg, pregnant partner {{NAME:Jolene}} asking about services.
0700 guest dose for {{NAME:Ruben Ochoa}} from {{FACILITY:Casper Comprehensive OTP}}, verified w/ their nurse {{PHONE:307-555-0153}}, fax {{FAX:307-555-0154}}.
count: 41 doses, 0 errors. lockbox LB-22? (lockbox #22 issued to {{NAME:Hammerquist}}).
nurse {{NAME:Leticia}} / {{NAME:LR}}`,
  `ED - UNIDENTIFIED PT - running notes {{DATE:4/2/24}}
2210 EMS ({{FACILITY:Sage Flats Fire}} Engine 2) brought in M ~80-90?? found in car at {{ADDRESS:Rest Area I-94 EB mile 117}}, hypothermic 33.1, confused, no wallet. alias {{NAME:DOE, ZULU}} assigned, temp MRN {{MRN:U-240402-2}}.
2230 car: tan '98 Buick LeSabre, ND plate {{VEHICLE:ND 2-HKP-447}}, towed by {{FACILITY:Dan's Towing}}. Highway Patrol trooper {{NAME:Yellow Bird}} running plate.
2251 face photo taken for ID per policy, file {{PHOTO:UNK0402-face01.jpg}}, sent to HP via secure email.
2315 HP: reg owner {{NAME:Alvin Tescher}}, {{AGE:91}}, {{ADDRESS:408 2nd St NE}}, {{LOCATION:Beach}} ND {{ZIP:58621}}. reported missing by {{FACILITY:Beach Lutheran Home}} at 1600.
2320 {{FACILITY:Beach Lutheran Home}} RN {{NAME:Carol}} {{PHONE:701-555-0184}}: confirms, dementia, DNR, dtr {{NAME:Judy Tescher-Wald}} in {{LOCATION:Bismarck}} {{PHONE:701-555-0197}}.
2330 alias merged to real MRN {{MRN:00594410}}. {{NAME:Judy}} called, driving in.
0010 rewarmed 35.8, bair hugger, warm IVF. admit ICU.`,
  `REMOTE MONITORING - {{FACILITY:Big Sky Heart}} device clinic - alerts {{DATE:4/3}}
- {{NAME:Oyster, Harlan}} {{AGE:90}}M - ICD (Medtronic) SN {{DEVICE:PZN418227S}}, hub offline 9 days. called wife {{NAME:June}} at neighbor's {{PHONE:775-555-0131}} - hub unplugged for space heater. replug, transmission rec'd 1420.
- {{NAME:Tsosie, Irene}} 88F - PPM SN {{DEVICE:RNB300221H}}, AF burden 34% new. Dr {{NAME:Achterberg}} to review anticoag. MRN {{MRN:00650014}}.
- {{NAME:Kittelson, Clarence}} {{AGE:90}} - CardioMEMS PA pressure up 8 from baseline. called {{NAME:Doris}} {{PHONE:406-555-0171}}? no - that's {{FACILITY:Baker drug}}. correct # {{PHONE:406-555-0142}}. lasix +40 x3d per Dr.
- {{NAME:Lambert, Bryce}} 56M - loop rec SN {{DEVICE:LNQ22-118873}}, pause 4.2s at 0312. pt asleep, asymptomatic. appt {{DATE:4/5}}.
- {{NAME:Sundby}} - hub IP {{IP:10.0.0.214}} (home router, local) - n/a, disregard, tech note.
RN {{NAME:Kourtney}} / tech {{NAME:Ivo}}`,
  `DELIVERY ROUTE + REFILLS - {{FACILITY:Baker drug}} - {{DATE:Thurs 4/4}}
route (driver {{NAME:Lenny}}, store van #2):
1. {{NAME:Kittelson}} - lasix, metolazone - {{ADDRESS:2214 Cty Rd 390}}, {{LOCATION:Ekalaka}} {{ZIP:59324}} (leave w/ hired man {{NAME:Tuck}} if not home)
2. {{NAME:Ueckert, Gladys}} - eliquis, metoprolol - {{ADDRESS:HC 69 Box 30}}, {{LOCATION:Brusett}} {{ZIP:59318}} - meet at {{FACILITY:Sand Springs store}} 1300
3. {{NAME:Halvorsen, Inga}} {{AGE:91}} - oxycodone (sig req, ID check) - {{ADDRESS:417 W Elm}}, {{LOCATION:Broadus}} {{ZIP:59317}}
4. {{NAME:Bud Ekstrom}} - catheter supplies - {{FACILITY:Powder River Manor}}
calls:
0840 {{NAME:Doris}} says {{NAME:Bud}} (her {{NAME:Bud}}, {{NAME:Kittelson}}) needs extra O2 tubing, called {{FACILITY:Big Sky Oxygen}} acct {{ACCOUNT:BSO-10022}}.
0910 {{NAME:Inga}}'s son {{NAME:Lars}} will sign for her, his DL {{LICENSE:MT 0419822107}} on file.
1015 new Rx from Dr {{NAME:Solberg}} for {{NAME:Ueckert}}: furosemide 20. 
RPh {{NAME:Annika}}`,
  `HOME VISIT - {{FACILITY:Aroostook Home Care}} - RN {{NAME:Josée Thibodeau}} - {{DATE:4/4/24}}
pt {{NAME:Léonard}} "{{NAME:Ti-Léo}}" {{NAME:Pelletier}} {{AGE:93}}M, {{ADDRESS:1871 Rte 161}}, {{LOCATION:Fort Kent}} ME {{ZIP:04743}}. wife {{NAME:Rita}} 89 (not PHI age, she's 89). speaks French (St. John Valley), I speak some - ok.
dx: COPD, HTN, L BKA (2019). O2 2L cont. VS 142/78, 74, 20, 91%. lungs diminished bases. 
meds: inhalers - using Spiriva wrong (not piercing capsule), re-taught, return demo ok. prednisone taper done.
skin: stump intact. R heel slightly red, float.
safety: woodstove + O2 tubing 3 ft away!! moved concentrator, "no smoking/open flame" sign, son {{NAME:Gilles}} to install CO detector.
fam: dtr {{NAME:Nicole Pelletier-Ouellette}} lives in {{LOCATION:Edmundston}} (NB, Canada), visits wknds {{PHONE:506-555-0137}}.
PCP Dr {{NAME:Cyr}} at {{FACILITY:Fish River clinic}}, fax {{FAX:207-555-0126}} - visit note sent.
MaineCare {{HEALTH_PLAN:MC 44827715 A}}; Medicare {{HEALTH_PLAN:6HY9-CK2-AT18}}.
equipment: O2 concentrator (Respironics) sn {{DEVICE:RSP-EF0417732}} from {{FACILITY:Valley Home Medical}}, backup tanks x4 in shed (cold!). neb ok. hospital bed not wanted. advance directive: pt wants DNR, not signed - bring MOLST next visit, {{NAME:Rita}} agrees.
next {{DATE:4/11}}. if snowed in (april!) phone.
{{NAME:JT}}`,
  `CRISIS / DETOX CENSUS - {{FACILITY:Bridger Crisis Ctr}} {{DATE:4/5/24}} 0600
bed 1 {{NAME:Pruitt, Shane}} 33M etoh w/d day 2, CIWA 8, car in lot: blue Ranger {{VEHICLE:WY 9-28871}} (keys in safe)
bed 2 {{NAME:Marguerite}} "{{NAME:Maggie}}" {{NAME:Lone Bear}} 41F SI w/o plan, 72h hold, hearing {{DATE:4/7}} - {{FACILITY:Fremont Co courthouse}}
bed 3 {{NAME:Deshawn Oyler}} 26M meth, sleeping 20h, fine
bed 4 {{NAME:Cal}} ({{NAME:Calvin Stiffarm}}) 58M etoh, hx seizures, librium taper. wife {{NAME:Beverly}} {{PHONE:307-555-0111}}
bed 5 {{NAME:Echohawk}} 19F - opioid w/d, bup induction day 1 (COWS 14 -> 6)
bed 6 empty
NOTE - {{NAME:Cal}} = pt name; "cal" in orders = calorie count.
referrals: bed 1 -> {{FACILITY:Wind River Recovery}} {{DATE:4/8}}; bed 4 -> {{FACILITY:Arapaho Sweat Lodge Program}}? pending.
staff: RN {{NAME:Aurora}}, tech {{NAME:Bo}}, counselor {{NAME:Nate}}. on-call Dr {{NAME:Seaman}} {{PHONE:307-555-0100}}.`,
  `HD - TRANSIENT PT run sheet - {{FACILITY:Teton Dialysis}} - {{DATE:04/05/2024}}
visitor: {{NAME:Gerhard Fenske}} 68M, home unit {{FACILITY:Dialysezentrum Nord}}, {{LOCATION:Hamburg}}, on vacation in {{LOCATION:Jackson}}. passport # on intake {{ID:C4K7R9P21}}. nephrologist Dr {{NAME:Brinkmann}} {{EMAIL:brinkmann@dzn-hh.de}}, fax {{FAX:+49 40 555 8812}}.
HBsAg neg ({{DATE:3/20/24}}, {{LOCATION:Hamburg}}). records in German, translated by Mrs. {{NAME:Fenske}} ({{NAME:Ute}}).
access R AVF, buttonhole. Rx per home unit: 4h, BFR 350, UF 2.5, 2K/1.5Ca (converted).
0700 start. 0930 BP 110/70. 1100 off. UF 2.4.
paid cash; receipt acct {{ACCOUNT:TD-TR-00417}}. travel ins HanseMerkur {{HEALTH_PLAN:7734-1182}}.
next: {{DATE:4/8}}, {{DATE:4/10}}, then pt flying to {{LOCATION:Denver}} {{DATE:4/11}}.
pt's mother (not pt) is {{NAME:Gertrude Fenske}}? - NO relation to our 4N pt {{NAME:Gertrude Fenske}}, different person, just same name. 
emerg contact: son {{NAME:Jannik Fenske}} {{PHONE:+49 40 555 2190}}. dry wt 71.0 at home, 71.8 here (elk burgers!). phos teaching re restaurant meals.
RN {{NAME:Carmelita}} / hotel {{FACILITY:Cache Creek Lodge}} rm 302, mobile {{PHONE:+49 170 555 2231}}`,
  `PORTAL / PROXY AUDIT - privacy office review - pt {{NAME:Walt Lundgren}} ({{AGE:90}}) MRN {{MRN:2290788}}
{{DATE:3/20/24 07:12}} login proxy {{NAME:Stacey Lundgren}} from {{IP:73.214.88.19}} - viewed meds. ok (proxy active {{DATE:3/19}}).
{{DATE:3/22/24 22:40}} login proxy from {{IP:185.220.101.44}} - viewed notes, downloaded CCD. flagged: foreign exit node.
{{DATE:3/23/24 09:05}} {{NAME:Stacey}} contacted {{PHONE:530-555-0166}}: denies {{DATE:3/22}} login. password reset, MFA on.
{{DATE:3/23/24 09:30}} login proxy from {{IP:73.214.88.19}} after reset - ok.
{{DATE:3/25/24}} also: unknown acct tried {{URL:https://myhealth.modocvalleymed.org/proxy?pt=2290788}} w/ pt DOB {{DATE:1/5/34}}, blocked.
actions: incident {{ID:PRIV-24-0061}}, letter to pt at {{ADDRESS:606 N Court St}}, {{LOCATION:Alturas}} CA {{ZIP:96101}}. analyst {{NAME:Rhea M.}} x{{PHONE:4471}}.`,
  `TRIAGE ONE-LINERS - night - {{FACILITY:Sage Flats Regional}} ED {{DATE:4/6/24}}-{{DATE:4/7/24}}
2302 {{NAME:Kaleb Tallbull}} 16M, fight at {{FACILITY:Rosebud Creek school}} dance, nasal deformity, ESI 4, uncle {{NAME:Jerome}} w/ him.
2318 {{NAME:Opal}} ({{NAME:Opal Dahl}}) {{AGE:99}} - back again, weak, lactate pending, ESI 2, from {{FACILITY:Prairie Rose Manor}}.
2341 {{NAME:Brayden Ost}} 22M, ATV rollover on {{LOCATION:Quarter Circle U ranch}}, LOC, ESI 2, ranch foreman {{NAME:Hoss}} {{PHONE:406-555-0115}}.
0012 {{NAME:Wynona Old Coyote}} 35F, {{NAME:Wynona}} says 32w preg, ctx, ESI 2 -> L&D.
0047 "{{NAME:Doc}}" (pt's nickname, NOT a physician) = {{NAME:Lyle Doctor}}? verify: {{NAME:Lyle Dockter}} 70M, SOB, ESI 2.
0105 {{NAME:Marisol Vega}} 28F, migraine, ESI 4, works here (3W RN) - VIP flag.
0130 Baby {{NAME:Kemp}} 5wk, fever 38.2, ESI 2, mom {{NAME:Shelby Kemp}} {{PHONE:406-555-0141}}.
0222 {{NAME:Ethel Mae Curley}} {{AGE:ninety-four}}, from 3W? no - readmit, ESI 3, MRN {{MRN:00955021}}.
triage RN {{NAME:Kolby}} / {{NAME:Sky}}`,
];

export const HELDOUT_REALISTIC_72_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout72-${i + 1}`, n));
