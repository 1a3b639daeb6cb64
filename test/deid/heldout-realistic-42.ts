// A forty-second held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone numbers are 555-01xx numbers; towns, cities and
// counties are real places used only as LOCATION). Its flavour is long-term care across the
// Midwest and the Northeast: skilled nursing, assisted living, memory care and hospice. Shapes:
// SNF admission assessments, MDS-style summaries, nursing shift notes in lower-case shorthand,
// fall, skin-tear, elopement, medication-error and resident-to-resident incident reports, wound
// care and wound-vac notes, MAR and PRN notes, care-plan conferences with families (many
// relatives' names and phone numbers), physician, NP, psych, podiatry, dental and pharmacist
// visits, PT/OT/SLP and dietitian notes, hospice intake, IDT, chaplain, social work, volunteer,
// continuous-care, on-call and death-visit notes, bereavement calls and letters, death notes with
// funeral homes, hospital transfers out and back (SBAR/INTERACT, ED notes, referral packets, with
// abbreviations), face sheets with Medicare/Medicaid numbers, business-office and guardianship
// notes, outbreak line lists, shift report sheets, fax covers, family e-mails, telehealth notes,
// and one MIMIC-style [** **] extract. Residents are aged 70 to 104 (ages over 89 are PHI). Names
// are Polish, German, Scandinavian, Irish, Italian, Franco-American, Dutch, Amish, Hmong, Somali,
// Puerto Rican, Dominican, Greek, Lebanese, Ukrainian, Russian, Lao, Ghanaian, Nigerian and African
// American, written in Title
// case, ALL CAPS and lower case. Look-alike non-PHI: eponyms (Alzheimer's, Parkinson's, Foley,
// Hoyer, Braden, Morse, Kennedy ulcer, Cheyne-Stokes, Payne-Martin, St. Jude valve), drug names and doses, lab values,
// BIMS/PHQ/FAST/PPS scores, MDS sections and GG codes, room and bed numbers, unit names without a
// proper name (3 North, the secure unit), device models, lot and NDC numbers, CPT/ICD codes, years
// and weekdays alone, clock times, ages of 89 and under, states and countries.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-6.ts: titles and
// credentials (Dr., Mrs., RN, LPN, APRN, Sister, Fr., Pastor) stay outside NAME spans; typist
// initials are NAME; a time attached to a full date is part of it, but a shift range after a date
// (5/7 2300-0700) is not; a weekday written with a date is part of it; a date range written as one
// token (3/13-3/19) is one DATE span; a year alone, a season with a year, clock times alone and
// ages of 89 and under are not PHI; ages of 90 and over are AGE (digits or words); states and
// countries are not PHI; cities, towns and counties are LOCATION; ZIPs are separate from cities; a
// street address includes its unit; hospitals, their abbreviations and wards, nursing homes,
// assisted-living buildings and named units or wings (Birchwood Hall, Magnolia Court), hospice and
// home-health agencies, funeral homes, churches, pharmacies, ambulance and transport companies,
// DME suppliers, labs and employers are FACILITY; unnamed units (3 North, rehab hall) are not;
// payers and state or federal agencies (Medicare, Medicaid, APS, Department of Health) are not
// PHI; Medicare (MBI), Medicaid, Medigap and Advantage member numbers are HEALTH_PLAN; facility
// resident numbers and hospital MRNs are MRN; billing, trust, funeral pre-need and pharmacy
// account numbers are ACCOUNT; NPI, DEA, nursing, EMT and attorney licences are LICENSE; incident,
// state intake, order, prescription, authorization, case, docket, grievance, registry, volunteer,
// badge, job and ticket numbers (and MIMIC "MD Number" placeholders) are ID; wound-vac,
// concentrator, pacemaker, monitor, meter, hearing-aid, denture-marking and alarm serials are
// DEVICE; plates and VINs are VEHICLE; short in-house extensions and pagers are PHONE; lot, NDC and
// CLIA numbers and the expiry date of a lot are not PHI. Banks and credit unions are FACILITY; a
// named activity room (Aurora Room) is FACILITY like a named ward; a county or city inside an
// agency's name (Mahoning Co. JFS, Urbandale PD) is LOCATION while the agency itself is not PHI; a
// neighbourhood is LOCATION. A month with a year (April 2028, March-June 2030) is DATE; a month
// alone was avoided. MIMIC placeholders are annotated over their content, brackets outside.
//
// First run (token recall / precision, before anyone read the misses): pass-7 engine (7b97a42)
// 0.9248 / 0.9579; pass-11 engine (789a1c5) 0.9503 / 0.9526; pass-12 final engine (978114a) 0.9565 / 0.9572;
// pass-13 engine of the day (3ed9ecd) 0.9624 / 0.9574.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `ADMISSION NURSING ASSESSMENT -- {{FACILITY:LAKEVIEW TERRACE HEALTH & REHAB}}
Unit: {{FACILITY:Birchwood Hall}}    Rm 118-A (window)
Resident: {{NAME:WOJCIK, THEODORA M}}    Res# {{MRN:LT0048812}}    DOB {{DATE:02/11/1931}} ({{AGE:93}} y/o F)
Admitted {{DATE:03/19/2024 1645}} via {{FACILITY:Tri-County Ambulance}} stretcher from {{FACILITY:St. Adalbert Med Ctr}} 4 West, hosp stay {{DATE:3/13-3/19}}
Attending Dr. {{NAME:Raghunathan}} / NP {{NAME:Colleen Brask}}, APRN
DX: L intertrochanteric hip fx s/p IMN {{DATE:3/14/24}}; Alzheimer's dementia, moderate; HTN; CKD 3b; PAF on Eliquis 2.5 mg BID
ALLERGIES: PCN (hives), codeine (N/V)
NEURO: A&O x1 (self), pleasant, follows 1-step cmds. BIMS 6/15.
SKIN: Braden 13. Stage 2 sacrum 1.2 x 0.8 cm, pink base. L hip incision w/ staples, dry, Aquacel in place. Bruising bilat forearms.
GU: Foley removed at hosp {{DATE:3/17}}; voided 250 mL at 1900.
SAFETY: Morse 75, low bed, floor mats, call light in reach. WBAT LLE per ortho (Dr. {{NAME:Feeney}}).
CODE: DNR/DNI per MOLST signed {{DATE:1/6/2022}}.
Daughter/HCP {{NAME:Marianne Kostecki}} at bedside, cell {{PHONE:(315) 555-0148}}; son {{NAME:Paul Wojcik}} lives in {{LOCATION:Buffalo}}, {{PHONE:716-555-0193}}.
Medicare {{HEALTH_PLAN:4RT9-KD2-WX61}}; Medicaid pending.
-- {{NAME:J. Szymanski}}, RN  {{DATE:3/19/24 2210}}`,
  `MDS 3.0 -- 5-DAY PPS ASSESSMENT SUMMARY
Resident: {{NAME:Harold "Bud" Engebretson}}    MR# {{MRN:000731904}}    Rm 22, {{FACILITY:Nordic Pines Care Center}}, {{LOCATION:Fergus Falls}}
ARD: {{DATE:04/02/2024}}    Entry: {{DATE:03/28/2024}}    Prior setting: acute hosp ({{FACILITY:Pelican Valley Regional}})
Medicare A MBI {{HEALTH_PLAN:7JH2-NP4-RC88}}    Medigap member {{HEALTH_PLAN:XZM448120937}}
Sec C  BIMS 13/15 (intact)
Sec D  PHQ-9 = 3, minimal
Sec E  no behaviors
Sec GG (adm perf): eating 05, oral hyg 04, toilet hyg 03, sit-to-stand 03, walk 50 ft w/ 2 turns 02. Goals 04-05.
Sec H  occ incont bladder, cont bowel
Sec I  CHF, COPD, DM2 (I50.32, J44.1, E11.65)
Sec J  pain 4/10 frequent; 1 fall in month prior to entry, no injury
Sec K  wt 186 lb, ht 70 in, no sig loss
Sec N  insulin 7/7 days, diuretic 7/7, anticoag 0
Sec O  O2 2L NC continuous; PT/OT 5x/wk, SLP not indicated
Interview w/ resident and wife {{NAME:Lorraine}} ({{PHONE:218-555-0116}}); she also asked that son {{NAME:Curtis}} ({{PHONE:218-555-0127}}) get copies of care plan.
Resident is 84, retired from {{FACILITY:Otter Valley Electric Co-op}} line crew, lived at {{ADDRESS:4410 County Rd 1}}, {{LOCATION:Dalton}} {{ZIP:56324}} before adm.
MDS Coord: {{NAME:Deb Haugland}}, RN, RAC-CT  signed {{DATE:4/4/24}}  typed {{NAME:dh}}/{{NAME:kr}}`,
  `nsg note -- noc {{DATE:05/07/24}} 2300-0700
res: {{NAME:agnes gallagher}} rm 311B, skilled unit, {{FACILITY:st. columba's}}    dob {{DATE:8/30/1928}} ({{AGE:95}})
0015 res up ambulating in hallway w/o walker, redirected to rm, toileted, voided qs. bed alarm reset.
0140 c/o "my legs are jumping" -- tylenol 650 po prn given per order. dr {{NAME:nwachukwu}} paged via ans svc, pgr {{PHONE:4471}}, returned call 0205, no new orders, f/u in am re: requip.
0240 resting quietly, eyes closed.
0330 found sitting on edge of bed, feet on floor mat, not a fall. assisted back to bed x1. vs 136/72 hr 78 rr 18 t 97.6 spo2 94% ra.
0500 incont of urine, brief changed, peri care, barrier cream. coccyx intact, blanchable.
0610 fsbs 142, lantus 12u given per mar.
res states dtr "{{NAME:kathleen}}" coming today at 10 for care conf. dtr called 0645 from {{PHONE:617 555 0171}} asking re: noc, updated. other dtr {{NAME:maureen o'hara-figueroa}} (lives in {{LOCATION:quincy}}) also to attend.
no acute distress. report to day nurse {{NAME:t. oduya}} rn.
-- {{NAME:m. ferreira}} lpn`,
  `FALL / INCIDENT REPORT                         Incident # {{ID:IR-2024-0317}}
Facility: {{FACILITY:Maple Crest Senior Living}} -- {{FACILITY:Magnolia Court}} (memory care)
Resident: {{NAME:Ruth Ellen Pfannenstiel}}    Apt 14    Res ID {{MRN:MC-22907}}    Age {{AGE:91}}
Date/time of event: {{DATE:Sunday, June 9, 2024}} approx 1420
Date/time discovered: same, 1422, by CNA {{NAME:Brianna Stucky}}
Location: dining room near aviary
Description: Res found sitting on floor next to chair, states "I slid." Unwitnessed. No LOC per res (poor historian, FAST 6b). Hip shortening/rotation absent. Small abrasion R elbow 1 x 0.5 cm, cleansed, Band-Aid.
VS 148/80, 84, 18, 97.9, 95% RA. Neuro checks started per protocol q15 x4, q30 x2, q1h x4, q4h x24h.
Notified: Dr. {{NAME:Hollis Underwood}} 1440 ({{PHONE:913-555-0102}}), orders: monitor, no x-ray unless pain.
POA son {{NAME:Dwight Pfannenstiel}} notified 1450 at {{PHONE:(785) 555-0139}}, voicemail; returned call 1615.
Root cause (huddle {{DATE:6/9}} 1530): chair without arms, res reaching for dropped napkin. Intervention: chair w/ arms, dycem.
Prior falls: {{DATE:4/22/24}}, {{DATE:2/3/24}}.
Completed by {{NAME:Shawna Rempel}}, LPN, Wellness Director    Reviewed {{NAME:G. Vogts}}, ED, {{DATE:6/10/2024}}`,
  `WOUND CARE WEEKLY -- {{FACILITY:Fairhaven Nursing & Rehab}}, 2 East
{{NAME:DeLORENZO, SALVATORE}}  MRN {{MRN:F-118340}}  Rm 226-1
Date: {{DATE:07-15-2024}}    Wound nurse: {{NAME:Pat Kiernan}}, RN, WCC
#1 SACRUM -- Stage 4, facility-acquired ({{DATE:5/28/24}})
  L 4.1  W 3.3  D 1.9 cm; undermining 1.2 cm @ 9-12 o'clock; tunnel 2.0 cm @ 6
  Bed: 70% red gran, 30% yellow slough. Mod serosang exudate, no odor after cleansing.
  Periwound: macerated 0.5 cm. Pain 2/10 w/ dsg change, premedicated w/ oxycodone 5 mg.
  Tx: NPWT @ -125 mmHg continuous, black foam, change M/W/F. Unit serial {{DEVICE:VXL-4471-22093}}.
#2 R HEEL -- unstageable, 2.0 x 2.4 cm, stable dry eschar. Betadine paint daily, Prevalon boots, float heels.
Braden 11. Alb 2.9 ({{DATE:7/10}}). Prealb 12. RD {{NAME:Anjali Mehra}} increasing Juven to BID, Pro-Stat 30 mL TID.
Low air loss mattress in place, serial {{DEVICE:LAL-0098213}}.
Wife {{NAME:Concetta}} updated by phone {{PHONE:(203) 555-0158}}. Wound MD Dr. {{NAME:Ibsen}} in-house {{DATE:7/22}}; if no improvement refer {{FACILITY:Shoreline Wound & Hyperbaric Center}}.
{{NAME:PK}}/{{NAME:lm}}`,
  `MAR NOTE / PRN DOCUMENTATION
{{FACILITY:Hearthstone Assisted Living of Kalamazoo}} -- med tech entry
Resident: {{NAME:Yer Vang}}   Apt 208   DOB {{DATE:1939-10-02}}
{{DATE:08/02/2024 0800}} Scheduled: donepezil 10 mg, amlodipine 5 mg, Senna-S 2 tabs, vit D3 2000 IU -- REFUSED x2. Res states in Hmong she wants her daughter. Re-approached 0840 w/ phone interpreter, took all except Senna.
{{DATE:08/02/2024 1300}} PRN acetaminophen 500 mg x2 for L knee pain 6/10. Effective 1400, pain 2/10.
Notified daughter {{NAME:Mai Nou Vang-Lor}} {{PHONE:269-555-0184}}. She will bring herbal tea, asked we not give it w/ meds. Son-in-law {{NAME:Tou Lor}} is secondary contact {{PHONE:269-555-0109}}.
Pharmacy: {{FACILITY:Southwest Michigan LTC Pharmacy}}, acct {{ACCOUNT:SWM-77120}}, Rx {{ID:6600412}} (donepezil) refill due {{DATE:8/9}}.
PCP Dr. {{NAME:Rebecca Aldana-Heise}}, {{FACILITY:Westnedge Family Medicine}}, fax {{FAX:269-555-0166}}.
Med tech: {{NAME:Kayla Dorsey}}, CMA    Supervising RN {{NAME:Ola Babatunde}}`,
  `CARE PLAN CONFERENCE -- QUARTERLY
{{FACILITY:Good Shepherd Lutheran Home}}, {{LOCATION:Sheboygan}} WI
Resident: {{NAME:Marlys Oostdyk}}   Rm 9, {{FACILITY:Bethany wing}}   Date {{DATE:9/17/2024 1330}}
Present: {{NAME:Gwen Hietpas}} SW; {{NAME:Tom Brouwer}} RN UM; {{NAME:Kendra Jaeger}} COTA; {{NAME:Mina Ruhl}} activities; dietary {{NAME:Lori Voskuil}}. Family: daughter {{NAME:Sandra Timmer}} (POA-HC, {{PHONE:920-555-0121}}), son {{NAME:Randall Oostdyk}} by speakerphone from {{LOCATION:Grand Rapids}} ({{PHONE:616-555-0175}}), granddaughter {{NAME:Erin Timmer}} ({{EMAIL:erin.timmer88@examplemail.com}}).
Resident attended first 15 min, then asked to go to bingo.
NURSING: wt stable 132 lb. 0 falls this qtr. Mild incr confusion in late pm -- sundowning. UA neg {{DATE:8/30}}.
THERAPY: OT for ADL retraining completed {{DATE:9/5}}; now restorative dressing program 6x/wk.
DIETARY: mech soft, thin liquids, eats 75-100%. Likes Dutch rusk and coffee.
SW: Medicaid (Family Care MCO), member ID {{HEALTH_PLAN:LC0093381}}. Funeral pre-plan on file w/ {{FACILITY:Zimmer-Ballhorn Funeral Home}}.
FAMILY CONCERNS: {{NAME:Sandra}} asks for hairdresser wkly; {{NAME:Randall}} asks re: hearing aid (L aid lost {{DATE:9/2}}), replacement ordered.
Next conference {{DATE:12/17/24}}.  Signed {{NAME:G. Hietpas}}, CSW`,
  `NP VISIT NOTE -- {{FACILITY:Riverbend Health Center}} (SNF)
Pt: {{NAME:Booker T. Saunders Jr.}}  DOB {{DATE:03/03/1934}}  MRN {{MRN:RB55170}}  rm 402
DOS: {{DATE:10/08/2024}}   Provider: {{NAME:Alicia Fontaine-Mbeki}}, DNP, FNP-BC   NPI {{LICENSE:1679300442}}
CC: nursing reports incr SOB x2d, wt up 4 lb.
HPI: {{AGE:90}} yo M w/ HFrEF (EF 25% on TTE {{DATE:2/2024}}), CKD 4, T2DM, hx CVA w/ R hemiparesis. +2 pitting edema to knees, orthopnea per CNA. Denies CP. Lasix 40 daily, pt sometimes refuses d/t urinary frequency.
Exam: 152/88, 92, RR 22, SpO2 90% RA -> 94% 2L. Bibasilar crackles. JVD ~10 cm.
Labs {{DATE:10/7}}: BMP Na 133 K 5.1 BUN 58 Cr 2.9 (bl 2.6). BNP 1840.
A/P: acute on chronic HFrEF. Lasix 60 mg IV x1 now (IV access per {{FACILITY:Vascular Access Partners}}), then 60 PO BID x3d, daily wts, strict I&O, 1.5 L fluid restr. BMP {{DATE:10/10}}. If worsening -> ED at {{FACILITY:MMC}}.
GOC: discussed w/ wife {{NAME:Vernice Saunders}} ({{PHONE:(419) 555-0134}}); she wants to avoid hospital if possible, considering hospice. Referral info for {{FACILITY:Heartland Hills Hospice}} given. Cardiology Dr. {{NAME:Tsang}} aware.
{{NAME:AFM}}/{{NAME:jt}}`,
  `PHYSICAL THERAPY EVALUATION
{{FACILITY:Pleasant Ridge Rehab & Care}} -- Rehab hall, rm 107
Name: {{NAME:Constance Abernathy-Welles}}   Age 87   MR {{MRN:PR-40219}}
Eval date: {{DATE:11/12/2024}}   Referring: Dr. {{NAME:Okonkwo}}   Dx: R TKA {{DATE:11/6/24}} at {{FACILITY:Holy Name Orthopedic}} (complicated by post-op delirium)
Payer: Medicare A; HICN/MBI on face sheet.
PLOF: lived alone in 2nd flr apt, {{ADDRESS:318 Chestnut St, Apt 2R}}, {{LOCATION:Northampton}} {{ZIP:01060}}, 14 steps w/ R rail, amb w/ SPC community distances, drove.
Current: bed mob min A; sup-sit CGA; sit-stand mod A x1 w/ RW; gait 25 ft RW min A, antalgic, dec R stance. R knee AROM 10-68 deg. Pain 7/10 w/ activity. TUG 41 s. Berg 22/56 (high fall risk).
Assessment: below PLOF, good rehab potential, motivated ("I want to go home to my cat").
Plan: PT 5x/wk x 4 wks; gait, TKA protocol, stair training, HEP. DME: RW, shower chair. Home eval w/ nephew {{NAME:Gregory Welles}} ({{PHONE:413-555-0152}}), who has keys. Anticipated d/c {{DATE:12/10/2024}} w/ HH via {{FACILITY:Pioneer Valley VNA}}.
{{NAME:Liesl Marchetti}}, PT, DPT   lic {{LICENSE:PT-0114926}}`,
  `HOSPICE ADMISSION / INTAKE
{{FACILITY:Prairie Light Hospice}} -- intake line {{PHONE:(309) 555-0100}}
Referral rec'd {{DATE:12/02/2024 0915}} from {{NAME:Nadia Kassab}}, SW at {{FACILITY:Heartland Methodist Medical Center}} ({{FACILITY:HMMC}}), {{LOCATION:Peoria}}
Patient: {{NAME:Ferdinand "Fred" Luchsinger}}   DOB {{DATE:6/19/1925}}   ({{AGE:99}})
Terminal dx: Parkinson's disease w/ dementia (G20.C/F02.B0); secondary ESRD declined HD
Current location: {{FACILITY:Tazewell Manor}} rm 12B, {{LOCATION:Pekin}}
Medicare {{HEALTH_PLAN:2WQ4-HT8-MN19}}   IL Medicaid {{HEALTH_PLAN:731559024}}
Attending of record: Dr. {{NAME:Amrit Bhullar}}   Hospice MD: Dr. {{NAME:Corinne Stahl}}
PPS 30%, FAST 7d, bedbound, eats 2-3 bites, wt loss 14 lb / 3 mo. Stage 3 coccyx.
Election of benefit signed by POA nephew {{NAME:Warren Luchsinger}} {{DATE:12/3/24}}; his phone {{PHONE:309-555-0167}}, email {{EMAIL:wluchsinger@examplemail.net}}. Wants call any time, "even 3 am."
Religion: Swiss Reformed; pastor {{NAME:Hanna Baumgartner}} of {{FACILITY:Zion Evangelical Church}}.
Funeral home: {{FACILITY:Klopfenstein & Sons}}, {{LOCATION:Morton}}.
Admitting RN {{NAME:Tiffany Ebersole}}, RN CHPN`,
  `BEREAVEMENT -- TELEPHONE CONTACT (30-day call)
Agency: {{FACILITY:Hospice of the Finger Lakes Region}}   Bereavement coord: {{NAME:Lynette Crowder-Pike}}, MSW
Deceased: {{NAME:Anthony J. Scaglione}}   DOD {{DATE:01/14/2025}}   Pt # {{MRN:HFL-31208}}
Primary griever: wife {{NAME:Rosalie Scaglione}}, 81, {{ADDRESS:77 Bayberry Ln}}, {{LOCATION:Geneva}} NY {{ZIP:14456}}   ph {{PHONE:315.555.0113}}
Call {{DATE:2/13/25 1015}}, 22 min.
{{NAME:Rosalie}} answered on 2nd ring, tearful at times but able to talk. States the funeral mass at {{FACILITY:St. Francis de Sales}} "was beautiful, he would have liked all the Knights there." Sleeping 4-5 hrs. Eating "when I remember." Daughter {{NAME:Gina Scaglione-Ward}} stays over Tues/Thurs; son {{NAME:Michael}} in {{LOCATION:Rochester}} calls daily.
Risk: moderate (Bereavement Risk Assessment score 14) -- 54-yr marriage, caregiver for 3 yrs, limited driving since cataract surgery.
Expressed guilt re: "I wasn't in the room" at time of death (pt died 0310 while she slept in recliner).
Interventions: normalized, reflective listening, reviewed grief packet, invited to Tuesday support group at {{FACILITY:Seneca Lake Grief Center}}, 6 pm. Offered volunteer visit from {{NAME:Joan Malecki}}.
Plan: mailing #3 on schedule; call again {{DATE:3/14/2025}}; 13-month f/u through {{DATE:02/2026}}.
{{NAME:LCP}}`,
  `DEATH NOTE -- NURSING
{{FACILITY:Cedar Knoll Healthcare Center}}, {{FACILITY:Whitman Unit}}, rm 5
Resident: {{NAME:Evangeline R. Thibodeau}}   MRN {{MRN:CK-67554}}   DOB {{DATE:4/1/1921}}   ({{AGE:103}} y/o)
Hospice: {{FACILITY:Androscoggin Home & Hospice Care}} (RN case mgr {{NAME:Denise Ouellette}} {{PHONE:207-555-0155}})
{{DATE:02/22/2025 0452}} -- CNA {{NAME:Jayden Gagnon}} reported res not breathing at 0445 rounds. This nurse to room: no resp, no apical pulse x 1 full min, pupils fixed/dilated. Cheyne-Stokes resp noted at 0200 check. Comfort meds last given 0130 (morphine 5 mg SL, lorazepam 0.5 mg SL).
Pronounced per facility policy (RN pronouncement, hospice pt, expected death). TOD 0452.
Notified: hospice RN 0500; Dr. {{NAME:Lévesque}} 0510 via answering svc {{PHONE:207 555 0188}}; granddaughter/POA {{NAME:Amélie Boucher}} 0515 ({{PHONE:(207) 555-0144}}) -- will come in with her husband {{NAME:Marc}}. Res's son {{NAME:Robert Thibodeau}}, 79, in {{LOCATION:Lewiston}} notified by {{NAME:Amélie}}.
Post-mortem care completed, rosary placed in hands per family request. Fr. {{NAME:Dumont}} from {{FACILITY:Holy Family parish}} here 0630.
Body released {{DATE:2/22/25 0820}} to {{FACILITY:Fortin-Pinette Funeral Home}}, {{LOCATION:Auburn}}; attendant {{NAME:Gary Pinette}}. Belongings: wedding ring (to POA, signed), glasses, 2 bags clothing.
Medicaid {{HEALTH_PLAN:MC7730194K}} notified via business office.
-- {{NAME:Rachel Pelletier}}, RN`,
  `SBAR -- TRANSFER TO ED
From: {{FACILITY:Westgate Care & Rehab}}, 3 North rm 318-2    To: {{FACILITY:St. Luke's Regional Medical Center}} ED
Date: {{DATE:3/8/25}}  Time called: 1920
S: {{NAME:Dolores Kuchenbecker}}, {{AGE:92}}F, acute change -- lethargic, SpO2 86% on 2L, T 101.8 F.
B: Dx: Alzheimer's, COPD, DM2, hx aspiration PNA ({{DATE:11/2024}} adm {{FACILITY:SLRMC}}). Full code per POLST -- son confirms wants full tx. Meds: Trelegy, metformin 500 BID, Eliquis 5 BID, sertraline 50. NKDA. Baseline A&O x2, feeds self, amb w/ RW + 1.
A: RR 28, HR 118, BP 98/54. Coarse crackles RLL. Coughing with thin liquids at supper. FSBS 212.
R: transfer ED for eval possible aspiration PNA/sepsis. Dr. {{NAME:Pawlowski}} notified 1905, agrees.
EMS: {{FACILITY:Lakeshore Ambulance}} unit, called 1925, departed 1948.
Sent: face sheet, MAR, POLST, bed hold notice (Medicaid bed hold 15 days).
Son {{NAME:Glenn Kuchenbecker}} (HCPOA) notified {{PHONE:262-555-0190}}, meeting at ED. Other contact: dtr-in-law {{NAME:Patrice}} {{PHONE:262-555-0135}}.
Report called to ED RN {{NAME:Samira}} ext {{PHONE:5520}} at 1950.
Nurse: {{NAME:K. Lindqvist}}, RN`,
  `*** HOSPITAL DISCHARGE SUMMARY -- RECEIVED BY FAX {{DATE:04/11/2025 14:02}} ***
{{FACILITY:NORTHWOOD GENERAL HOSPITAL}}  DEPT OF MEDICINE
PATIENT: {{NAME:HALVORSEN, ARNE K}}    MRN: {{MRN:NG-004418276}}    ACCT: {{ACCOUNT:900238841771}}
ADMIT: {{DATE:04/04/2025}}    DISCHARGE: {{DATE:04/11/2025}}
ATTENDING: {{NAME:MARGARET O'CONNELL-RIOS}}, MD
DISPOSITION: SNF -- {{FACILITY:VALLEY VIEW LUTHERAN HOME}}, {{LOCATION:MOORHEAD}}
PRINCIPAL DX: SEPSIS D/T E. COLI UTI (A41.51, N39.0)
SECONDARY: BPH W/ CHRONIC RETENTION, INDWELLING FOLEY (16 FR, CHANGED {{DATE:04/05}}); PARKINSON'S; ORTHOSTATIC HYPOTENSION
HOSPITAL COURSE: 88 YO M FROM {{FACILITY:VALLEY VIEW}} W/ FEVER 103.1, RIGORS. BCX 2/2 E COLI, PAN-SENS. CEFTRIAXONE -> PO CEPHALEXIN. UROLOGY (DR. {{NAME:ADEBAYO}}) -- CONTINUE FOLEY, F/U CLINIC {{DATE:05/02/2025 10:40AM}}, {{FACILITY:NORTHWOOD UROLOGY}} {{PHONE:218-555-0150}}.
D/C MEDS: CEPHALEXIN 500 MG QID THRU {{DATE:04/14}}; CARBIDOPA/LEVODOPA 25/100 1.5 TAB 7A-11A-3P-7P; MIDODRINE 5 MG TID; TAMSULOSIN 0.4 QHS.
CODE: DNR (POLST ON FILE).
DICT: {{NAME:MOR}}/{{NAME:TQ}}  JOB {{ID:88120455}}`,
  `Assisted Living -- Move-In Service Plan
Community: {{FACILITY:The Willows at Harmony Creek}}  ({{ADDRESS:2200 Harmony Creek Pkwy}}, {{LOCATION:Fishers}}, IN {{ZIP:46038}})
Resident: {{NAME:Lucille "Lu" Baptiste-Harmon}}     Apartment: 2-214 (one bedroom)     Move-in: {{DATE:May 1, 2025}}
Previous address: {{ADDRESS:5817 N Keystone Ave, Unit 6}}, {{LOCATION:Indianapolis}} {{ZIP:46220}}
Age: 86     Physician: Dr. {{NAME:Sunil Varghese}}, {{FACILITY:Community North Geriatrics}}
Level of care: Level 2 (med mgmt, bathing assist 2x/wk, escort to meals PRN)
Health summary: macular degeneration (legally blind L eye), HTN, osteoporosis, mild cognitive impairment (MoCA 22/30 on {{DATE:3/20/25}}). Independent w/ rollator.
Medications: managed by community; pharmacy {{FACILITY:Guardian Rx of Hamilton County}}, blister packs.
Diet: regular, no grapefruit (amlodipine).
Preferences: Episcopal -- would like rides to {{FACILITY:St. Timothy's}} on Sundays; reads audiobooks; former teacher at {{FACILITY:Fall Creek Academy}} ...retired 1998.
Emergency contacts:
 1. {{NAME:Denise Harmon}} (daughter) {{PHONE:317-555-0170}} / work {{PHONE:317-555-0104}} x {{PHONE:233}}
 2. {{NAME:Charles Baptiste}} (brother, 82) {{PHONE:(404) 555-0126}} -- lives in {{LOCATION:Atlanta}}, Georgia
Long-term care insurance: Genworth policy {{HEALTH_PLAN:LTC-8831207-Q}}, claim pending, elimination period ends {{DATE:6/2025}}.
Plan reviewed/signed by resident and {{NAME:D. Harmon}} {{DATE:4/28/2025}}.  Wellness nurse {{NAME:Morgan Taylor-Briggs}}, RN`,
  `Behavior Note -- memory care
{{DATE:6/14/25 1610}}    {{FACILITY:Heritage Pointe}} -- {{FACILITY:Cardinal Cottage}} (secure)
res {{NAME:Wendell Oyelaran}} (rm C-6) exit seeking x3 this shift between 1500-1600, pushing on courtyard door and front vestibule. Wanderguard bracelet alarmed at 1535, transmitter # {{DEVICE:WG-20417-B}} checked & functioning. States "I have to get to the plant, my shift starts" -- pt worked 31 yrs at {{FACILITY:Rock River Stamping}}.
interventions: validated, offered snack + coffee, folded towels w/ staff, walked loop in courtyard w/ CNA {{NAME:Destiny}}. calmed ~1620. no aggression, no falls.
no prn given (has seroquel 12.5 prn -- not needed).
wife {{NAME:Adaeze Oyelaran}} called 1630 ({{PHONE:815-555-0161}}), told her about afternoon; she will bring his old lunch pail + work jacket, suggested playing gospel music -- choir at {{FACILITY:Greater Mount Olive Baptist}}.
care plan updated: sundowning approaches, 1:1 activity 1430-1600. psych NP {{NAME:Halbrook}} to see {{DATE:6/18}}.
{{NAME:b. ngata}}, LPN`,
  `SOCIAL SERVICES NOTE -- GUARDIANSHIP / CAPACITY
{{FACILITY:Oakhurst Nursing Center}}, {{LOCATION:Erie}}, PA   {{DATE:7/2/2025}}
Resident: {{NAME:Stanislaw Bortnyk}}   Rm 214   DOB {{DATE:11/9/1936}}   MR# {{MRN:0042715}}
Background: admitted from {{FACILITY:Presque Isle General}} {{DATE:5/19/25}} after self-neglect referral by the Area Agency on Aging. Lived alone at {{ADDRESS:1128 W 26th St, Apt B}}, {{LOCATION:Erie}} {{ZIP:16508}}. No POA, no advance directive. Two psych evals ({{DATE:5/24}}, {{DATE:6/3}}) found lacks capacity for medical/financial decisions (dementia, unspec severity, SLUMS 11/30).
Nephew {{NAME:Oleh Bortnyk}} ({{PHONE:814-555-0118}}) declined guardianship; niece {{NAME:Halyna Petryshyn}} in Ukraine (not reachable).
Petition filed Orphans' Court, docket {{ID:OC-25-0611}}. Emergency guardian appointed {{DATE:6/27/2025}}: {{NAME:Janine Roskowski}}, Esq., of {{FACILITY:Lakeshore Guardianship Services}}, ph {{PHONE:814-555-0131}}, fax {{FAX:814-555-0132}}, email {{EMAIL:jroskowski@lakeshoregs.example.org}}.
Medicaid application submitted; PA ACCESS # pending. SS rep payee change in process, facility trust acct {{ACCOUNT:OAK-T-10387}}.
Plan: guardian to visit {{DATE:7/9}}; care conf after.
{{NAME:Teresa Mroz}}, MSW, LSW`,
  `RESIDENT FACE SHEET                                  Printed {{DATE:08/05/2025 09:12}}
{{FACILITY:SILVER MAPLE NURSING & REHABILITATION CENTER}}   {{ADDRESS:400 Orchard Hill Rd}}, {{LOCATION:Carbondale}}, PA {{ZIP:18407}}   Ph {{PHONE:570-555-0100}}  Fax {{FAX:570-555-0199}}
------------------------------------------------------------------
Name: {{NAME:KOVALCHIK, MARGARET ANNE}}        Pref name: {{NAME:Peg}}
Res ID: {{MRN:SM-100452}}     Room/Bed: 121-W     Unit: LONG TERM 1
DOB: {{DATE:12/25/1932}}   Age: {{AGE:92}}   Sex: F   Marital: Widowed
SSN: {{SSN:201-55-7348}}
Admission: {{DATE:10/30/2021}}   From: {{FACILITY:Regional Hospital of Scranton}}
Primary payer: PA Medicaid (CHC) plan member {{HEALTH_PLAN:1122409837}}
Medicare MBI: {{HEALTH_PLAN:9AC3-VV1-TK05}}     Part D: {{HEALTH_PLAN:SMP44020117}}
Attending: {{NAME:Vincent Galdieri}}, DO    NPI {{LICENSE:1023456781}}
Pharmacy: {{FACILITY:Anthracite LTC Pharmacy}}
Funeral home: {{FACILITY:Bonacci-Walsh Funeral Home}}, {{LOCATION:Jermyn}} -- pre-need contract {{ACCOUNT:PN-1987-334}}
Religion: Byzantine Catholic ({{FACILITY:St. Michael the Archangel}})
RESPONSIBLE PARTY / POA:
  {{NAME:Joseph Kovalchik}} (son)  {{ADDRESS:19 Lackawanna Ave, Apt 3}}, {{LOCATION:Olyphant}} {{ZIP:18447}}  H {{PHONE:570-555-0145}}  C {{PHONE:570-555-0196}}
  {{NAME:Theresa Yurkovich}} (daughter)  {{PHONE:(610) 555-0183}}  {{EMAIL:tyurk61@examplemail.com}}
Advance directive: DNR, no tube feeding (POLST {{DATE:11/2/2021}})
Dx: F03.90, I10, M81.0, H40.9`,
  `PHYSICIAN PROGRESS NOTE -- 60-day regulatory visit
{{FACILITY:Brookside Manor}} LTC      DOS {{DATE:Sept. 3, 2025}}
{{NAME:Eleanor Fitzsimmons}}  ({{AGE:97}} yo F)   MRN {{MRN:BM-7612}}   rm 6, {{FACILITY:Fairview wing}}
S: Seen at bedside w/ charge nurse Ms. {{NAME:Adeyemi}}. Per staff, appetite fair, one episode of emesis {{DATE:8/29}}. No falls since {{DATE:June 2}}. Dtr {{NAME:Nora}} (lives {{LOCATION:Albany}}) asked by phone last wk about stopping statin -- agree.
O: 118/64  70  16  97.4  96%RA. wt 104 lb (was 109 on {{DATE:7/1}}). Thin, pleasant, HOH. Lungs clear. RRR, 2/6 SEM (known AS). Abd soft NT. Trace ankle edema. Skin: healed skin tear L forearm.
Labs {{DATE:8/26/25}}: CBC wnl, Hgb 11.1; CMP Na 137, Cr 1.2, Alb 3.3; TSH 2.4.
A/P:
1. Vascular dementia, stable, FAST 6a. Cont donepezil 5.
2. Wt loss 5 lb/2 mo -- RD consult, add Magic Cup BID, liberalize diet.
3. HLD -- D/C atorvastatin (deprescribing, goals of care).
4. Aortic stenosis, mod -- not candidate for TAVR per pt/family; comfort-focused.
5. GOC: MOLST reviewed, DNR/DNI, do not hospitalize except for comfort. Health care proxy {{NAME:Nora Fitzsimmons-Clarke}} {{PHONE:518-555-0163}}.
Next visit ~{{DATE:11/3/25}}.
{{NAME:Ruth A. Weintraub}}, MD -- {{FACILITY:Capital Region Geriatric Associates}}   e-signed {{DATE:09/03/2025 16:48}}`,
  `OCCUPATIONAL THERAPY -- DAILY NOTE / PROGRESS
pt: {{NAME:Gustavo Reyes-Matos}}   {{FACILITY:Brightwater Center for Rehabilitation}} rm 233   MR {{MRN:BW0098177}}
date {{DATE:10/21/2025}}  tx time 0930-1025 (55 min; 97535 x2, 97530 x2)
dx: L CVA {{DATE:10/2/25}} ({{FACILITY:Pioneer Valley Medical Center}}) w/ R hemiparesis, expressive aphasia
S: pt nods yes to pain R shoulder 3/10. wife {{NAME:Carmen}} present, Spanish-speaking, interp via video (interp {{NAME:Luz}}).
O: UB dressing mod A -> min A w/ hemi technique (button-up shirt, 6 min). LB dressing mod A, sock aid trial. Toilet transfer stand-pivot to L, CGA w/ grab bar. R UE: Brunnstrom stage 3, trace finger ext, NMES to wrist ext 15 min. Edema R hand 1+, retrograde massage. Sling for transfers only.
A: good progress toward STG #2. Shoulder subluxation 1 fingerbreadth -- positioning educ.
P: cont OT 5x/wk. Fam training {{DATE:10/24}} w/ wife + son {{NAME:Javier Reyes}} ({{PHONE:413-555-0141}}). HH OT referral to {{FACILITY:Hampden Home Care}} at d/c, tentative {{DATE:11/7}}. Home address for DME delivery: {{ADDRESS:62 Oak Grove Ave, 1st fl}}, {{LOCATION:Holyoke}} {{ZIP:01040}}.
{{NAME:Shira Kowalewski}}, OTR/L`,
  `SPEECH-LANGUAGE PATHOLOGY -- CLINICAL SWALLOW EVALUATION
Facility: {{FACILITY:Golden Valley Health Campus}}   Unit: skilled rehab   Rm 104B
Resident: {{NAME:Irene Mavrogiannis}}   DOB {{DATE:07/07/1934}}   MRN {{MRN:GV-33810}}
Date of eval: {{DATE:01/09/2026}}    Order: Dr. {{NAME:Haddad}} {{DATE:1/8/26}} (coughing w/ meals per nsg)
History: adm from {{FACILITY:Northlake Lutheran Hospital}} {{DATE:12/31/25}} s/p aspiration PNA; MBSS there {{DATE:12/29}} showed silent aspiration thin liquids, penetration w/ nectar. Dx Parkinson's (H&Y stage 4), dementia.
Oral mech: reduced lingual ROM, mild R facial droop (old), edentulous upper, partial lower -- partial found in bedside drawer labeled from {{FACILITY:Lakeshore Denture Clinic}}.
Trials: thin via tsp -> wet vocal quality, delayed cough x2. Mildly thick (IDDSI 2) via cup -> clear. Puree (IDDSI 4) -> adequate, mild oral residue cleared w/ cue. Minced & moist (5) -> prolonged mastication, fatigue after 6 bites.
Impression: mod-severe oropharyngeal dysphagia.
Rec: IDDSI 4 puree, IDDSI 2 liquids, meds crushed in puree (pharm approval), upright 90 deg, 1:1 set-up. Repeat MBSS at {{FACILITY:NLH}} if status improves. ST 5x/wk x 4 wk.
Education: son {{NAME:Christos Mavrogiannis}} ({{PHONE:219-555-0124}}) and his wife {{NAME:Eleni}}; son understood but asked whether avgolemono soup could be thickened -- yes.
{{NAME:Kara Ten Napel}}, MA, CCC-SLP   ext {{PHONE:2217}}`,
  `dietary progress note -- {{DATE:2/3/26}}
{{FACILITY:Sunnyslope Care Center}} / {{LOCATION:Mankato}}
res {{NAME:Orville Tjaden}}  rm 31  age {{AGE:94}}  mr {{MRN:SS00612}}
reason: significant wt loss flag (MDS Sec K) -- 7.4% x 30d
wts: {{DATE:1/2}} 151.2 / {{DATE:1/16}} 146.0 / {{DATE:2/1}} 140.0 lb (bed scale, verified x2). ht 5'11". BMI 19.5.
intake: 25-50% meals x2 wks, drinking ensure plus 1/2 bottle. recent dental pain L lower molar -- dentist dr {{NAME:ekstrom}} visit pending {{DATE:2/10}}
labs: alb 3.0, na 134 ({{DATE:1/29}}).
est needs: 1800-2000 kcal, 75-85 g prot, 1800 mL fluid.
plan:
 - change to mech soft, add fortified oatmeal qam, magic cup w/ lunch & supper
 - ensure plus -> ensure compact 4 oz BID (better tolerated)
 - mirtazapine 7.5 hs considered by NP {{NAME:Schimek}}, will discuss
 - wkly wts x4
son {{NAME:Dale Tjaden}} called {{DATE:2/3}} 1120 ({{PHONE:507 555 0178}}), said dad always loved lefse & rommegrot, family will bring some sunday. ok per diet order.
{{NAME:Jenna Wurtz}}, RDN, LD`,
  `HOSPICE SPIRITUAL CARE VISIT
{{FACILITY:Lighthouse Hospice & Palliative Care}}
Patient: {{NAME:Lorenzo "Larry" DiBenedetto}}    Location: {{FACILITY:Bayside Senior Care}}, {{LOCATION:Warwick}}, rm 19
Visit: {{DATE:March 2nd, 2026}}, 1400-1450    Chaplain: Rev. {{NAME:Obadiah Fenwick}}, MDiv
Present: pt, wife {{NAME:Philomena}}, grandson {{NAME:Dominic Rossi}} (visiting from {{LOCATION:Providence}}).
Pt drowsy but opened eyes to name, squeezed hand. {{NAME:Philomena}} shared that {{NAME:Larry}} was an usher at {{FACILITY:Our Lady of Mount Carmel}} for 40 years and sang in the Italian choir. She asked for the Sacrament of the Sick; chaplain arranged with Fr. {{NAME:Anselm Okeke}} ({{PHONE:401-555-0147}}) for tomorrow am.
Spiritual assessment (FICA): faith central; some fear ("I don't want him to suffer"). Grandson quiet, tearful, expressed regret about not visiting more.
Interventions: prayer (Hail Mary in Italian at wife's request), life review, normalized anticipatory grief, provided grandson with teen/young adult grief resources.
Plan: visit weekly + PRN; coordinate w/ SW {{NAME:Ayesha Qureshi}} re: funeral planning -- family has contract with {{FACILITY:Iannotti Funeral Home}}, {{LOCATION:Cranston}}.
Next visit ~{{DATE:3/9}}.`,
  `HOSPICE SOCIAL WORK -- INITIAL PSYCHOSOCIAL ASSESSMENT
Agency: {{FACILITY:Great Lakes Community Hospice}}    MSW: {{NAME:Farhiya Warsame}}, LMSW
Pt: {{NAME:Abdirahman Hussein Nur}}    DOB {{DATE:01/01/1944}} (per I-94; family states actual age unknown, ~82)
Pt #: {{MRN:GLCH-2026-0147}}    Visit {{DATE:4/6/26}} at home: {{ADDRESS:3115 Cedar Ave S, Apt 407}}, {{LOCATION:Minneapolis}} {{ZIP:55407}}
Dx: metastatic gastric CA. Lives w/ wife {{NAME:Halimo Ali}} and youngest son {{NAME:Mohamed A. Nur}} (24, primary caregiver, works nights at {{FACILITY:Cedar-Riverside Halal Market}}).
Language: Somali; pt understands some English. Interpreter used for wife ({{NAME:Sahra}}, agency interp).
Decision-maker: son {{NAME:Abdullahi Nur}} -- eldest, HCPOA signed {{DATE:3/28/2026}}; cell {{PHONE:612-555-0111}}, lives in {{LOCATION:St. Cloud}}.
Faith: Muslim; imam from {{FACILITY:Dar Al-Salaam Center}} visits. Family asks for same-gender caregivers for intimate care when possible, and to be told before any death so they can turn pt toward Qibla and recite shahada.
Financial: MA (Medical Assistance) {{HEALTH_PLAN:03917720}}, Medicare {{HEALTH_PLAN:6FE1-XR3-PA52}}. Rent subsidized. Needs hospital bed -- ordered via {{FACILITY:Twin Cities Medical Supply}}.
Burial: Islamic, within 24 h, {{FACILITY:Al-Amin Funeral Services}} contacted by family.
Plan: SW q2wk + PRN, caregiver support for son (sleep deprivation), respite info.`,
  `HOSPICE RN -- RECERTIFICATION VISIT (BP3) / F2F ATTESTATION
{{FACILITY:Hospice of North Central Ohio}}   Clinician: {{NAME:Brandon Yoder-Hershberger}}, RN   F2F by NP {{NAME:Carla Waitman}}, CNP
Pt: {{NAME:Wilma Jean Sommers}}   MR# {{MRN:0187733}}   Loc: {{FACILITY:Crestwood Villa}} AL, apt 3, {{LOCATION:Ashland}} OH
Benefit periods: BP1 {{DATE:11/10/25-2/7/26}}, BP2 {{DATE:2/8/26-5/8/26}}, BP3 begins {{DATE:5/9/26}}. F2F completed {{DATE:5/4/2026}} (within 30 d).
Terminal dx: HFpEF, NYHA IV. Related: CKD 4, AF.
Decline since last cert: MAC 24.5 -> 22.0 cm; PPS 50% -> 40%; now bed-chair, needs 1-2 assist for transfers (was 1); dyspnea at rest w/ talking; 2 ED-avoidance visits ({{DATE:3/17}}, {{DATE:4/22}}) for SOB managed in place w/ IV-to-SQ furosemide. Edema 3+ BLE, weeping R leg -- ABD + kerlix.
Meds: morphine IR 5 mg q2h PRN dyspnea (using 3-4x/d), bumex 2 BID, metolazone 2.5 MWF.
Family: dtr {{NAME:Brenda Sommers-Kline}} ({{PHONE:419-555-0172}}) visits daily; sister {{NAME:Ada Stutzman}}, 86, lives in {{LOCATION:Millersburg}}, no phone, message through neighbor {{NAME:Levi Troyer}} {{PHONE:330-555-0157}}.
Continues to meet criteria. Next visit {{DATE:5/12}}. Supervisory visit of aide {{NAME:Kim Ricks}} done.`,
  `{{FACILITY:ROSEWOOD HEIGHTS}} -- INFECTION CONTROL LINE LIST -- RESPIRATORY OUTBREAK (Influenza A)
Outbreak start {{DATE:12/28/2025}}; reported to county health dept {{DATE:12/29}}, case # {{ID:IC-25-0884}}.  IP: {{NAME:Sherri Bausch}}, RN, CIC  x {{PHONE:4120}}
Unit: 2 SOUTH
RES             RM    ONSET   SX                     TEST        TAMIFLU    DISPO
{{NAME:Hellmann, O.}}     201A  {{DATE:12/27}}   fever, cough           PCR +A      {{DATE:12/28}}      in house
{{NAME:Pacheco, M.}}      201B  {{DATE:12/28}}   cough, malaise          POC +A      {{DATE:12/28}}      in house
{{NAME:Zaremba, L.}}      204   {{DATE:12/29}}   fever 102, hypoxia     PCR +A      {{DATE:12/29}}      -> {{FACILITY:St. Joseph Memorial}} {{DATE:12/30}}
{{NAME:Delacroix, J.}}    207A  {{DATE:12/30}}   rhinorrhea              neg x2      proph        in house
{{NAME:Schuette, A.}}     209   {{DATE:12/30}}   fever, confusion       PCR +A      {{DATE:12/30}}      DNH; hospice aware
Staff: CNA {{NAME:T. Mwangi}} (onset {{DATE:12/27}}) excluded until {{DATE:1/3}}; RN {{NAME:K. Doyle}} (onset {{DATE:12/29}}).
All other 2S res on oseltamivir 75 mg daily x14d (renal-adj for {{NAME:Schuette}}: 30 mg). Unit closed to admissions. Vaccination rate 2S 88% (lot numbers on file, e.g. lot UT7731CA, exp 06/2026).`,
  `CONSULTANT PHARMACIST -- MONTHLY MEDICATION REGIMEN REVIEW
Facility: {{FACILITY:Countryside Estates Nursing Home}} ({{LOCATION:Decorah}}, IA)   Review date: {{DATE:06/18/2026}}
Pharmacist: {{NAME:Nikhil Desai}}, PharmD, BCGP   License {{LICENSE:IA-22914}}
Resident: {{NAME:Verna Kleinschmidt}}   Rm 17   MRN {{MRN:CE-4407}}   Attending: Dr. {{NAME:Johnstone}}
Irregularities / recommendations:
1. Quetiapine 25 mg HS x 14 mo for "dementia w/ behaviors" -- no documented behaviors on log since {{DATE:2/2026}}. F758: recommend GDR to 12.5 mg HS, monitor 2 wk.
2. Omeprazole 20 mg daily since hosp {{DATE:8/2024}}, no GI indication documented -- consider taper/DC (fracture, C diff risk).
3. Oxybutynin 5 mg BID (Beers, anticholinergic burden, pt w/ Alzheimer's on donepezil) -- consider mirabegron or DC.
4. Glipizide 5 mg BID; A1c 6.1 ({{DATE:5/30/26}}), 2 FSBS < 70 this month ({{DATE:6/2}}, {{DATE:6/11}}) -- recommend reduce to 2.5 mg daily.
5. Warfarin -- INR 3.6 on {{DATE:6/15}}; last 3 INR 2.1-3.6. Levofloxacin course {{DATE:6/10-6/16}} likely contributed. Recheck INR {{DATE:6/19}}.
No response from prescriber to {{DATE:5/20}} recs (#2) -- re-sent.
Copy to DON {{NAME:Marcia Hefel}}, RN and Dr. {{NAME:Johnstone}} via fax {{FAX:563-555-0189}}. Pharmacy {{FACILITY:Upper Iowa Rx}} acct {{ACCOUNT:UIR-04471}}.`,
  `TELEPHONE NOTE -- CRITICAL LAB VALUE
{{DATE:Mon 7/13/26 0722}}. Call rec'd from {{NAME:Darnell}} at {{FACILITY:Tri-State Clinical Laboratories}} ({{PHONE:1-513-555-0106}}), accession {{ID:TS26-0713-44819}}, drawn {{DATE:7/12/26 0530}}.
Resident: {{NAME:Clarence Odom}}, rm 12, {{FACILITY:Whispering Oaks Care Center}}, {{LOCATION:Hamilton}} OH, DOB {{DATE:9/14/1938}}.
Critical: K+ 6.4 mmol/L (non-hemolyzed per lab). Cr 3.1 (prior 2.2 on {{DATE:6/29}}). Read back and verified.
Current meds of note: lisinopril 20 mg, spironolactone 25 mg, KCl 10 mEq daily (!), Bactrim DS started {{DATE:7/9}} by urgent care for cellulitis.
0730 paged Dr. {{NAME:Marguerite Asante}} ({{PHONE:513-555-0112}}); 0741 call back. Orders: HOLD lisinopril, spironolactone, KCl, Bactrim. Lokelma 10 g PO now. Stat EKG (mobile x-ray/EKG via {{FACILITY:MobileDx of Ohio}}) -- peaked T waves? Repeat BMP 1400 today. If K > 6.0 or EKG changes -> send to ED.
0810 EKG done: NSR 76, no peaked T per Dr. {{NAME:Asante}} review.
0815 called wife {{NAME:Bernadine Odom}} {{PHONE:513-555-0137}}, no answer, left VM to call back. Son {{NAME:Marcus Odom}} notified instead {{PHONE:(937) 555-0128}}.
Order # {{ID:ORD-5583012}} entered. Doxycycline 100 BID replaces Bactrim.
{{NAME:Hanna Gebremedhin}}, RN, unit mgr`,
  `ELOPEMENT -- INCIDENT REPORT (state reportable)
{{FACILITY:Aspen Ridge Memory Care}}, {{ADDRESS:911 Meadowlark Dr}}, {{LOCATION:Rochester}}, MN {{ZIP:55901}}
Incident # {{ID:AR-EL-26-02}}    MAARC report # {{ID:MN2026-118733}}
Resident: {{NAME:Gerald "Gerry" Vandenheuvel}}   Age 78   Suite 8
Date: {{DATE:08.21.2026}}. Last seen 1905 in TV lounge by med aide {{NAME:Paj Yang}}. Noted missing 1930 at HS med pass.
Res exited via employee break-room door (keypad code was propped, door alarm had been silenced for delivery). Staff search per Code Adam-style "Dr. Brown" overhead page 1932. Found 1951 by maintenance {{NAME:Ricky Esparza}} walking east on the shoulder of {{ADDRESS:Hwy 14 near 50th Ave NW}}, approx 0.6 mi from bldg, wearing slippers, no coat, temp 58 F.
Condition: no injuries, skin intact, VS wnl, FSBS 111. States he was "going to milk cows."
Notified: Dr. {{NAME:Saetre}} 2000, wife/POA {{NAME:Judith Vandenheuvel}} 2005 ({{PHONE:507-555-0181}}), police non-emergency (Officer {{NAME:Kaminski}}, badge {{ID:4417}}), administrator {{NAME:Connie Lauer}} 2010.
Actions: all keypad doors re-coded {{DATE:8/21}} 2200, delivery policy revised, Wanderguard transmitter added ({{DEVICE:WG-TX-88102}}), 1:1 x72h, q15 min checks.
Written by {{NAME:Andrea Fjelstad}}, RN, Health Services Supv`,
  `RESIDENT-TO-RESIDENT ALTERCATION -- 24 HR INITIAL REPORT
Facility: {{FACILITY:Glenwood Commons Skilled Nursing}}, {{LOCATION:Poughkeepsie}}
Submitted to NYS DOH {{DATE:9/30/2026 1615}}, intake {{ID:NYS-26-09-40217}}
Alleged perpetrator: {{NAME:Francis X. Mulcahy}}, rm 210A, DOB {{DATE:3/17/1940}}, dx FTD, BIMS 4.
Alleged victim: {{NAME:Herbert Lowenstein}}, rm 210B, {{AGE:91}} y/o, dx Parkinson's, BIMS 11.
Event {{DATE:09/30/26}} approx 1340 in shared room: CNA {{NAME:Guadalupe Ortiz}} heard yelling, observed Mr. {{NAME:Mulcahy}} grab Mr. {{NAME:Lowenstein}}'s L wrist and pull at his blanket ("that's mine"). Separated immediately.
Victim assessment: 2 cm erythema L wrist, no skin tear, ROM intact, denies pain; stated "he didn't mean it, he's confused." No fear expressed.
Perpetrator: redirected, no further aggression. UA sent to r/o UTI.
Notifications: Dr. {{NAME:Fakhoury}} 1355; {{NAME:Lowenstein}}'s son {{NAME:Daniel Lowenstein}} 1410 ({{PHONE:914-555-0164}}); {{NAME:Mulcahy}}'s niece/guardian {{NAME:Siobhan Mulcahy-Tran}} 1420 ({{PHONE:845-555-0119}}); Ombudsman {{NAME:Ellen Pratt}} 1500.
Immediate protection: Mr. {{NAME:Lowenstein}} moved to rm 218 (private) per his choice; {{NAME:Mulcahy}} on 1:1 until psych eval by {{FACILITY:Hudson Valley Geropsych}}.
Reporter: {{NAME:Patricia Nolan-Greer}}, LNHA, Administrator    Investigator: {{NAME:D. Oyelowo}}, DON`,
  `skin tear -- {{DATE:10/04/26}}
{{FACILITY:pine haven}} -- res {{NAME:clara mae stubblefield}} rm 3
cna {{NAME:josh}} reported during am care 0705 -- found skin tear L forearm, Payne-Martin cat II, 3.5 cm x 1.5 cm, flap ~50% viable. bleeding controlled w/ pressure. cause: bumped arm on geri-chair armrest during transfer w/ hoyer (2 assist -- {{NAME:josh}} + {{NAME:aaliyah}}).
tx: cleansed ns, flap approximated w/ moist q-tip, steri-strips x3, covered w/ mepitel one + kerlix. marked arrow for flap direction on dressing. do not remove x5 days.
skin fragile, on prednisone 5 mg long term (PMR).
padded armrests applied {{DATE:10/4}}, long sleeves/geri-sleeves. cna education re: hoyer sling positioning.
np {{NAME:kelsey wahl}} notified 0740 -- ok w/ tx, no abx. 
dtr {{NAME:lorna stubblefield-boyd}} notified 0800 {{PHONE:740-555-0115}} -- she asked about the bruises on R hand too: those are from lab draw {{DATE:10/2}} (venipuncture by {{FACILITY:hocking valley mobile phlebotomy}}).
{{NAME:d. whitt}} lpn`,
  `CHANGE IN CONDITION -- INTERACT SBAR (eINTERACT)
Resident: {{NAME:TRUJILLO, BENEDICTA}}   Rm 15-B   {{FACILITY:Alta Vista Care Center}}   Date {{DATE:11/11/2026}}
SITUATION: new onset confusion & decreased oral intake x 24 hrs; fell asleep at lunch w/ food in mouth.
BACKGROUND: {{AGE:96}} yo F, long-term since {{DATE:2019-07-22}}. Dx: HTN, hypothyroid, OA, chronic hyponatremia (SIADH?), hx UTI (last {{DATE:Aug 2026}}). Code: DNR, "no hospital transfer unless comfort cannot be achieved" (POLST {{DATE:4/3/2024}}).
Meds: levothyroxine 50 mcg, amlodipine 5, APAP 650 TID, sertraline 25 (started {{DATE:10/28}} by psych NP).
ASSESSMENT: T 99.1, BP 104/60 (baseline 140s), P 96, R 20, SpO2 93% RA. Mucous membranes dry. Oriented to self only (baseline x3). No focal deficits. Lungs clear. Abd soft. Last BM {{DATE:11/9}}.
Stop and Watch triggered by CNA {{NAME:Yesenia Cordero}}.
REQUEST: labs + eval. Suspect hyponatremia (new SSRI) vs UTI vs dehydration.
Dr. {{NAME:Emeka Obi}} notified 1015 -- orders: stat BMP, CBC, UA C&S via {{FACILITY:Hawkeye Diagnostics}}; encourage fluids 240 mL q2h while awake; hold sertraline.
Family: grandson {{NAME:Rafael Trujillo}} (HCPOA) {{PHONE:(563) 555-0173}} notified 1030; wishes treatment in place per POLST. Great-granddaughter {{NAME:Ximena}} will visit tonight.
{{DATE:11/11/26 1545}} results: Na 121 (prior 131). Dr. {{NAME:Obi}} -- 1.2 L fluid restriction rescinded?? clarified: NS 75 mL/h SQ (hypodermoclysis) x 1 L, repeat BMP in am.
{{NAME:Lauren Steffensmeier}}, RN`,
  `DISCHARGE PLANNING NOTE -- SOCIAL SERVICES
{{FACILITY:Evergreen Park Post-Acute}}   {{DATE:12/15/2026}}
Resident {{NAME:Mildred "Millie" Zawacki}} (rm 139) -- short-term rehab, Medicare day 19 of 100. Adm {{DATE:11/27/26}} from {{FACILITY:Southwest Suburban Medical Center}} after L humerus fx + rhabdo (found down at home ~18 h).
Progress: PT/OT -- now supervision w/ RW 150 ft, toilet transfers SBA, dressing min A (LUE sling). BIMS 14.
Home: bungalow, {{ADDRESS:10419 S Kilbourn Ave}}, {{LOCATION:Oak Lawn}} IL {{ZIP:60453}}, 4 steps to enter, bedroom/bath 1st floor. Lives alone; cat "Pierogi."
Supports: dtr {{NAME:Barbara Zawacki-Novak}} (works days at {{FACILITY:Christ the King School}} cafeteria; {{PHONE:708-555-0142}}); son {{NAME:Edward Zawacki}} ({{PHONE:708-555-0186}}), neighbor {{NAME:Irma Delgado}} has key.
Family mtg held today w/ dtr + son. Plan: d/c home {{DATE:Sat 12/19}} w/:
 - HH PT/OT/RN via {{FACILITY:Midwest Family Home Health}} (SOC {{DATE:12/20}}), referral # {{ID:MFHH-88310}}
 - PERS pendant -- {{FACILITY:SafeLink Response}}, subscriber acct {{ACCOUNT:SL-2209471}}
 - Meals on Wheels (via {{FACILITY:Worth Township Senior Services}})
 - DME: RW (has), raised toilet seat + shower bench ordered from {{FACILITY:Cermak Medical Supply}}
 - PCP f/u Dr. {{NAME:Lin}} {{DATE:12/29}}; ortho f/u Dr. {{NAME:Sandoval}} {{DATE:1/5/27}}
Resident agrees, "I want to be home before the snow." Will arrange wheelchair van w/ {{FACILITY:Southwest Transit Care}}.
{{NAME:Nicole Bartkowiak}}, BSW`,
  `ADVANCE CARE PLANNING / MOLST REVIEW
{{FACILITY:The Pavilion at Saratoga}} -- Long Term Care    {{DATE:January 6, 2027}}
Resident: {{NAME:Cornelius Van Wie}}   ({{AGE:ninety-four}} years)   MRN {{MRN:PS-10288}}   Rm 2-44
Participants: resident (capacity present per Dr. {{NAME:Abernathy}} note {{DATE:1/4/27}}), health care agent {{NAME:Hendrika "Rika" Van Wie-Slingerland}} (dtr, {{PHONE:518-555-0194}}), SW {{NAME:Marisol Benavides}}, RN {{NAME:Greg Tully}}.
Discussion: Mr. {{NAME:Van Wie}} is a retired dairy farmer from {{LOCATION:Schuylerville}}; states clearly "I've had a good run. No machines." Reviewed prognosis (CHF + CKD 4, 3 hospitalizations since {{DATE:July 2026}}, most recent {{DATE:12/12-12/19/26}} at {{FACILITY:Adirondack Regional Medical Center}} ({{FACILITY:ARMC}}) for volume overload).
MOLST updated (prior form {{DATE:3/2/2023}} was Full Code):
 - CPR: DNR
 - Intubation: DNI
 - Treatment: limited medical interventions; hospitalize only if comfort needs cannot be met here
 - Artificial nutrition: no feeding tube; IV fluids trial only
 - Antibiotics: yes for comfort (e.g. UTI)
Signed by resident and Dr. {{NAME:Abernathy}}; witness {{NAME:G. Tully}}. Copy to agent, scanned to chart, orange form in front of binder.
{{NAME:Rika}} asks about hospice -- referral to {{FACILITY:Community Hospice of Saratoga}} discussed; will decide after son {{NAME:Pieter}} flies in from {{LOCATION:Denver}} {{DATE:1/15}}.
{{NAME:MB}}/{{NAME:gt}}`,
  `readmission nsg note {{DATE:1/22/27 1530}}
{{NAME:Beverly Wachowiak}} back from {{FACILITY:SFMC}} via {{FACILITY:Lifeline EMS}} w/c van. hosp stay {{DATE:1/17-1/22}} for c diff colitis + AKI.
rm 207 (same rm, bed hold honored). {{FACILITY:St. Francis Medical Center}} d/c summary & MAR reviewed w/ dr {{NAME:kasprzak}} by phone 1600, orders reconciled:
- vanco 125 mg po qid thru {{DATE:1/31}}
- HOLD lasix until BMP {{DATE:1/25}}
- d/c'd PPI (pantoprazole)
- florastor held per ID
CONTACT PLUS ISOLATION, sign on door, dedicated BP cuff/thermometer, soap & water hand hygiene (no ABHR).
vs 122/70 88 18 98.2 96%ra. wt 131.4 (pre-hosp 138). loose stool x1 since arrival, brown, no blood. skin: stage 1 coccyx (new), barrier, q2h turns. PICC? no -- PIV R hand removed by EMS.
alert, oriented x2-3, weak. bims redone {{DATE:1/23}}.
husband {{NAME:Walt}} came w/ her, stayed until supper. his # {{PHONE:(920) 555-0153}}. granddaughter {{NAME:Kyla}} (cna at {{FACILITY:Bay Shore Senior Living}}) asked for isolation teaching, done.
res hosp MRN {{MRN:SF1188407}} / hosp acct {{ACCOUNT:4002281935}} on paperwork.
-- {{NAME:n. vue}} rn`,
  `MOBILE DENTAL VISIT -- {{FACILITY:Smiles on Wheels Geriatric Dental}}
Site: {{FACILITY:Heather Glen Health Care}}, {{LOCATION:Lancaster}} PA    DOS {{DATE:02/09/2027}}
Pt: {{NAME:Esther Stoltzfus}}   DOB {{DATE:5/30/1936}}   Facility MR {{MRN:HG-5563}}   Chart # {{MRN:SOW-00917}}
Dentist: {{NAME:Raymond Oduya}}, DMD   PA lic {{LICENSE:DS-039918}}   Hygienist {{NAME:Beth Zook}}
Consent: signed by POA son {{NAME:Amos Stoltzfus}} {{DATE:2/1/27}} (no phone at home; contact via {{NAME:Rachel Beiler}}, neighbor, {{PHONE:717-555-0125}}).
CC: nursing reports pt pulling at L cheek, reduced intake. Pt speaks Pennsylvania Dutch, some English.
Exam: edentulous maxilla, complete upper denture (ill-fitting, fractured L flange). Mandible: #22, #27 remain; #22 carious to gumline, mobility 2, L buccal vestibule erythema, no abscess. Oral cancer screening neg. Candida under denture (angular cheilitis).
Tx today: D7140 extraction #22 (lido 2% w/ epi 1:100k, 1 carpule). Hemostasis w/ gauze. Nystatin susp 100,000 U/mL 5 mL swish QID x14d, soak denture nightly. Denture reline w/ soft liner (D5730) -- impression taken, return {{DATE:2/23}}.
Post-op: soft diet 24 h, no straws. Call {{PHONE:(717) 555-0168}} for bleeding. Billing to PA Medicaid recip # {{HEALTH_PLAN:8812044729}}.
{{NAME:RO}}:{{NAME:bz}}`,
  `PODIATRY -- ROUTINE FOOT CARE (at-risk)
{{FACILITY:Northern Lights Senior Care}}, {{LOCATION:Duluth}}     {{DATE:3-3-2027}}
Patient: {{NAME:Ilmari Koskinen}}  age 89  Rm 210  MR {{MRN:NL-91007}}
Provider: {{NAME:Tove Lindahl}}, DPM  NPI {{LICENSE:1144302298}}
Class findings: T2DM w/ peripheral neuropathy (monofilament 0/10 bilat), absent DP/PT pulses bilat, hx R 2nd toe amp {{DATE:2019-11-04}} at {{FACILITY:Arrowhead Lakes Hospital}}.
Nails: onychomycotic, thick (4 mm), yellow, subungual debris hallux-5th bilat -> debrided x10 (11721).
Skin: hyperkeratotic lesions sub-met 1 L, medial hallux R -> pared x2 (11056). No ulceration. Interdigital maceration 4th web L -- lamisil cream BID.
Footwear: extra-depth shoes w/ custom inserts (from {{FACILITY:Iron Range Orthotics}}) worn R, L insert missing -- notified CNA {{NAME:Chantel}}.
Assessment: high-risk diabetic foot, Q-modifier class B.
Plan: RTC 9-10 wks (~{{DATE:5/8}}). Daily foot checks by nsg. Report any open area to DON {{NAME:Paula Niemi}} {{PHONE:218-555-0147}}. Copy to PCP Dr. {{NAME:Gustafson}} ({{FAX:218-555-0148}}).
Wife {{NAME:Aino}} visits M/W/F -- gave her foot care handout (Finnish version).`,
  `PSYCHIATRIC NP FOLLOW-UP -- {{FACILITY:Keystone Geriatric Behavioral Health}}
Site: {{FACILITY:Maplewood Nursing Center}} secure unit     DOS {{DATE:4/14/2027}}
Pt: {{NAME:Dorothea Kalogeropoulos}}   {{AGE:90}} y/o F   MRN {{MRN:MW-28830}}
Reason: GDR review (risperidone), CMS antipsychotic measure.
Interval: per behavior log ({{DATE:3/15-4/13}}) 2 episodes of verbal agitation during showers, 0 physical. Hallucinations ("children in the closet") 1x/wk, not distressing -- she waves at them. Sleep 7-8 h. Eating 75%. No falls.
MSE: calm, well-groomed, hair done by beautician. Speech soft, tangential. Mood "fine." Oriented to self, thinks it is {{LOCATION:Pittsburgh}} 1965. No SI.
Current: risperidone 0.25 mg HS (reduced from 0.5 on {{DATE:1/10/27}}), sertraline 50 mg, melatonin 3 mg.
AIMS 2 (mild perioral). Orthostatics neg.
Plan: further GDR -> discontinue risperidone; shower approaches (bed bath alternate days, female staff, warm towels, Greek music). Monitor x4 wks. If hallucinations become distressing, consider pimavanserin (prior auth {{ID:PA-77231904}} on file w/ Part D).
Discussed w/ son {{NAME:Nikolaos "Nick" Kalogeropoulos}} by phone {{PHONE:412-555-0159}}; he agrees. Dtr-in-law {{NAME:Stacey}} is backup, {{EMAIL:stacey.kalo@examplemail.com}}.
{{NAME:Imani Whitfield-Jones}}, PMHNP-BC   DEA {{LICENSE:MW4418230}}   f/u 4 wks`,
  `RESPITE STAY ADMISSION -- 14 days
{{FACILITY:Cranberry Meadows Assisted Living}}, {{LOCATION:Plymouth}} MA
Guest: {{NAME:Samuel Amoako}}   age 83   respite suite R-2
Dates: {{DATE:5/21/27}} -> {{DATE:6/4/27}} (caregiver wife {{NAME:Akosua Amoako}} traveling to Ghana for her sister's funeral)
Home address: {{ADDRESS:45 Liberty Pole Rd, Unit 12}}, {{LOCATION:Kingston}} {{ZIP:02364}}
Contacts while wife away: dtr {{NAME:Abena Amoako-Sullivan}} {{PHONE:508-555-0122}} (primary), son {{NAME:Kwame Amoako}} {{PHONE:(857) 555-0189}}. Wife reachable by WhatsApp {{PHONE:+1 508-555-0107}}.
PCP: {{NAME:Priya Natarajan}}, MD, {{FACILITY:South Shore Internal Medicine}}, ph {{PHONE:781-555-0140}} fax {{FAX:781-555-0141}}.
Dx: Parkinson's (dx 2018), orthostatic hypotension, BPH, mild NCD.
Meds brought in (bubble packs from {{FACILITY:Kingston Collection Pharmacy}}, verified by RN): Sinemet 25/100 1 tab 6a-10a-2p-6p-10p (TIME CRITICAL), midodrine 5 mg 8a-12p-4p, tamsulosin 0.4 HS, Miralax daily.
Mobility: rollator, freezing at doorways -- cue "step over the line." Fall risk HIGH; bed alarm + mat.
Diet: regular; loves jollof rice, wife left 6 frozen portions labeled.
Valuables: wedding band, hearing aids (serial {{DEVICE:PH-L 2231-7780}} / {{DEVICE:PH-R 2231-7781}}).
Admitted by {{NAME:Colleen Furtado}}, LPN`,
  `HOSPICE CONTINUOUS HOME CARE (CHC) -- SHIFT NOTE
{{FACILITY:Berkshire Hills VNA Hospice}}     Pt: {{NAME:Audrey Pomeroy}}     Pt ID {{MRN:VNAB-7140}}
Location: {{FACILITY:Taconic Hills Residence}} (AL), apt 106, {{LOCATION:Lenox}}
Shift: {{DATE:6/30/2027 2000}} -> {{DATE:7/1/2027 0800}}   RN {{NAME:Hollis Crane}} 2000-0000 / LPN {{NAME:Marta Wisniewski}} 0000-0800
CHC criteria: uncontrolled pain + terminal agitation (began {{DATE:6/30}} ~1500).
2010 pt moaning, grimacing, PAINAD 7. Morphine conc 20 mg/mL 10 mg SL given. Haloperidol 1 mg SL for agitation.
2045 PAINAD 3, calmer. Resp 26, irreg, apneic pauses 10-15 s.
2200 repositioned, oral care, lips lanolin. Mottling bilat knees. Urine output minimal.
0015 (LPN) agitation recurred, pulling at gown. Lorazepam 1 mg SL per CHC protocol. Hospice on-call MD Dr. {{NAME:Farouk}} ({{PHONE:413-555-0130}}) 0030 -- start morphine 5 mg SL q1h scheduled + q30 PRN, scopolamine patch for secretions.
0300 PAINAD 1-2, "death rattle" mod, scopolamine on. Dtr {{NAME:Janet Pomeroy-Hale}} arrived 0310 from {{LOCATION:Pittsfield}} ({{PHONE:413-555-0176}}), son {{NAME:Stephen Pomeroy}} on FaceTime from {{LOCATION:Burlington}}, Vermont.
0600 PAINAD 0. Resting. Family at bedside. Continue CHC next shift (RN {{NAME:Imogen Falk}}).`,
  `FAX TRANSMITTAL -- CONFIDENTIAL HEALTH INFORMATION
FROM: {{FACILITY:Whitestone Care Center}}, 2nd floor nurses' station
      {{ADDRESS:1650 Route 9W, Suite 200}}, {{LOCATION:Kingston}}, NY {{ZIP:12401}}
      Ph {{PHONE:845-555-0110}} ext {{PHONE:212}}   Fax {{FAX:845-555-0111}}
TO:   Dr. {{NAME:Yusuf Karimi}} / {{FACILITY:Ulster Cardiology Associates}}   Fax {{FAX:845-555-0177}}
DATE: {{DATE:07/19/2027}}   PAGES: 4 incl cover
RE:   {{NAME:BRENNAN, MARY KATHERINE}}   DOB {{DATE:10/12/1930}}   Res # {{MRN:WCC-003381}}
Message:
Dr. {{NAME:Karimi}} -- pls review attached Holter report (placed {{DATE:7/15}}, removed {{DATE:7/16}}, monitor SN {{DEVICE:HM3-00918274}}) and EKG of {{DATE:7/18/27}}. Resident had 2 episodes of HR 38-42 w/ dizziness on {{DATE:7/14}} while on metoprolol tartrate 25 BID + digoxin 0.125. Metoprolol held since {{DATE:7/14}} per Dr. {{NAME:Ferrante}} (attending). Dig level 1.9 on {{DATE:7/17}}.
Family ({{NAME:Sheila Brennan-Costa}}, HCP, {{PHONE:845-555-0195}}) asking about pacemaker -- resident is {{AGE:96}} and has said she does not want "anything put in."
Please fax orders/recommendations or call {{NAME:Laurel}}, RN, at ext {{PHONE:214}}.
Appt requested: next available; transport by {{FACILITY:Hudson Medical Transport}}.
The documents accompanying this transmission contain confidential information... If you received this in error call {{PHONE:845-555-0110}} and destroy.`,
  `{{FACILITY:St. Hedwig's Home for the Aged}}
{{ADDRESS:2100 Lincoln Way West}}    {{LOCATION:South Bend}}, Indiana {{ZIP:46628}}

{{DATE:August 16, 2027}}

Mr. {{NAME:Gerald Nowicki}}
{{ADDRESS:5521 Hickory Rd, Apt 9}}
{{LOCATION:Mishawaka}}, IN {{ZIP:46545}}

Re: Your mother, Mrs. {{NAME:Helena Nowicki}} -- Room change and Medicaid application
Dear Mr. {{NAME:Nowicki}},
Thank you for meeting with me on {{DATE:August 12}}. As discussed, your mother's private-pay funds are expected to reach the Medicaid resource limit by mid-{{DATE:October 2027}}. We have started the Indiana Medicaid application (DFR case {{ID:1082446730}}). Please bring the following to the business office by {{DATE:9/1/2027}}: 5 years of statements for {{FACILITY:Teachers Credit Union}} acct ending {{ACCOUNT:4471}}, the burial trust with {{FACILITY:Kaniewski Funeral Home}} (policy {{ACCOUNT:BT-20931}}), and her Medicare card ({{HEALTH_PLAN:3PD8-UX6-KW20}}).
Also, as Mrs. {{NAME:Nowicki}}'s needs have increased, the care team recommends a move from {{FACILITY:Marian Hall}} room 12 to {{FACILITY:St. Joseph Wing}} room 31 on {{DATE:9/8}}. Her roommate would be a retired nurse, also Polish-speaking.
Please call me at {{PHONE:574-555-0103}} or email {{EMAIL:kcwiklinski@sthedwighome.example.org}}.
Sincerely,
{{NAME:Krystyna Cwiklinski}}
Director of Social Services`,
  `BUSINESS OFFICE NOTE
{{DATE:09/22/2027}} -- {{NAME:Tammy Schroeder-Voss}}, BOM, {{FACILITY:Prairie Rose Care & Rehab}} ({{LOCATION:Grand Island}}, NE)
Resident: {{NAME:Lyle Brandenburg}}   Rm 44   Res acct {{ACCOUNT:PRC-2210-0447}}
Payer history: Medicare A {{DATE:6/3-7/18/27}} (skilled days 1-46, cut letter/NOMNC issued {{DATE:7/16}} -- rehab plateau), then private pay, Medicaid app submitted {{DATE:8/2/27}}.
Today: call w/ DHHS caseworker {{NAME:Rhonda Ochoa}} ({{PHONE:308-555-0150}}) -- app approved w/ share of cost $1,412/mo eff {{DATE:9/1/27}}; Medicaid ID {{HEALTH_PLAN:NE-40081177-02}}. Retro to {{DATE:8/1}} denied (excess resources: 1998 Chevy Silverado, VIN {{VEHICLE:1GCEK19T4WE118233}}, value counted).
Spoke w/ son/POA {{NAME:Curtis Brandenburg}} ({{PHONE:(308) 555-0114}}) -- he will sell truck to neighbor {{NAME:Arlo Kucera}}, plate NE {{VEHICLE:8-C4471}}, and bring bill of sale. Outstanding private balance $6,210.55 for {{DATE:8/1-8/31}} -- payment plan $500/mo starting {{DATE:10/5}}, check drawn on {{FACILITY:Platte Valley State Bank}} acct {{ACCOUNT:003318874}}.
Also on file: Medicare supplement (Mutual of Omaha) {{HEALTH_PLAN:MOO-7730912}} -- will cover coinsurance days 21-46 only.
Resident trust fund balance $88.20; personal needs allowance deposited monthly.
Cc: admin {{NAME:Dean Aksamit}}; SW {{NAME:Faith Hruza}}.`,
  `MEMORY CARE -- ACTIVITY / ENGAGEMENT LOG         week of {{DATE:10/11/27}}
{{FACILITY:Lilac House}} at {{FACILITY:Meadowbrook Senior Village}}, {{LOCATION:Fargo}}      Life Enrichment: {{NAME:Carly Brekke}}
RES                     MON  TUE  WED  THU  FRI  NOTES
{{NAME:Amundson, Gladys}}        Y    Y    N    Y    Y    sang "You Are My Sunshine," led group
{{NAME:Bjornstad, Erling}}       Y    N    N    R    Y    R=refused; pacing Thu pm; wife {{NAME:Solveig}} visited
{{NAME:Chounlamany, Bounmy}}     Y    Y    Y    Y    Y    folding laundry; Lao music from grandson {{NAME:Kevin}}'s playlist
{{NAME:Dziedzic, Wanda}}         N    H    H    H    Y    H=hosp at {{FACILITY:RRVMC}} {{DATE:10/12-10/14}}, UTI
{{NAME:Eggert, Marvin "Swede"}}  Y    Y    Y    N    Y    woodworking kit; asked for {{NAME:Lenny}} (late brother)
{{NAME:Fairbanks, Opal}}         Y    Y    Y    Y    N    Fri: family outing to {{FACILITY:Prairie Heritage Village}} w/ dtr {{NAME:Rochelle}}
{{NAME:Gunderson, Thora}}        --   --   --   --   --   on hospice ({{FACILITY:Red River Hospice}}), 1:1 hand massage, hymns
Special events: Tues pet therapy (therapy dog "Biscuit" w/ handler {{NAME:Dale Ness}}); Wed Oktoberfest social -- root beer, live polka band; Thurs chaplain Rev. {{NAME:Ingrid Solberg}}.
Notes for care team: {{NAME:Erling}} more restless since time change; suggest 1:1 walk 1530. {{NAME:Gladys}} turns {{AGE:98}} on {{DATE:10/20}}, party planned.
{{NAME:CB}}`,
  `WEEKLY NURSING SUMMARY -- Medicare Part A
Res: {{NAME:Kathleen "Kay" Mazzarella}}   {{FACILITY:Harborview Rehab & Nursing}}, rm 311-W   MR# {{MRN:HV400172}}
Week ending: {{DATE:11/06/2027}}      Skilled need: IV abx, wound, PT/OT
[copied fwd from {{DATE:10/30/2027}} -- updated where noted]
Dx: osteomyelitis L great toe s/p partial 1st ray amputation ({{DATE:10/19/27}}, {{FACILITY:Bridgeport Vascular Surgery}}), DM2, PVD, CAD s/p CABG 2011.
IV: cefazolin 2 g IV q8h via R basilic PICC (placed {{DATE:10/20}} at hosp, 4 Fr single lumen, ext length 1 cm unchanged). End date {{DATE:11/30/27}} per ID Dr. {{NAME:Osei-Bonsu}}. Weekly labs -- CBC/CMP/ESR/CRP drawn {{DATE:11/3}}: WBC 7.2, Cr 1.0, ESR 48 (was 71), CRP 2.1.
Wound: L foot amputation site 3.0 x 1.4 x 0.4 cm (UPDATED -- was 3.4 x 1.8 x 0.6), granular, NPWT -125 continuous, changes MWF by wound RN {{NAME:Rosa Iannuzzi}}.
Glucose: FSBS 110-240, lantus 22 u HS + lispro SSI. A1c 8.4.
PT: NWB LLE, transfers CGA; w/c mobility indep 150 ft. OT: LB dressing min A.
Pain: 2-4/10, tramadol 50 q6 prn x2/day avg.
Psychosocial: husband {{NAME:Vito}} visits daily after work at {{FACILITY:Pequonnock Precision Machining}}; son {{NAME:Anthony}} ({{PHONE:203-555-0191}}) handles insurance calls. {{NAME:Kay}} tearful {{DATE:11/4}} -- SW {{NAME:Yvette Boateng}} following.
D/C goal: home w/ HH when IV done. -- {{NAME:J. Palladino}}, RN, MDS nurse`,
  `DME DELIVERY / SET-UP -- OXYGEN
Supplier: {{FACILITY:Allegheny Home Respiratory}}   Delivery tech: {{NAME:Corey Blasko}}   Order # {{ID:AHR-1127-5530}}
Delivered to: {{FACILITY:Laurel Highlands Personal Care Home}}, {{ADDRESS:88 Ligonier St, Apt 4}}, {{LOCATION:Latrobe}} PA {{ZIP:15650}}
Patient: {{NAME:Mabel Hostetler}}    DOB {{DATE:03/09/1929}}    Date {{DATE:11/27/2027 1320}}
Rx: O2 2 LPM via NC continuous w/ activity & sleep; qualifying sat 86% RA at rest on {{DATE:11/22/27}} (ordering Dr. {{NAME:Mikhail Sorokin}}, NPI {{LICENSE:1306829914}}).
Equipment:
  - stationary concentrator, model 5-liter, SN {{DEVICE:CX5-2027-118404}}
  - portable POC, SN {{DEVICE:POC-88A-00411}}, w/ 2 batteries
  - E-cylinders x4 (backup), regulator SN {{DEVICE:RG-77102}}
  - 25 ft tubing, humidifier bottle
Safety: NO SMOKING signs posted, resident's son {{NAME:Dale Hostetler}} (smokes) educated -- outside only, 10 ft from equipment. Fire extinguisher present. Checked outlet not on power strip.
Trained: resident, PCH staff {{NAME:Breanna Fetterman}} (med tech), son. Return demo adequate.
Billing: Medicare Part B {{HEALTH_PLAN:1KM6-AA9-PT37}}, secondary PA Medicaid {{HEALTH_PLAN:4401938276}}; rental month 1 of 36.
24-hr service line {{PHONE:724-555-0106}}. Next maintenance visit ~{{DATE:2/27/28}}.`,
  `REMOTE DEVICE CHECK -- PACEMAKER
{{FACILITY:Capital District Heart Rhythm}} Device Clinic      Transmission {{DATE:2028-01-08 02:14}}
Pt: {{NAME:Aldo Pellegrino}}   DOB {{DATE:1931-06-21}}   Clinic MRN {{MRN:CDHR-55119}}
Residence: {{FACILITY:Loudonville Gardens}} (SNF), rm 14 -- bedside monitor installed by {{NAME:Keisha}}, device nurse
Device: dual-chamber PPM, implanted {{DATE:4/30/2019}} at {{FACILITY:Hudson-Mohawk Medical Center}}; generator SN {{DEVICE:PJN831902S}}, RA lead SN {{DEVICE:BBL224019V}}, RV lead SN {{DEVICE:BBK3301187}}
Indication: sick sinus syndrome. Mode DDDR 60/130.
Battery: 6.1 yrs remaining. Leads: RA imp 510 ohm, RV 620 ohm, thresholds stable.
Pacing: RA 68%, RV 2%.
Events: 3 AHRE episodes, longest 4 h 12 min on {{DATE:12/29/27}}, max V rate 118. AF burden 1.6%. No VHR.
Interpretation: new atrial fibrillation. Pt not on anticoagulation. CHA2DS2-VASc 4.
Plan: notify facility physician Dr. {{NAME:Brigid Conlon}} via fax {{FAX:518-555-0129}}; recommend discussing anticoag (apixaban 2.5 BID -- age over 80, wt 58 kg). Next remote {{DATE:4/8/28}}.
Notified HCP dtr {{NAME:Francesca Pellegrino-Ruiz}} {{PHONE:518-555-0138}} of result per pt's request.
Reviewed by {{NAME:Owen Farraday}}, NP; device tech {{NAME:sk}}.`,
  `NON-EMERGENCY TRANSPORT -- RUN SHEET
{{FACILITY:Tri-Valley Medical Transport}}   Run # {{ID:TV-28-014483}}   Unit 7 (BLS)   Date {{DATE:02/03/2028}}
Crew: {{NAME:Hector Villalobos}}, EMT-B (lic {{LICENSE:EMT-427701}}) / {{NAME:Madison Krull}}, EMT-B
Pick-up: {{FACILITY:Ridgecrest Health Campus}}, {{ADDRESS:3300 N Ballas Rd}}, {{LOCATION:Creve Coeur}}, MO {{ZIP:63141}}, rm 226B
Destination: {{FACILITY:West County Dialysis}}, chair 9 -- then return
Pt: {{NAME:Ozell Whitaker}}, M, {{AGE:90}}, DOB {{DATE:2/1/1938}}
Reason for stretcher: bilat BKA, contractures, unable to sit >30 min; on 2L O2.
Sending RN: {{NAME:Tina Groh}}, report 0605. Code status: Full (per face sheet).
Times: dispatched 0540, at pt 0602, depart 0618, arrive dest 0641, return pick-up 1115, back at facility 1149.
VS pick-up: 142/78, 88, 18, SpO2 96% 2L. Return: 108/62, 92, 18, 95% (post-HD; 2.8 kg removed).
Nurse at dialysis {{NAME:Oluchi}} reports pt c/o cramping last hour, given NS 200 bolus.
Payer: Missouri Medicaid MO HealthNet DCN {{HEALTH_PLAN:11820493}} / Medicare {{HEALTH_PLAN:8NV2-WC7-HR14}}; PCS form signed by Dr. {{NAME:Ngozi Eze}} {{DATE:1/30/28}}.
Belongings: glasses, O2 cylinder (facility tag {{DEVICE:RC-O2-0177}}).`,
  `POST-FALL HUDDLE (within 1 hr)
{{FACILITY:Meadow Lark Health Care Center}} -- East hall     {{DATE:3/19/28 0340}}
Res: {{NAME:Anneliese Dreher}}, rm 118, {{AGE:99}}, dx Alz dementia, osteoporosis, hx L wrist fx 2025
Huddle attendees: charge nurse {{NAME:Corinne Vasquez}}, RN; CNAs {{NAME:Lakeisha Brown}}, {{NAME:Tou Xiong}}; res (interviewed).
What happened: res found on floor on L side between bed and bathroom 0310 by CNA {{NAME:Xiong}} on rounds. Bed alarm did not sound -- alarm unit SN {{DEVICE:BA-2190337}} found unplugged from call system (cleaning crew moved bed {{DATE:3/18}} evening).
Res said: "I had to go pee."
What was different: new furosemide 20 mg started {{DATE:3/17}}, given 2000 instead of 0900 (late order entry).
Injury: small hematoma L forehead 2 cm, skin tear L elbow. No hip pain, legs equal. Neuro checks started. On Eliquis -> Dr. {{NAME:Liu}} notified 0325, order: CT head -- sent to {{FACILITY:Good Samaritan ED}} 0400 via {{FACILITY:Metro Ambulance}}.
Root cause / plan: toileting schedule q2h overnight, furosemide changed to 0800, bed alarm checks q shift, housekeeping education.
Dtr {{NAME:Ingeborg "Inge" Dreher-Watts}} called 0330 ({{PHONE:(262) 555-0165}}), meeting res at ED.`,
  `RESTORATIVE NURSING PROGRAM -- monthly summary
{{FACILITY:Willow Creek Nursing Home}}, {{LOCATION:Waterloo}} IA    Month: {{DATE:April 2028}}
Res: {{NAME:Earl D. Hemmingsen}}   Rm 32B   MRN {{MRN:WC-2287}}
Programs (started {{DATE:2/14/28}} after PT d/c, therapist {{NAME:Alyssa Knapp}}, PT):
 1. Ambulation w/ RW + 1, goal 150 ft BID -- avg 120 ft, 52/60 sessions (refused 8 -- "too tired," mostly Sundays after church service)
 2. AROM BUE/BLE 15 reps x2 sets -- 58/60
 3. Splint: R resting hand splint on 2 hrs/off 2 hrs daytime -- skin checks intact, 1 episode redness {{DATE:4/9}} resolved 30 min
Progress: ambulation distance up from 80 ft. No falls. Wt stable 171.
Restorative aides: {{NAME:Marisa Diaz-Lund}}, {{NAME:Kyle Pohlmann}}.
Resident goal: "walk my granddaughter down the aisle" -- {{NAME:Haley Hemmingsen}}'s wedding {{DATE:June 17}} at {{FACILITY:First Lutheran of Cedar Falls}}. Family (son {{NAME:Neil}}, {{PHONE:319-555-0115}}) asked if he can use a transport chair at church: yes, and practice walking 30 ft on carpet.
Plan: continue programs, add stair-step x2 (church has 2 steps), re-screen by PT {{DATE:5/15}}.
Nurse: {{NAME:Sheila Ruden}}, LPN, Restorative Coordinator`,
  `HOSPICE RN -- DEATH VISIT / PRONOUNCEMENT
{{FACILITY:Lakes Area Hospice}}   on-call RN {{NAME:Travis Lindgren}}    Pt: {{NAME:Helmi Aaltonen}}   MR {{MRN:LAH-80932}}
Call rec'd {{DATE:05/02/2028 23:48}} from husband {{NAME:Veikko Aaltonen}} ({{PHONE:218-555-0103}}): "I think she's gone."
Arrived home {{DATE:5/3/28 0042}}: {{ADDRESS:14820 Lost Lake Trail}}, {{LOCATION:Brainerd}} {{ZIP:56401}}.
Assessment: no resp x 1 min, no apical pulse x 1 min, no response to stimuli, pupils fixed. Pronounced 0047 (hospice RN pronouncement; MN allows). Time of death per family ~2340.
Dx: ALS (bulbar onset). DNR/POLST in home, copy given to funeral director.
{{LOCATION:Crow Wing County}} medical examiner: not required (expected hospice death), per ME investigator {{NAME:S. Thorsgard}} phone notification 0055 ({{PHONE:218-555-0179}}).
Family present: husband; son {{NAME:Eero Aaltonen}}; daughter-in-law {{NAME:Kristi}}. Pastor {{NAME:Lauri Mattila}} of {{FACILITY:Gull Lake Apostolic Lutheran Church}} came 0120.
Meds disposed w/ husband witness: morphine 20 mg/mL 11 mL, lorazepam 2 mg/mL 6 mL, glycopyrrolate -- mixed in kitty litter/bag per policy.
Funeral home {{FACILITY:Nelson-Haaland Funeral Chapel}} notified 0130, arrived 0215, attendants {{NAME:Roy}} and {{NAME:Dustin}}. Bariatric cot not needed.
DME ({{FACILITY:North Star Medical Equipment}}) pickup requested {{DATE:5/4}}. Bereavement referral done.`,
  `{{FACILITY:Hospice of Western New York Hills}} -- Bereavement Services
{{ADDRESS:600 Seneca Ridge Rd, Suite 12}}, {{LOCATION:Olean}}, NY {{ZIP:14760}} * {{PHONE:716-555-0180}}

{{DATE:June 30, 2028}}

{{NAME:Josephine Grzybowski}}
{{ADDRESS:227 N Union St, Apt 1}}
{{LOCATION:Olean}}, NY {{ZIP:14760}}

Dear {{NAME:Josephine}},

It has been about three months since {{NAME:Walter}} died on {{DATE:March 28}}. Many people tell us this is when the quiet sets in -- the casseroles stop coming and friends go back to their routines. Whatever you are feeling is normal.

Our summer memorial service will be held {{DATE:Sunday, July 23, 2028}} at 2:00 pm at {{FACILITY:St. Stanislaus Kostka Church}} hall. {{NAME:Walter}}'s name will be read; you are welcome to bring a photo.

Enclosed is our booklet "Grief at Three Months." Your bereavement counselor, {{NAME:Dana Whitcomb}}, LCSW, will call you in the next two weeks. If you would like to talk sooner, call her directly at {{PHONE:716-555-0185}} or email {{EMAIL:dwhitcomb@hwnyh.example.org}}.

With sympathy,
{{NAME:Dana Whitcomb}}, LCSW
cc: chart {{MRN:HWN-22719}} (deceased: {{NAME:Walter J. Grzybowski}}, DOD {{DATE:03/28/2028}})
{{NAME:dw}}/{{NAME:mk}}`,
  `Hospice Volunteer Visit Record
Volunteer: {{NAME:Marjorie Ostrander}} (vol #{{ID:V-0338}})      Agency: {{FACILITY:Hearthside Hospice}}, {{LOCATION:Toledo}}
Patient: {{NAME:Clifton Bell}}     Where: {{FACILITY:Maumee Bay Care Center}}, rm 104     Date: {{DATE:7/18/28}}   Time in 1330 / out 1500
Type of visit: companionship / caregiver respite (wife {{NAME:Dorothy Bell}} went to hair appt at {{FACILITY:Shear Elegance Salon}})
What we did: Mr. {{NAME:Bell}} was awake and chatty for about 40 min. We listened to Motown on my phone -- he told me about seeing the Temptations in 1968. He worked 35 years at {{FACILITY:Glass City Bottling Works}} and was a deacon at {{FACILITY:Third Baptist Church}}. Read him Psalm 23 and the sports page (Mud Hens won). He dozed off around 1420; I sat with him.
Concerns: he coughed when drinking water from a straw -- told nurse {{NAME:Kiara}} on the floor (nurse said he is on thickened liquids, aide will re-educate family). He asked me twice "is {{NAME:Dot}} coming back?" -- reassured.
{{NAME:Dorothy}} back at 1455, thanked me. She said their son {{NAME:Reginald}} is driving in from {{LOCATION:Detroit}} on Friday and granddaughter {{NAME:Aaliyah Bell-Monroe}} is flying from {{LOCATION:Houston}}.
Next visit: {{DATE:Tues 7/25}} same time.
Volunteer coordinator: {{NAME:Gail Szabo}} {{PHONE:419-555-0174}}`,
  `HOSPICE IDG MEETING MINUTES -- {{DATE:08/09/2028}}
{{FACILITY:Riverstone Hospice}} -- Team B ({{LOCATION:Dubuque}} / {{LOCATION:Jackson County}})
Present: Dr. {{NAME:Abimbola Oni}} (MD), {{NAME:Cheryl Kluesner}} RN CM, {{NAME:Matt Ries}} RN CM, {{NAME:Stacy Freiburger}} MSW, Chaplain Fr. {{NAME:Tom Heiar}}, {{NAME:Lupe Reyna}} HHA, bereavement {{NAME:Joan Tigges}}
PT                      LOC                        BP  PPS  UPDATE
{{NAME:Weber, Clarence}}       home, {{LOCATION:Bellevue}}              3   30%  decline, sleeping 20h; wife coping; 2nd HHA visit added
{{NAME:Hoffmann, Leona}}       {{FACILITY:Stonebrook Franciscan}} rm 208  5   40%  stable ?extended prognosis; recert, MAC 23.0 (was 23.5)
{{NAME:Sandoval, Ricardo}}     home, {{LOCATION:Maquoketa}}             1   50%  new adm {{DATE:8/2}}; pain 8/10 -> methadone 2.5 BID started
{{NAME:Kruse, Adelaide}}       {{FACILITY:Sunnyvale Manor}} rm 12     2   20%  actively dying; CHC? family declined; son {{NAME:Greg}} staying
{{NAME:Pfohl, Bernard}}        {{FACILITY:Lutheran Heights}} AL 3B    1   60%  revoked {{DATE:8/7}} to pursue chemo at {{FACILITY:MVMC}}
DEATHS since last IDG: {{NAME:Merle Schmitt}} ({{DATE:8/3}}, {{AGE:101}}); {{NAME:Rosemary Digman}} ({{DATE:8/6}}). Bereavement assigned.
Fr. {{NAME:Tom}}: anointing done for {{NAME:Kruse}} and {{NAME:Weber}}.
Next IDG {{DATE:8/23/28}}.  Minutes: {{NAME:cmk}}`,
  `SHIFT REPORT SHEET -- 3 WEST (LTC)   {{FACILITY:Brandywine Valley Nursing}}   {{DATE:9/14/28}} 3-11 -> 11-7
RM    NAME                 CODE   NOTES
301A  {{NAME:Lewandowski, F}}      DNR    lasix held (BP 92/50), recheck am. dtr {{NAME:Carol}} calls nightly ~2100 {{PHONE:610-555-0126}}
301B  {{NAME:McGrath, Ellen}}      FULL   new abx Macrobid x5d, 2/5 done. c/o burning
302   {{NAME:Okafor, Beatrice}}    DNR    hospice ({{FACILITY:Chester County Hospice}}) -- roxanol q2 prn, used x2. son {{NAME:Chidi}} here til 2200
303A  {{NAME:Delgado-Ruiz, Nilda}} DNR    {{AGE:93}}. fall {{DATE:9/12}} -- neuro checks done, neg. low bed
303B  {{NAME:Papadakis, Sophia}}   FULL   FS 62 @ 2100 -> juice, recheck 118. AM glipizide?? ask NP
304   {{NAME:Jefferson, Lamont}}   DNR    G-tube Jevity 1.5 @ 55/hr 1800-0800, flush 200 q4. HOB 30
305A  {{NAME:Brandt, Wilhelmina}}  DNI    IV NS @ 75 via PIV L FA, d/c when 1 L done
305B  empty -- adm tomorrow from {{FACILITY:Paoli Regional}}: {{NAME:Schaeffer, Henry}}, {{AGE:91}}M, s/p TAVR {{DATE:9/10}}
306   {{NAME:Vu, Thi Lan}}         DNR    refused supper, ate pho dtr {{NAME:Mai}} brought. vietnamese interp line x{{PHONE:6610}}
Wound vac 301B: canister changed 2200, seal intact.
Report given by: {{NAME:R. Abruzzese}}, LPN   Received by: {{NAME:O. Mensah}}, RN`,
  `[Family e-mail, printed and scanned to chart under Correspondence]
From: {{NAME:Deborah Lindquist-Moore}} <{{EMAIL:deblmoore@examplemail.com}}>
To: {{EMAIL:nursing.station2@pinecrestvillage.example.org}}
Sent: {{DATE:Wednesday, October 11, 2028 9:47 PM}}
Subject: Mom ({{NAME:Evelyn Lindquist}}, room 24) -- questions before Friday

Hi {{NAME:Becky}},
Thanks for calling me about Mom's fall on Monday... sorry, I mean {{DATE:10/9}}. A few things before the care conference Friday:
1. Is she still on the Seroquel? My brother {{NAME:Stephen}} says the ER doctor at {{FACILITY:Mercy Hospital}} (Dr. {{NAME:Choudhury}}?) thought it could make her dizzy.
2. Her hearing aid (left) went missing again -- it's a Phonak, serial {{DEVICE:1938A0441}}. Can laundry check?
3. Can someone help her call my aunt {{NAME:Margit}} in {{LOCATION:Uppsala}} on her birthday ({{DATE:Oct 14}})? Her number is on the bulletin board.
4. Please update her emergency contacts -- my new cell is {{PHONE:651-555-0131}}; {{NAME:Stephen}} is still {{PHONE:651-555-0160}}. We moved to {{ADDRESS:1880 Ashland Ave, Unit 310}}, {{LOCATION:St. Paul}} {{ZIP:55104}}.
Mom turns {{AGE:95}} next week and is still sharper than me at cribbage!
Thanks, {{NAME:Deb}}
---
RN note: reviewed {{DATE:10/12/28 0715}}, contacts updated in PCC, laundry notified. -- {{NAME:R. Kaeding}}, RN`,
  `MEDICATION ERROR / VARIANCE REPORT          Report # {{ID:MV-28-0091}}
Facility: {{FACILITY:Oak Terrace Senior Living}} (AL, {{LOCATION:Naperville}})      Date of error: {{DATE:11/03/2028 0815}}    Discovered: {{DATE:11/3/28 1130}}
Resident receiving wrong med: {{NAME:Harriet Goldfarb}}, apt 217, {{AGE:92}} y/o
Intended resident: {{NAME:Harriet Gold}}, apt 271 (name alert was NOT on MAR)
Error type: wrong resident. Med tech {{NAME:Jordan Pierce-Akins}} gave {{NAME:Harriet G.}}'s morning pass from the other {{NAME:Harriet}}'s card: metoprolol succinate 50 mg, lisinopril 10 mg, glipizide 5 mg, sertraline 100 mg.
Resident's own meds: levothyroxine 75 mcg, Fosamax weekly (not due), vit D.
Assessment 1130 by RN {{NAME:Caroline Esposito}}: BP 96/58, HR 56, FSBS 64 -> 4 oz juice + crackers -> 98 at 1200, 121 at 1300. Alert, mild dizziness.
Notified: Dr. {{NAME:Weisberg}} ({{PHONE:630-555-0121}}) 1140 -- orders: FSBS q1h x6, then q2h x12h, BP q1h x4, hold any BP med, call if SBP <90 or BG <70. Poison center consulted 1145 (case {{ID:IPC-2811-3370}}).
Son {{NAME:Alan Goldfarb}} (POA) notified 1150 at {{PHONE:(312) 555-0190}}.
Contributing: both residents named {{NAME:Harriet}}, photos missing from eMAR, med tech orientation day 3.
Corrective: name-alert flags, photos uploaded {{DATE:11/3}}, apt numbers bolded, med tech re-education by {{NAME:C. Esposito}}.
Signed {{NAME:Linda Marchetti-Yu}}, RN, Director of Health & Wellness`,
  `ANTICOAGULATION FLOW SHEET -- WARFARIN
Resident: {{NAME:Bartholomew "Bart" Kessler}}    {{FACILITY:Saint Agnes Residence}}, {{FACILITY:Clare Hall}} rm 4    DOB {{DATE:12/02/1934}}
Indication: mechanical MVR (St. Jude, 2006) -- goal INR 2.5-3.5. Managing clinician: {{NAME:Hua Chen}}, PharmD, {{FACILITY:Anticoag Clinic of the Fox Valley}} ({{PHONE:920-555-0136}}, fax {{FAX:920-555-0137}})
DATE        INR   DOSE (mg)                          NEXT INR   BY
{{DATE:12/01/28}}    2.2   7.5 daily except 5 Mon/Fri -> incr     {{DATE:12/08}}      {{NAME:HC}}
{{DATE:12/08/28}}    2.9   same                               {{DATE:12/15}}      {{NAME:HC}}
{{DATE:12/15/28}}    4.8   HOLD x1, then 5 daily x3, resume   {{DATE:12/19}}      {{NAME:HC}} (on levofloxacin for PNA since {{DATE:12/11}})
{{DATE:12/19/28}}    3.1   7.5 except 5 Mon/Wed/Fri          {{DATE:12/26}}      {{NAME:HC}}
{{DATE:12/26/28}}    3.0   same                               {{DATE:1/9/29}}      {{NAME:HC}}
POC meter: CoaguChek XS, SN {{DEVICE:UQ0571933}}, QC done daily by night nurse.
Bleeding signs: none. Diet: no change in greens; Ensure held ({{DATE:12/15}}).
Wife {{NAME:Phyllis Kessler}}, POA, asked to be called with every INR over 4: {{PHONE:920-555-0108}}.
Attending: Dr. {{NAME:Augustin Mbatha}}.`,
  `HYPOGLYCEMIA EVENT NOTE
{{DATE:01/17/2029 0605}} -- {{FACILITY:Greenfield Manor Nursing Center}}, North unit rm 117
res: {{NAME:TOMASZEWSKI, ALOYSIUS}}  mrn {{MRN:GM-77342}}  age 86
0605 cna {{NAME:precious}} unable to wake res for vitals; diaphoretic, moaning. fsbs 38.
0607 glucagon 1 mg IM L deltoid (unable to swallow safely). HOB up.
0620 fsbs 71, opening eyes, confused. 0635 fsbs 104, drank 4 oz oj + peanut butter toast. 0700 fsbs 152, A&O x2 (baseline).
cause: lantus 28 u hs + ate only 10% supper (dental pain?) + humalog ssi 4 u given 2100 for bs 251 (after family brought donuts at 1900).
0645 NP {{NAME:Roxanne DeWitt}} called ({{PHONE:414-555-0128}}), orders: lantus decr to 20 u, d/c hs ssi, fsbs q2h x12 h, a1c in am, dental eval (dentist dr. {{NAME:halim}} from {{FACILITY:Smile Mobile Dentistry}}).
0700 wife {{NAME:irene tomaszewski}} called at home {{PHONE:414-555-0154}} -- upset, wants to speak w/ DON. told DON {{NAME:k. brzezinski}} will call at 0900. grandson {{NAME:nathan}} also asked to be added to contact list: {{PHONE:262.555.0143}}, {{EMAIL:ntomas92@examplemail.com}}.
0800 endorsed to day nurse {{NAME:a. ocampo}}.
-- {{NAME:v. mendoza-lee}}, rn`,
  `INFECTION PREVENTION -- ANTIBIOTIC STEWARDSHIP REVIEW (McGeer/Loeb)
{{FACILITY:Westminster Village}} SNF    reviewer {{NAME:Alisha Cortez-Burke}}, RN, IP    {{DATE:2/6/2029}}
Res: {{NAME:Desmond O'Rourke}}   rm 2-12   age 89   MRN {{MRN:WV-30019}}
Abx: ciprofloxacin 500 BID x7d, started {{DATE:2/3/29}} by on-call Dr. {{NAME:Vandermeer}} (phone order, taken by {{NAME:T. Boateng}}, LPN) for "cloudy foul urine."
Indwelling Foley: yes, 18 Fr, chronic (neurogenic bladder, MS). Last changed {{DATE:1/20}}. Loeb criteria for catheter pt (>=1 of): fever >37.9 -- NO (Tmax 37.4); new CVA tenderness -- NO; rigors -- NO; new delirium -- NO.
UA {{DATE:2/3}}: LE+, nitrite+, WBC 50-100. Cx ({{FACILITY:Badger State Reference Lab}}, acc {{ID:BSR-29-0203-118}}): >100K E. coli + Enterococcus (likely colonization).
McGeer: does NOT meet symptomatic CAUTI.
Recommendation: discontinue cipro (day 3 of 7), catheter change, document as asymptomatic bacteriuria. Discussed w/ medical director Dr. {{NAME:Helen Rasmussen}} {{DATE:2/6}} 1000 -- agrees, order written.
Family: sister {{NAME:Maeve O'Rourke}} ({{PHONE:608-555-0146}}) asked why abx stopped -- educated, verbalized understanding; she mentioned res had C. diff in 2027, which supports stopping.
Tracking: antibiogram log updated. {{NAME:ACB}}`,
  `IMMUNIZATION RECORD / CONSENT -- 2029-30 season
{{FACILITY:Clearwater Lake Care Community}}  {{LOCATION:Eau Claire}}, WI
Resident: {{NAME:Myrtle Hagedorn}}   Rm 6   DOB {{DATE:09-09-1936}}   WIR ID {{ID:WIR-4403871}}
Consent for: influenza (high-dose), COVID-19 updated, RSV (one-time), Tdap (declined)
Consent obtained from: resident (decisional) by phone confirmation with dtr {{NAME:Connie Hagedorn-Ruiz}} ({{PHONE:715-555-0102}}) as courtesy.
VACCINE        DATE GIVEN     SITE   LOT          EXP        NDC            GIVEN BY
Flu HD         {{DATE:10/01/2029}}     L delt  UJ4418BA     06/30/2030  49281-0126-65  {{NAME:K. Vang}}, RN
COVID-19       {{DATE:10/01/2029}}     R delt  3CB77F       03/2030     80777-0112-99  {{NAME:K. Vang}}, RN
RSV            {{DATE:10/15/2029}}     L delt  AR3319       12/2030     58160-0848-11  {{NAME:M. Stelter}}, LPN
Pneumococcal: PCV20 given {{DATE:11/4/2024}} at {{FACILITY:Oakwood Hills Clinic}} -- complete, none due.
Post-vaccine: observed 15 min, no rxn. Mild L arm soreness {{DATE:10/2}}, APAP x1.
VIS given (current CDC editions), copy to resident.
Reported to state registry {{DATE:10/2/29}}.   Reviewed: {{NAME:Bonnie Pfeiffer}}, RN, IP`,
  `Admission Date:  [**{{DATE:2148-3-4}}**]              Discharge Date:   [**{{DATE:2148-3-11}}**]

Date of Birth:  [**{{DATE:2055-7-19}}**]             Sex:   F

Service: MEDICINE

History of Present Illness:
{{AGE:93}}F nursing home resident of [**{{FACILITY:Hospital 1107}}**] nursing home with dementia, AF not on coumadin (falls), CHF (EF 40%), presents from NH with lethargy and poor PO intake x3 days. Per NH nurse [**{{NAME:Doherty}}**] pt was at baseline until [**{{DATE:3-1}}**]. HCP is her niece [**{{NAME:Known firstname 418}}**] [**{{NAME:Known lastname 7712}}**], tel [**{{PHONE:Telephone/Fax (1) 5520}}**].

Brief Hospital Course:
1. Hypernatremia: Na 158 on admission, corrected w/ D5W to 141.
2. UTI: Klebsiella, ceftriaxone -> cefpodoxime to complete 7 days on [**{{DATE:3-14}}**].
3. Goals of care: family meeting [**{{DATE:2148-3-8}}**] with Dr. [**{{NAME:Last Name (STitle) 2201}}**] -- DNR/DNI confirmed, return to NH with hospice eval.

Discharge Disposition:
Extended Care

Facility:
[**{{FACILITY:Hospital 2880}}**] Rehab & Nursing Center - [**{{LOCATION:Location (un) 412}}**]

Followup Instructions:
Dr. [**{{NAME:First Name8 (NamePattern2) 3319}}**] [**{{NAME:Last Name (NamePattern1) 998}}**] at NH within 1 week. Hospice referral: [**{{FACILITY:Name (NI) 6671}}**] Hospice [**{{PHONE:Telephone/Fax (1) 8840}}**].

                             [**{{NAME:First Name11 (Name Pattern1) 442}}**] [**{{NAME:Last Name (NamePattern4) 2311}}**] MD [**{{ID:MD Number(1) 2310}}**]

Completed by: [**{{NAME:Name8 (MD) 1702}}**] MD [**{{ID:MD Number(3) 2356}}**] [**{{DATE:2148-3-11}}**] @ 1522`,
  `GRIEVANCE / MISSING PROPERTY REPORT            Grievance # {{ID:GR-2029-044}}
{{FACILITY:Hillside Commons Rehabilitation}}  -- {{LOCATION:Worcester}}, MA
Date filed: {{DATE:11/26/29}}   Filed by: {{NAME:Yolanda Rivera-Santiago}} (daughter/HCP)   Phone {{PHONE:508-555-0197}}
Resident: {{NAME:Ana Luisa Santiago}}   rm 128-D   {{AGE:90}} y/o
Items reported missing: upper + lower full dentures (in pink case labeled "{{NAME:A. Santiago}} 128"), last seen {{DATE:11/24}} at supper per CNA {{NAME:Fatima Haidari}}; also gold crucifix necklace (gift from late husband {{NAME:Ramón}}).
Inventory on admission {{DATE:9/2/29}} lists dentures (marked w/ ID strip {{DEVICE:DT-33810}}) and "yellow metal chain w/ cross."
Actions:
 - search of room, linen carts, dining room, kitchen trash {{DATE:11/26}} -- not found
 - laundry ({{FACILITY:Coverall Linen Services}}) contacted, ticket {{ID:CLS-77162}}
 - police report not requested by family at this time
 - Resident on puree diet meanwhile; SLP {{NAME:Joanna Paquette}} notified
 - Dentist Dr. {{NAME:Farid Nasser}} ({{FACILITY:Mass Mobile Dental}}) to re-make dentures, facility to pay; impressions {{DATE:12/3}}
 - necklace: theft/loss investigation per policy, admin {{NAME:Brian Kowalczyk}} notified; state not required (value < threshold, no allegation of abuse)
Response letter to family due {{DATE:12/3/29}}. Resolution: pending.
Staff involved interviewed: {{NAME:F. Haidari}}, {{NAME:D. Okoro}}, {{NAME:S. Leclerc}}.
Grievance official: {{NAME:Lorraine Fitzgerald}}, LSW`,
  `PALLIATIVE CARE CONSULT -- {{FACILITY:Prairie Palliative Partners}}
Site: {{FACILITY:Heritage Oaks Skilled Nursing}}, {{LOCATION:Springfield}} IL     Date: {{DATE:Jan 8 2030}}
Pt: {{NAME:Thaddeus "Ted" Wozniak}}   {{AGE:102}} yo M   MRN {{MRN:HO-11839}}
Requested by: Dr. {{NAME:Priscilla Amadi}} (attending) -- symptom mgmt + GOC.
HPI: centenarian w/ advanced dementia (FAST 7a), recurrent aspiration, 3 hospitalizations past 6 mo ({{FACILITY:Sangamon Valley Medical}}: {{DATE:8/2029}}, {{DATE:10/2029}}, {{DATE:12/2029}}). Wt 112 -> 98 lb. Stage 3 sacral PI. Moans w/ repositioning.
ESAS by proxy (nursing): pain 6, drowsiness 8, appetite 9, SOB 3.
Exam: cachectic, temporal wasting, contracted LEs, PAINAD 5 w/ turning.
Impression: end-stage dementia, likely < 6 mo prognosis, hospice eligible.
Recs:
 - APAP 650 q6h scheduled; morphine oral soln 2.5 mg q4h PRN pain/dyspnea, premed 30 min before wound care
 - comfort feeds, stop weights
 - DNR/DNH per POLST; update to comfort measures
 - hospice referral -- family prefers {{FACILITY:Lincoln Land Hospice}}
Family mtg by phone: nephew/POA {{NAME:Gerald Wozniak}} ({{PHONE:217-555-0117}}) and great-niece {{NAME:Amber Lutz}} ({{PHONE:217-555-0183}}); {{NAME:Ted}}'s wife {{NAME:Stella}} d. 2019. They agree w/ plan.
{{NAME:Owen Zielinski}}, MD, HMDC   NPI {{LICENSE:1598870213}}`,
  `HOSPICE DISCHARGE SUMMARY -- LIVE DISCHARGE (no longer terminally ill)
Agency: {{FACILITY:Blue Heron Hospice}}, {{LOCATION:Traverse City}}    D/C date: {{DATE:02/28/2030}}
Patient: {{NAME:Florence Abbott-Kinney}}   DOB {{DATE:04/12/1937}}   Pt # {{MRN:BHH-6092}}
Location: {{FACILITY:Cherry Bay Assisted Living}}, apt 22, {{ADDRESS:1775 Garfield Ave}}, {{LOCATION:Traverse City}} {{ZIP:49686}}
Admit to hospice: {{DATE:3/3/2029}}, dx: adult failure to thrive / dementia. BP1-BP4 completed.
Reason for discharge: stabilization -- wt 104 -> 117 lb over 6 mo, PPS 40% -> 50%, MAC 21 -> 23 cm, no hospitalizations, eating 75-100% w/ assistance, FAST stable 6c. Hospice MD Dr. {{NAME:Ramesh Iyer}} reviewed {{DATE:2/20/30}}: prognosis now > 6 mo.
Notice: NOMNC given to dtr/POA {{NAME:Patricia Kinney-Walsh}} {{DATE:2/24/30}} ({{PHONE:231-555-0109}}); she was disappointed, asked about appeal -- QIO (Livanta) info provided; she chose not to appeal.
Transition plan:
 - PCP resumes: Dr. {{NAME:Wen-Li Hsu}}, {{FACILITY:Grand Traverse Family Practice}}, fax {{FAX:231-555-0192}}
 - DME: hospital bed + wheelchair stay (transferred to Medicare Part B via {{FACILITY:Northern Michigan Home Medical}}); air mattress SN {{DEVICE:AM-4410932}} picked up {{DATE:3/1}}
 - meds: lorazepam/morphine comfort kit removed and destroyed w/ AL nurse {{NAME:Kristen Olds}}; remaining meds via {{FACILITY:Bay Pharmacy}}
 - palliative care clinic f/u {{DATE:3/21/30}}
Readmission to hospice welcome on decline. -- {{NAME:Heather Mallory}}, RN CM`,
  `ACTIVITIES NOTE -- MILESTONE BIRTHDAY CELEBRATION
{{FACILITY:Stillwater Pines Senior Residence}}   {{DATE:Saturday 4/6/2030}}
Resident {{NAME:Hazel Mae Lundgren}} celebrated turning {{AGE:100}} today in the {{FACILITY:Aurora Room}}. Born {{DATE:April 6, 1930}} on a farm near {{LOCATION:Lindstrom}}, MN -- she reminds everyone it was "the year the creek flooded."
Attendance: 41 residents + family (~35). Son {{NAME:Roger Lundgren}}, 76, and his wife {{NAME:Judy}}; daughter {{NAME:Carol Ann Fiske}}, 73, came from {{LOCATION:Des Moines}}; 6 grandchildren; 9 great-grands. Pastor {{NAME:Erik Halvorson}} ({{FACILITY:Trinity Lutheran}}) offered a blessing.
Letters read: from the Governor and from the President (requested by family {{DATE:2/2030}}); a card from her old school, {{FACILITY:Chisago Lakes High}} class of 1948 -- {{NAME:Hazel}} is the last living member.
Local paper ({{FACILITY:St. Croix Valley Courier}}) photographer present, consent signed by {{NAME:Hazel}} + POA {{NAME:Roger}}. Photo release form on file.
{{NAME:Hazel}} wore her corsage, ate 2 pieces of lemon cake (diabetic diet liberalized for the day per Dr. {{NAME:Mohan}}), and sang along to "Red River Valley."
Afterward tired, napped 1500-1700. No behaviors. Enjoyed day, stated "I'm going for another one."
{{NAME:Tanya Everson}}, ADC -- Activities Director   ext {{PHONE:140}}`,
  `STATE OF NEW JERSEY -- SUPERIOR COURT, CHANCERY DIVISION, PROBATE PART
{{LOCATION:Monmouth County}}      Docket No. {{ID:MON-P-0412-30}}
IN THE MATTER OF {{NAME:LEONARD M. FEINSTEIN}}, an alleged incapacitated person

GUARDIAN'S ANNUAL REPORT OF WELL-BEING -- submitted {{DATE:May 14, 2030}}
Guardian of the person: {{NAME:Rachel Feinstein-Bauer}} (daughter), {{ADDRESS:39 Sycamore Ct}}, {{LOCATION:Freehold}}, NJ {{ZIP:07728}}, tel {{PHONE:732-555-0124}}
Ward's residence: {{FACILITY:Shore Haven Care Center}}, memory care, rm M-17, {{ADDRESS:600 Highway 35}}, {{LOCATION:Neptune}}, NJ {{ZIP:07753}}, since {{DATE:6/1/2027}}
Ward DOB: {{DATE:12/19/1939}}    Medicaid (NJ FamilyCare MLTSS) ID {{HEALTH_PLAN:1005577320143}}
Health: Alzheimer's disease, moderately severe. Hospitalized once this year, {{DATE:1/22-1/26/2030}}, {{FACILITY:Ocean Grove Regional Hospital}}, for pneumonia. Physician: Dr. {{NAME:Anand Kulkarni}}, visits monthly.
Contacts: guardian visits weekly; son {{NAME:David Feinstein}} ({{LOCATION:Philadelphia}}) monthly; rabbi {{NAME:Shmuel Gordon}} of {{FACILITY:Congregation Beth Shalom}} visits on holidays.
Care plan meeting attended by guardian {{DATE:3/10/30}}. Guardian consented to hospice evaluation if further decline.
Any change of residence planned: No.
I certify the foregoing is true.  /s/ {{NAME:Rachel Feinstein-Bauer}}
Prepared with assistance of {{NAME:Marcia Lopez}}, Esq., {{FACILITY:Lopez & Tramontana LLC}}, NJ Attorney ID {{LICENSE:028311998}}`,
  `ADULT PROTECTIVE SERVICES -- REPORT OF SUSPECTED ABUSE/NEGLECT/EXPLOITATION (mandated reporter copy)
Reporter: {{NAME:Gloria Tennant}}, LSW, social services, {{FACILITY:Evergreen Terrace Health Care}}, {{LOCATION:Youngstown}} OH, ph {{PHONE:330-555-0170}}
Date/time of report: {{DATE:07/09/2030 10:25}}     APS intake # {{ID:MAH-30-07-2291}} ({{LOCATION:Mahoning Co.}} JFS, worker {{NAME:D. Palumbo}})
Alleged victim: {{NAME:Regina Kostka}}, {{AGE:91}}, rm 205, long-term resident since {{DATE:2/2028}}
Alleged perpetrator: grandson {{NAME:Tyler Kostka}}, 29, {{ADDRESS:1217 Glenwood Ave, Apt 2}}, {{LOCATION:Boardman}} {{ZIP:44512}}, cell {{PHONE:330-555-0189}}
Type: financial exploitation.
Details: Res's monthly SS + pension deposited to joint acct w/ grandson ({{FACILITY:Mahoning Valley Federal Credit Union}} acct {{ACCOUNT:55-0093318}}). Facility bill unpaid {{DATE:March-June 2030}}, balance $19,440. Res states "{{NAME:Tyler}} said he'd take care of it." Grandson has not returned 6 calls. Res's daughter {{NAME:Diane Kostka-Marsh}} ({{LOCATION:Canfield}}, {{PHONE:330-555-0151}}) states grandson bought a truck on {{DATE:4/12/30}} (plate {{VEHICLE:JKT 4471}}).
Res capacity: BIMS 8, unable to manage finances. No POA on file.
Facility actions: Medicaid app started, discharge for nonpayment NOT initiated, admin {{NAME:Vincent Russo}} aware.
Physical: no signs of physical abuse; res feels safe.`,
  `SLEEP / BEHAVIOR MONITORING -- 72 HR (psychotropic GDR baseline)
Res: {{NAME:VOLKOV, NADEZHDA}}     {{FACILITY:Ivy Glen Memory Care}} rm 9     ordered by NP {{NAME:J. Castellanos}} {{DATE:8/12/30}}
KEY: S=asleep  A=awake calm  X=awake agitated  W=wandering  T=toileted
TIME    {{DATE:8/13}}   {{DATE:8/14}}   {{DATE:8/15}}
2000     A      A      X (calling for "{{NAME:Misha}}")
2200     S      A      A
0000     S      W      S
0200     T/S    X      S
0400     S      S      T/S
0600     A      S      S
Total sleep (est): 7.5 h / 5 h / 8 h
Notes:
{{DATE:8/13}} -- slept well after warm milk; melatonin 3 mg 2030.
{{DATE:8/14}} -- daughter {{NAME:Olga Volkova-Pratt}} visited 1900-2030, res cried after she left; wandering to nurses' station 0000-0100 looking for "the train to {{LOCATION:Kharkiv}}." Redirected w/ tea + photo album. No PRN.
{{DATE:8/15}} -- {{NAME:Misha}} = late husband (per dtr). Agitated 2000-2040 at shift change noise; calmed w/ Russian radio.
Summary to NP: sleep adequate 2/3 nights; agitation linked to family departure and noise, not to time of med; recommend trazodone 25 mg GDR trial to 0 with non-drug plan. Dtr phone {{PHONE:(773) 555-0156}}.
-- {{NAME:Imelda Santos}}, RN / {{NAME:Arturo Beltran}}, CNA`,
  `EMERGENCY DEPARTMENT PHYSICIAN NOTE
{{FACILITY:Mid-Hudson Valley Hospital}} ED      Arrival: {{DATE:09/21/2030 03:12}}      ED MRN {{MRN:MH-08819421}}   CSN {{ACCOUNT:770044129183}}
Pt: {{NAME:Wiktoria Sadowska}}, {{AGE:104}} y.o. female    PCP/NH MD: Dr. {{NAME:Osman Farah}}
Source: {{FACILITY:Kingsbridge Gardens Nursing}} via {{FACILITY:Mobile Life EMS}}; NH paperwork incomplete, no MAR sent.
CC: fall from bed, R hip pain.
HPI: LTC resident, nonverbal at baseline (advanced dementia), found on floor 0215 by NH staff; unwitnessed. NH nurse {{NAME:Ebony}} by phone ({{PHONE:845-555-0149}}) says baseline bed-bound, Hoyer transfers, no anticoagulants that she knows of. MOLST in pkt: DNR/DNI, "limited interventions," hospitalization OK.
Exam: frail, grimaces w/ R hip ROM, R leg shortened and externally rotated. 1 cm scalp abrasion occiput. GCS 9 (E3V1M5) -- baseline per NH.
Imaging: XR R hip -- displaced femoral neck fx. CT head -- no acute bleed, chronic microvascular dz.
ED course: fascia iliaca block (ropivacaine 0.2% 30 mL) by me 0440, PAINAD 6 -> 1. Ortho Dr. {{NAME:Hyun-woo Pak}} consulted.
Spoke w/ granddaughter/HCP {{NAME:Zofia Sadowska-Beck}} {{DATE:9/21}} 0500 ({{PHONE:(914) 555-0112}}): comfort-focused; prefers nonoperative mgmt.
Dispo: admit to hospitalist, palliative consult.
{{NAME:Lamar Whitlock}}, MD     e-signed {{DATE:9/21/2030 05:31}}`,
  `CASE MANAGEMENT -- POST-ACUTE PLACEMENT / REFERRAL LOG
{{FACILITY:Genesee Valley General}} 6 North      CM: {{NAME:Shauna McCaffrey}}, RN, ext {{PHONE:47219}}
Pt: {{NAME:Edwin Rautenberg}}  {{AGE:90}}M  MRN {{MRN:GVG2214078}}  Adm {{DATE:10/14/30}} (L femur fx, ORIF {{DATE:10/15}})
Payer: Humana Gold Plus HMO, member {{HEALTH_PLAN:H44190872-01}} -- auth required; auth # {{ID:HUM-A-3308712}} approved {{DATE:10/18}} for 14 days SNF.
Referral sent via portal {{DATE:10/17}} 0930 to:
 1. {{FACILITY:Brighton Meadows Rehab}} -- declined (no male bed)
 2. {{FACILITY:The Villa at Irondequoit}} -- accepted, bed {{DATE:10/19}}
 3. {{FACILITY:Seneca Shores Nursing}} -- pending clinical review
 4. {{FACILITY:Penfield Glen Transitional Care}} -- declined (out of network)
Pt/family choice: wife {{NAME:Ilse Rautenberg}} ({{PHONE:585-555-0184}}) prefers {{FACILITY:Villa}} -- close to their home at {{ADDRESS:215 Titus Ave}}, {{LOCATION:Irondequoit}} {{ZIP:14617}}; daughter {{NAME:Karin Mueller}} in {{LOCATION:Syracuse}} ({{PHONE:315-555-0123}}) agrees.
Freedom of choice list signed {{DATE:10/17/30}}. PASRR Level I negative.
Transport: {{FACILITY:Monroe Medi-Van}} stretcher {{DATE:10/19}} 1300, confirmation {{ID:MMV-81933}}.
Report to SNF admissions {{NAME:Trish Allende}} {{PHONE:585-555-0140}}; fax packet to {{FAX:585-555-0141}}.
{{NAME:SM}}`,
  `THERAPY DISCHARGE SUMMARY -- PT/OT   (Part A episode)
{{FACILITY:Valley Forge Pointe Rehab}}     Pt: {{NAME:Rosemarie DiNapoli}}   MR {{MRN:VFP-20773}}   Rm 140
Episode: {{DATE:11/02/2030}} - {{DATE:12/04/2030}}   (33 days)   Referring: Dr. {{NAME:Schwartzman}}
Dx: L TKA revision ({{DATE:10/28/30}}, {{FACILITY:Main Line Orthopaedic Hospital}}), CHF, OA, obesity.
GG ITEM                     ADM   D/C   GOAL
Sit to lying                 03    05    05
Lying to sitting             03    05    05
Sit to stand                 02    04    04
Chair/bed transfer           02    04    04
Toilet transfer              02    04    04
Walk 50 ft w/ 2 turns        02    04    04
Walk 150 ft                  01    03    04 (not met)
4 steps                      88    03    03
Lower body dressing          02    04    04
Objective: L knee AROM 5-95 (adm 20-70). TUG 19 s (adm 48). Gait RW 200 ft supervision.
D/C disposition: home w/ husband {{NAME:Frank DiNapoli}} at {{ADDRESS:402 Walnut Hill Rd}}, {{LOCATION:King of Prussia}} {{ZIP:19406}} on {{DATE:12/4/30}}; HH PT via {{FACILITY:Keystone Visiting Nurses}} (SOC {{DATE:12/6}}). DME: RW (owned), 3-in-1 commode delivered by {{FACILITY:Main Line Medical Supply}}.
Family trained {{DATE:12/2}}: husband + dtr {{NAME:Lisa DiNapoli-Chen}} ({{PHONE:484-555-0166}}).
{{NAME:Marcus Oyeleke}}, PT, DPT / {{NAME:Jill Brannigan}}, OTR/L`,
  `AFTER-HOURS TRIAGE LOG -- {{FACILITY:Hospice of Central Vermont Valleys}}
On-call RN: {{NAME:Dana Marcoux}}     Night of {{DATE:Fri 1/10/31}} -> {{DATE:Sat 1/11/31}}     On-call MD Dr. {{NAME:Yaw Asamoah}} pgr {{PHONE:802-555-0105}}
1) 1840 -- call from {{NAME:Lois Paquin}} (wife of pt {{NAME:Roland Paquin}}, MR {{MRN:HCVV-4410}}), {{PHONE:802-555-0192}}: {{NAME:Roland}} can't swallow his pills, "coughing on everything." Advised hold oral meds except comfort kit SL; OK to use morphine 20 mg/mL 0.25 mL SL q2h PRN. Visit offered -- declined, RN CM {{NAME:Beth Fortin}} to visit am.
2) 2115 -- {{FACILITY:Mountain View Manor}} (SNF, {{LOCATION:Barre}}), nurse {{NAME:Kyle}} {{PHONE:802-555-0116}}, re pt {{NAME:Ernestine Gauthier}} ({{AGE:97}}): new temp 101.4, RR 30. Family (son {{NAME:Paul}}) does not want abx. Recommended APAP PR 650, scopolamine patch, fan; called Dr. {{NAME:Asamoah}} 2125, agreed.
3) 2350 -- pt {{NAME:Harlan Bushey}}'s dtr {{NAME:Cindy}} ({{PHONE:(802) 555-0133}}) from home in {{LOCATION:Montpelier}}, address {{ADDRESS:18 Spring Hill Rd}}: "his breathing changed, long pauses." Visited 0025-0210. Pt actively dying, comfortable. Stayed w/ family.
4) 0340 -- {{NAME:Cindy}}: {{NAME:Harlan}} died 0332. Returned 0355, pronounced 0402. Funeral home {{FACILITY:Guarino & Sons}} notified 0420.
5) 0615 -- {{FACILITY:Mountain View Manor}} update: {{NAME:Ernestine}} temp 99.8, resting.
Handoff to day team {{DATE:1/11/31 0800}}. -- {{NAME:DM}}`,
  `RELEASE OF REMAINS / DEATH CERTIFICATE WORKSHEET
Facility: {{FACILITY:Lindenwood Health & Rehabilitation}}, {{LOCATION:St. Charles}}, MO
Decedent: {{NAME:BEAUCHAMP, Marguerite Odile}}   AKA "{{NAME:Maggie}}"
DOB: {{DATE:06/15/1933}}   Age: {{AGE:97}}
Date/time of death: {{DATE:02/17/2031 1415}}    Place: nursing home, rm 33
Birthplace: {{LOCATION:Ste. Genevieve}}, MO     SSN: {{SSN:486-20-7713}}
Usual residence before adm: {{ADDRESS:902 N Fifth St, Apt 1}}, {{LOCATION:St. Charles}} {{ZIP:63301}}
Father: {{NAME:Louis Beauchamp}}   Mother (maiden): {{NAME:Yvonne Sauvage}}
Informant: son {{NAME:Philippe Beauchamp}}, {{ADDRESS:51 Oakbrook Ct}}, {{LOCATION:O'Fallon}} {{ZIP:63368}}, {{PHONE:636-555-0171}}
Cause of death (for certifier): Ia. end-stage heart failure (years); Ib. ischemic cardiomyopathy; II. CKD 4, vascular dementia.
Certifier: Dr. {{NAME:Kwabena Mensah-Lutz}}, MO lic {{LICENSE:2009031774}}, will e-sign via MoEVR.
Hospice: {{FACILITY:Show-Me Hospice Partners}} (pronounced by RN {{NAME:Callie Haberstroh}} 1431).
Medical examiner: not a reportable death.
Disposition: burial, {{FACILITY:Our Lady of the Rivers Cemetery}}.
Released to: {{FACILITY:Vollmer-Kister Funeral Home}} -- funeral director {{NAME:Darrell Kister}}, vehicle plate MO {{VEHICLE:FH-2241}}, {{DATE:2/17/31 1650}}.
Personal effects: rosary, watch, hearing aids to son (signed). Dentures with body.
Nurse: {{NAME:Bethany Urbanek}}, RN     Witness: {{NAME:T. Okoro}}, CNA`,
  `CARE CONFERENCE -- ANNUAL / CONFERENCIA DE CUIDADO
{{FACILITY:Casa San Miguel Nursing & Rehab}}, {{LOCATION:Lawrence}}, MA        {{DATE:3/12/2031 1400}}
Residente: {{NAME:Altagracia Peña Rosario}}   hab. 211   MRN {{MRN:CSM-60412}}   {{AGE:93}} años
Interpreter: in-person, {{NAME:Wilfredo Encarnación}} ({{FACILITY:Merrimack Language Services}}, job # {{ID:MLS-31-0884}})
Family: hija {{NAME:Carmen Rosario}} ({{PHONE:978-555-0159}}), nieta {{NAME:Yaritza Almonte}} ({{PHONE:978-555-0108}}), hijo {{NAME:José Miguel Rosario}} on phone from {{LOCATION:Santo Domingo}} (WhatsApp {{PHONE:+1 809-555-0131}}).
Team: SW {{NAME:Keisha Barros}}; RN {{NAME:Paulo Medeiros}}; RD {{NAME:Ellen Coughlin}}; Activities {{NAME:Ana Lucía Paz}}.
Review:
- Nursing: DM2 (A1c 7.2), HTN, glaucoma. Eye drops latanoprost HS. 1 fall {{DATE:12/30/30}}, no injury.
- Diet: consistent carb; family asks for habichuelas and plátanos on Sundays -- OK in moderation, RD to count carbs.
- Activities: rosary group daily (Spanish), dominoes; Mass w/ Padre {{NAME:Tomás}} from {{FACILITY:Parroquia Santa María}} first Fridays.
- Advance directives: {{NAME:Carmen}} is health care proxy (signed {{DATE:4/2/2026}}); MOLST DNR, yes to hospital.
- Concerns: {{NAME:Yaritza}} reports "abuela says the night aide is rough." SW to follow up today, grievance # {{ID:CSM-G-31-07}} opened.
Next conference {{DATE:6/2031}}.  -- {{NAME:K. Barros}}, LICSW`,
  `TELEHEALTH VISIT -- after-hours virtual NP (SNF)
Service: {{FACILITY:NightWatch Geriatric Telemedicine}}    Platform session: {{URL:https://visit.nightwatchgeri.example.com/s/7Q4K-22LM}}
Connection from facility cart IP {{IP:10.48.116.23}}; provider IP {{IP:172.20.9.144}} (audit)
Date/time: {{DATE:04/19/2031 22:41}}     Provider: {{NAME:Renata Oyelaran-Moss}}, AGNP-C, NPI {{LICENSE:1790046612}}
Facility: {{FACILITY:Sugar Creek Health & Rehab}}, {{LOCATION:Bloomington}} IN -- nurse presenter {{NAME:Ashley Tatum}}, LPN, ph {{PHONE:812-555-0164}}
Pt: {{NAME:Virgil Stump}}   DOB {{DATE:10/31/1940}}   MRN {{MRN:SCH-5530}}
CC: chest pain 5/10 x 30 min, "like heartburn," after supper (chili).
Hx: CAD s/p PCI 2016, GERD, HTN, T2DM. DNR/DNI, selective tx (POST form).
Video exam: alert, NAD, speaking full sentences. 138/82, HR 74 reg, SpO2 96% RA. No diaphoresis. Epigastric TTP per nurse palpation.
Point-of-care 12-lead transmitted (device {{DEVICE:ECG-CX-31188}}): NSR, no acute ST changes, unchanged vs {{DATE:1/5/31}}.
A/P: likely GERD/dyspepsia; low suspicion ACS but not zero. Maalox 30 mL now, nitro SL 0.4 x1 if persists. Recheck 15 min -> pain 1/10 at 2305.
Instructions: call back if recurs; troponin w/ am labs; attending Dr. {{NAME:Friedrich Klenke}} to review {{DATE:4/20}}.
Son {{NAME:Lowell Stump}} notified per pt request {{PHONE:812-555-0187}}.
Total time 28 min. Consent verbal, recorded.`,
  `PRE-ADMISSION SCREENING -- MEMORY CARE (home visit)
{{FACILITY:Juniper Court Memory Care}}, {{LOCATION:West Des Moines}}      Screener: {{NAME:Holly Vander Zee}}, RN, Clinical Liaison
Visit: {{DATE:5/22/2031 1000}} at home of prospective resident
Name: {{NAME:Bernice Youngquist}}   DOB {{DATE:2/28/1937}}   Home: {{ADDRESS:7719 Hickman Rd, Lot 44}}, {{LOCATION:Urbandale}} {{ZIP:50322}}
Referred by: dtr {{NAME:Kimberly Youngquist-Ames}} after 2 wandering episodes (found by neighbor {{DATE:5/4}}; police brought her home {{DATE:5/15}}, {{LOCATION:Urbandale}} PD report # {{ID:UPD-31-05512}}).
Cognition: SLUMS 9/30; oriented to self only; repetitive questions. Dx Alzheimer's per neurologist Dr. {{NAME:Edgardo Ramos}}, {{FACILITY:Iowa Memory & Aging Clinic}}, {{DATE:11/2030}}.
ADLs: needs cueing for bathing, dressing; continent w/ reminders; feeds self. Ambulates independently, no device.
Behaviors: exit seeking late afternoon; hides purse; no aggression.
PASRR Level I: negative for SMI/ID. TB screen: IGRA neg {{DATE:5/20/31}} at {{FACILITY:Walnut Creek Family Clinic}}.
Payer: private pay initially; LTC policy (Mutual of Omaha) {{HEALTH_PLAN:LTC-99120334}}; Medicare {{HEALTH_PLAN:5HU7-EK3-DR81}}.
Family: dtr (POA) {{PHONE:515-555-0152}}, son {{NAME:Scott Youngquist}} {{PHONE:515-555-0119}}.
Recommendation: appropriate for secure memory care; move-in target {{DATE:6/2/31}}, apt 12.
{{NAME:HVZ}}`,
  `hospice rn visit -- skin / comfort    {{DATE:6/27/31}}  1015-1120
agency: {{FACILITY:granite state hospice & palliative}}   rn cm {{NAME:meghan doucette}}
pt {{NAME:raymond leblanc}}  mr# {{MRN:GSH-18802}}  at {{FACILITY:merrimack river healthcare}} ltc, rm 2-31, {{LOCATION:concord}}
s: per aide {{NAME:bridget}}, new "bruise" on sacrum noticed this am. wife {{NAME:therese}} at bedside, worried "he's getting bedsores because they don't turn him."
o: pps 10%. unresponsive to voice, opens eyes to touch. resp 8-10 w/ 20 s apneas. mottling feet to mid-shin. bp 82/44. no urine x 14 h.
sacrum: pear-shaped purple/maroon area 5 x 4 cm, sudden onset, intact skin, borders irregular, non-blanchable -- consistent w/ kennedy terminal ulcer (skin failure at end of life), NOT a pressure injury from neglect. photographed per policy, uploaded to chart.
turning q2-3h per facility flow sheet -- documented, verified w/ charge nurse {{NAME:r. amoah}}.
interventions: explained kennedy lesion to {{NAME:therese}} -- she was relieved, cried. continue gentle repositioning q4h for comfort only, foam dressing (mepilex border sacrum), no debridement.
comfort: morphine 5 mg sl q1h prn used x3 since 0600, glyco 0.2 mg sq q4h prn secretions. 
family: son {{NAME:marc leblanc}} driving from {{LOCATION:nashua}} ({{PHONE:603-555-0188}}); dtr {{NAME:danielle leblanc-hurd}} flying from {{LOCATION:tampa}} -- arrives {{DATE:6/28}} 1400.
expect death within hours-days. chaplain fr. {{NAME:paul gendron}} asked to come today.
next visit {{DATE:6/28}} or sooner. -- {{NAME:md}}`,
  `{{FACILITY:THE ORCHARDS OF NEW BERLIN}} -- ASSISTED LIVING -- RESIDENT CARE NOTE
DATE: {{DATE:07/14/2031}}   SHIFT: DAYS 0600-1430   AUTHOR: {{NAME:JESSICA WENDT}}, LPN, WELLNESS NURSE
RESIDENT: {{NAME:ZIMMERMANN, ROLAND A}}   APT 118   DOB {{DATE:03/22/1941}}   RES ID {{MRN:ONB-2219}}
0700 MED PASS: ALL MEDS TAKEN. FSBS 188. REPORTS "FEELING LOUSY," POOR SLEEP, COUGH X2 DAYS.
0730 VS: T 100.6 TYMPANIC, BP 134/78, HR 102, RR 22, O2 91% RA (BASELINE 95%). SCATTERED RHONCHI R BASE. A&O X4.
0745 COVID/FLU AG SWAB (BINAXNOW LOT 3219ZX, EXP 09/2032): NEG/NEG.
0755 CALLED PCP OFFICE, DR. {{NAME:ABIGAIL THORSEN}}, {{FACILITY:NEW BERLIN FAMILY PHYSICIANS}} ({{PHONE:262-555-0139}}), SPOKE W/ MA {{NAME:KAYLEE}}. CXR ORDERED VIA MOBILE X-RAY ({{FACILITY:BADGERLAND PORTABLE IMAGING}}), ORDER # {{ID:BPI-310714-07}}.
1040 CXR RESULT: RLL INFILTRATE. DR. {{NAME:THORSEN}} ORDERED AUGMENTIN 875 BID X7D + AZITHRO 500 X1 THEN 250 X4D; PHARMACY {{FACILITY:WAUKESHA COUNTY LTC RX}} DELIVERED 1215. FIRST DOSES 1230.
1100 WIFE {{NAME:DOLORES ZIMMERMANN}} (LIVES APT 118 ALSO) UPDATED. SON {{NAME:KURT ZIMMERMANN}} CALLED {{PHONE:(414) 555-0110}}, VM LEFT.
1300 ENCOURAGED FLUIDS 1500 ML, INCENTIVE SPIROMETER TEACH. VS RECHECK: T 99.4, O2 93%.
PLAN: VS Q4H WHILE AWAKE X72H. IF O2 <90% OR SBP <100 -> CALL PCP / SEND TO {{FACILITY:FOX RIVER REGIONAL}} ED. NEXT SHIFT {{NAME:M. PATEL}}, LPN.`,
  `HOSPICE AIDE VISIT NOTE
{{FACILITY:Allegheny Valley Hospice}}    Aide: {{NAME:Shanice Whitfield}}, HHA    Supervisor RN: {{NAME:Greg Marinelli}}
Patient: {{NAME:Zelda Rosenthal}}   ID {{MRN:AVH-55037}}   Visit {{DATE:Thurs 8/21/2031}} 0900-1015
Location: home -- {{ADDRESS:5520 Forbes Ave, Apt 3F}}, {{LOCATION:Pittsburgh}} {{ZIP:15217}} ({{LOCATION:Squirrel Hill}}), door code given by dtr
Care plan tasks done: [x] bed bath  [x] hair wash (shampoo cap)  [x] oral care  [x] lotion/skin check  [x] linen change  [ ] shave  [x] nail care  [x] repositioning
Observations: pt awake, smiled, said "thank you dear" several times. Ate 1/2 cup applesauce for dtr. Skin: redness on R heel -- told RN {{NAME:Marinelli}} by phone 1010 ({{PHONE:412-555-0161}}), he will visit this afternoon. No pain behaviors. Urine dark, brief wet x1.
Caregiver: dtr {{NAME:Miriam Rosenthal-Katz}} (primary), looks tired, said her brother {{NAME:Saul}} from {{LOCATION:Cleveland}} is coming Sunday to give her a break. Night caregiver {{NAME:Oksana}} from {{FACILITY:Three Rivers Private Duty}} starts {{DATE:8/25}}.
Shabbat: family asks no visits Fri after 1800 or Saturday unless urgent -- noted for schedule.
Next aide visit {{DATE:Mon 8/25}}. Pt signature: unable; dtr signed.`,
];

export const HELDOUT_REALISTIC_42_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout42-${i + 1}`, n));
