// Hand-written notes FOR TUNING, second generality pass (issue 6, pass 2). Synthetic and invented:
// every name, place, number and date is made up. Written from the CLASSES of misses found on
// heldout-realistic-2.ts (research-corpus brackets, facilities with no facility word, names with
// particles, nicknames and label cues, date ranges and bare month-day after clinical events,
// foreign and hyphenated places, spaced or labeled identifiers) and of its false positives
// (clinical acronyms, obstetric notation, section headers, device makers, ambulance units, trial
// ids), never from its strings. Markup as in handwritten.ts.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  // 1. Research-corpus brackets (the brackets stay outside the span).
  `Admission Date:  [**{{DATE:2164-7-19}}**]              Discharge Date:   [**{{DATE:2164-7-27}}**]

Date of Birth:  [**{{DATE:2089-4-3}}**]             Sex:   F

Service: MEDICINE

Allergies:
Penicillins

Attending:[**{{NAME:Rosalind Achterberg}}**]
Chief Complaint:
dyspnea

History of Present Illness:
75 yo F with CHF (EF 25%), AF on coumadin, presented to [**{{FACILITY:Hospital 1474}}**] on [**{{DATE:7-18}}**] with worsening dyspnea. Seen by Dr. [**{{NAME:Valkonen}}**] in cardiology clinic [**{{DATE:7-2}}**]; torsemide was increased. Transferred to [**{{FACILITY:Hospital1 18}}**] for further management.`,
  `Name:  [**{{NAME:Okonkwo}}**], [**{{NAME:Adaeze}}**]                 Unit No:   [**{{MRN:4471902}}**]

Followup Instructions:
Provider: [**{{NAME:Ingrid Solheim}}**], MD Phone:[**{{PHONE:(617) 555-0193}}**] Date/Time:[**{{DATE:2119-3-14 10:30}}**]
Dr. [**{{NAME:Mbeki}}**] will call you on [**{{DATE:3-9}}**] with the biopsy result.

Discharge Disposition:
Extended Care

Facility:
[**{{FACILITY:Hawthorne Ridge}}**] - [**{{LOCATION:Dunmore}}**]

                             [**{{NAME:Ingrid Solheim}}**] MD [**{{MRN:11-082}}**]

Completed by:[**{{DATE:2119-3-10}}**]`,
  `[**{{DATE:2131-2-9}}**] 4:12 PM
 CHEST (PORTABLE AP)                                             Clip # [**{{ID:Clip Number (Radiology) 44721}}**]
 Reason: eval for effusion
 Admitting Diagnosis: PNEUMONIA
 ______________________________________________________________________________
 FINAL REPORT
 Comparison is made to prior study of [**{{DATE:2-4}}**]. Small left effusion, unchanged. No pneumothorax.
 Findings d/w Dr. [**{{NAME:Thibodeaux}}**] at 4:30 p.m. on [**{{DATE:2-9}}**].`,
  `Social History:
Lives with wife in [**{{LOCATION:Location (un) 2274}}**]. Retired from [**{{FACILITY:Company 1104}}**]. Son [**{{NAME:Name (NI) 8812}}**] is HCP, reachable at [**{{PHONE:Telephone/Fax (1) 3390}}**]. Former smoker, quit in [**{{DATE:Month (only) 116}}**] 2110.
Brief Hospital Course:
Seen at [**{{FACILITY:Saint Columba Hospital}}**] ED, then transferred. PCP is [**{{NAME:Known firstname 502}}**] [**{{NAME:Known lastname 9981}}**].`,

  // 2. Facilities with no facility word, after context cues.
  `SOCIAL WORK NOTE
Pt is an active member of {{FACILITY:St. Ephrem Basilica}} and her pastor visits weekly. She volunteers at {{FACILITY:Greenmeadow YMCA}} on Tuesdays. Referred to {{FACILITY:Disability Rights Project of Tolland}} for help with her housing appeal and to {{FACILITY:Resources for Aging Neighbors}} for home-delivered meals. Case opened with {{FACILITY:Harlow County Human Services Authority}}; caseworker {{NAME:Priscilla Varnado}} ({{PHONE:860-555-0148}}).`,
  `Death note. Pt pronounced at 0412 on {{DATE:11/3/2023}}. Son {{NAME:Dmitri}} present. Body released to {{FACILITY:Kessling-Moore Funeral Chapel}}; family plans a service at {{FACILITY:Mt. Zion Free Will Baptist}}. Organ procurement notified, ref # {{ID:23-114871}}. Attending notified.`,
  `Pt moved from {{LOCATION:Mayagüez}} last year. Records from {{FACILITY:Clínica San Lucas}} and {{FACILITY:Hospital Universitario de Caguas}} reviewed with interpreter {{NAME:Maricela Ortiz-Benítez}}. Previously received hemodialysis at {{FACILITY:Centro Renal del Este}}. Now dialyzes at {{FACILITY:Fresenius}} MWF.`,
  `DISPOSITION: discharged to {{FACILITY:Riverbend Post-Acute}} for short-term rehab, then home with services from {{FACILITY:Cape Ann VNA}}; intake nurse {{NAME:Loreen}} called {{DATE:6/14}}. Eye f/u with {{FACILITY:Eye Associates of Pelham}}. Dialysis at {{FACILITY:Merrimack Kidney Care}} TTS, chair 12. Receiving facility: {{FACILITY:Riverbend}}.`,
  `Pharmacy note: Rx sent to {{FACILITY:CVS}} on {{ADDRESS:E 41st St}}; pt usually picks up at {{FACILITY:Walgreens}} near work but it was out of stock. Previously filled at {{FACILITY:Rite Aid}} in {{LOCATION:Lorain}}. Plan group {{HEALTH_PLAN:77120}}; card last 4 {{HEALTH_PLAN:5503}}.`,
  `Peds endo f/u. 10 yo with T1DM on pump, going to {{FACILITY:Camp Winnisook}} in {{DATE:July}} for two weeks; camp nurse letter done. Swims at the {{FACILITY:Danbury YMCA}}. Mom ({{NAME:Tamsin}}) asks about school plan for {{FACILITY:Whitcombe Middle}}.`,
  `GI consult. Screening colonoscopy at {{FACILITY:Brookside Endo}} in {{DATE:3/2021}} showed two TAs. Now referred to {{FACILITY:Tri-Valley Gastroenterology}} for EUS. Prior EGD at {{FACILITY:Northgate Surgical}}. Path from {{FACILITY:Quest}} pending.`,
  `Nursing home resident of {{FACILITY:Ashgrove Home}} x 3 yrs, previously at {{FACILITY:Linwood Manor Home}}. Transferred to {{FACILITY:Halcyon}} for respite in {{DATE:January}}. Attends day program at {{FACILITY:Elmhurst Senior Center}}. HCP niece {{NAME:Bettina Kowalczyk}}.`,
  `Transfer note. Pt transferred from {{FACILITY:Wexford}} for cath. Discharged to {{FACILITY:Seabrook Commons}} on {{DATE:10/2}}. Picked up at {{FACILITY:Delmar Apothecary}} by daughter. Medic 7 transported; crew aware.`,
  `Psychiatry intake. Pt attends {{FACILITY:Marwood}} (community college) part time, works nights at {{FACILITY:Costco}}. Was seen at {{FACILITY:Bayridge Behavioral}} last spring. Member of {{FACILITY:Temple Beth Shalom}} and {{FACILITY:Grace Fellowship}}. SI screen neg.`,

  // 3. Names: nicknames, particles, hyphenated given names, initials, labels.
  `H&P. {{NAME:Robert "Bobby" Thibault}} is a 66M w/ COPD. Lives with partner {{NAME:Luis de la Garza}}. Neighbor {{NAME:Anneke van den Broek}} checks on him daily. Cardiologist Dr. {{NAME:Friedrich von Hassel}}. Son-in-law {{NAME:Faisal bin Rashid}} drove him in; brother {{NAME:Omar al-Khatib}} on phone.
{{NAME:jbk}}`,
  `WORKERS' COMP VISIT
Employee: {{NAME:Tomasz Wierzbicki}}      DOI: {{DATE:2/27/2024}}
Employer: {{FACILITY:Halverson Millwork}}
WC adjuster {{NAME:Danica Throop}} ({{PHONE:414-555-0109}}) requests work status. Claim # {{ACCOUNT:WC-0091822}}.
Dx: L wrist sprain. Light duty x 2 wks. Nurse case manager {{NAME:Ronette Pauley}} cc'd.
{{NAME:lkd}}`,
  `TRANSTHORACIC ECHOCARDIOGRAM
Sonographer: {{NAME:KM}}      Reading physician: Dr. {{NAME:Hyun-woo Bae}}
Indication: dyspnea. LVEF 55-60%. Mild MR. Images acquired by sonographer {{NAME:RJ}}; limited windows.
Compared with study of {{DATE:9/14/2022}} read by {{NAME:Ji-yeon Cho}}, MD.`,
  `Telephone encounter. Caller {{NAME:Marguerite "Peggy" Lavallee}} (daughter) reports pt fell. Adjuster {{NAME:Corwin Ashby}} from the auto carrier also called. Caseworker {{NAME:Yolanda Briscoe}} will visit {{DATE:Monday 4/8}}. Message taken by {{NAME:TW}}.
-- {{NAME:dmr}}`,
  `Attending: {{NAME:Wendeline Okafor-Grant}}
Resident: {{NAME:Ji-ho Park}}
Pt {{NAME:María José del Valle}} seen with interpreter {{NAME:Teodoro de Souza}}. Husband {{NAME:Piet van der Linde}} present. Labs by phlebotomist {{NAME:SL}}.`,

  // 4. Dates: ranges, bare month-day after clinical events, months and holidays; not ratios.
  `Hospital course {{DATE:8/4/2023}}-{{DATE:8/21/2023}}: cirrhosis, s/p paracentesis {{DATE:4/22}} with 5 L removed; repeat LVP {{DATE:5/3}}. AKI 2/2 hypovolemia, resolved. Thoracentesis {{DATE:6/11}} neg cytology. Last seen around {{DATE:Thanksgiving}}; drinking again since {{DATE:October}}. MoCA 24/30, delayed recall 2/5; orientation 6/6.`,
  `OB triage. {{NAME:Keturah Blaylock}} is a 29 yo G3P1011 at 36 3/7 weeks by LMP, EDC {{DATE:12/19/2024}}. Contractions q 5 min since {{DATE:Christmas Eve}}. GBS neg {{DATE:11/30}}. SVE 2/50/-2. Prior C/S {{DATE:3/2019}} at {{FACILITY:Lindgren Women's}}. BPP 8/8. NST reactive.`,
  `Oncology. Cycle 3 of FOLFOX given {{DATE:1/8}}; CT {{DATE:1/29}} shows PR. Neuropathy grade 1. Port placed {{DATE:11/20}}. Admitted {{DATE:12/3/2023}}-{{DATE:12/6/2023}} for neutropenic fever. ECOG 1. Enrolled in NCT05123398; screening # {{ID:SCR-0447}}.`,

  // 5. Locations: foreign and US cities alone, hyphenated places, rural addresses, streets.
  `Pt is a 58 yo M who emigrated from {{LOCATION:Huế}}, Vietnam in 1994; sister still lives in {{LOCATION:Đà Nẵng}}. Moved to {{LOCATION:Garden Grove}} in 2001. Travelled to {{LOCATION:Cần Thơ}} last year; no TB exposure known.`,
  `Social: born in {{LOCATION:Port-au-Prince}}, raised in {{LOCATION:Cap-Haïtien}}. Lived in {{LOCATION:Sainte-Foy}} before moving to {{LOCATION:St. Mary-of-the-Woods}}, Indiana. Now at {{ADDRESS:W8812 County Hwy K}}, {{LOCATION:Merrill}}, WI {{ZIP:54452}}. Daughter lives off {{ADDRESS:E 112th St}} in {{LOCATION:Cleveland}}.`,
  `Home health intake: rural route, {{ADDRESS:N4471 Town Line Rd}}, {{LOCATION:Fifield}}. Directions: past the grain elevator on {{ADDRESS:County Road JJ}}. Pt grew up in {{LOCATION:Oaxaca}}; cousin in {{LOCATION:Querétaro}}.`,

  // 6. Identifiers.
  `REGISTRATION
MRN: {{MRN:552 018 347}}
Acct ({{ACCOUNT:88341022}})   Visit: {{ACCOUNT:V00451278}}
Insurance: Harvard Pilgrim, group {{HEALTH_PLAN:41377}}, member ID {{HEALTH_PLAN:HP 4418 0092}}
SSN last 4 {{SSN:3317}}
FIT test Kit # {{ID:KT-88214}} mailed {{DATE:2/6}}.`,
  `Pathology requisition. Specimen from {{FACILITY:Dorrance Surgical Pavilion}}. Patient ID {{MRN:448 201 773}}. Accession {{ID:S24-11873}}. Cologuard kit #{{ID:BX441072}}. Billing account ({{ACCOUNT:5510-33821}}) verified by registrar {{NAME:Hollis Merriweather}}.`,

  // 7. False-positive classes mixed into realistic notes.
  `Ophthalmology. PMH: POAG OU, NTG suspect, s/p SLT. Also CABG x3 (LIMA-LAD), HFrEF, PVD, OSA on CPAP. Records reviewed in EMR and CCD.
HPI: IOP 19/21. On latanoprost and timolol.
PLAN:
Continue drops. RTC 3 mo with Dr. {{NAME:Sandoval-Reyes}}.`,
  `Device clinic. Medtronic dual-chamber ICD, serial {{DEVICE:PZX601884H}}; RA lead Boston Scientific, RV lead Abbott. Remote monitoring via CareLink. Battery 7 yrs. LVAD (HeartMate 3) coordinator {{NAME:Ophelia Grantham}} updated. Medic 12 responded to home for the shock on {{DATE:5/30}}.`,
  `HPI: 71F with CAD, HTN, HLD, T2DM, CKD3b, COPD, GERD, OAB. FHx: CAD. SHx: ex-smoker.
ROS: neg.
ASSESSMENT AND PLAN:
1. CHF exacerbation - diurese. 2. AKI - trend. Discussed with pt and husband {{NAME:Gerrit}}.
Trial: NCT04412309 (not enrolled). G2P2002.`,
  `EMS RUN REPORT
Medic 4 dispatched {{DATE:9/17/2024 2231}} to {{ADDRESS:1180 Quarry Rd}}, {{LOCATION:Stillwater}}. Engine 9 on scene. Pt {{NAME:Amadou Diallo-Kane}}, found by wife {{NAME:Fatoumata}}. Transported to {{FACILITY:Lakeland}} ED. Receiving facility notified; report to {{NAME:Bridget}} RN.`,
  `Dialysis unit note. Pt dialyzes at {{FACILITY:DaVita Cedar Knolls}} MWF; transferred care from {{FACILITY:Kidney Care Associates of Morristown}}. Access: L AVF. Transportation by {{FACILITY:Ride Ready}} van. Social worker {{NAME:Anouk Delacroix}}. Next labs {{DATE:4/15}}.`,
  `Pediatric well visit. {{NAME:Zaid al-Masri}}, 4 yo, attends {{FACILITY:Little Acorns}} daycare and the {{FACILITY:Riverside YMCA}} swim program. Vaccines per schedule; lot # {{DEVICE:U7713AA}}. Dad ({{NAME:Yousef}}) has concerns about speech. Referral to {{FACILITY:Hearing & Speech Partners of Lowell}}.
{{NAME:smk}}`,
  // Second batch, written after the first round of changes with new strings, to check that the
  // rules carry over (measured before any further change).
  `Discharge Date: [**{{DATE:2150-12-31}}**]
Attending: [**{{NAME:First Name8 (NamePattern2) 1234}}**] [**{{NAME:Last Name (NamePattern1) 5678}}**]
Pt is [**{{AGE:Age over 90}} **] y/o, lives at [**{{ADDRESS:Street Address(2) 4406}}**] with daughter. Admitted to [**{{FACILITY:Hospital Ward Name 121}}**] on [**{{DATE:12-24}}**]. Seen by Dr. [**{{NAME:Hollis}}**]; f/u with [**{{NAME:Kim Tran}}**], NP in [**{{DATE:1-13}}**]. Discharged to [**{{FACILITY:Lakeshore Rehab}}**] in [**{{LOCATION:Fairhaven}}**].`,
  `Chaplaincy. Pt is a parishioner at {{FACILITY:Our Lady of Perpetual Help Parish}}; her sister attends {{FACILITY:Bethel AME Church}}. Pt's son is active in {{FACILITY:Chabad of Westfield}}. Referral placed to {{FACILITY:Catholic Charities}} and to {{FACILITY:Legal Aid Society of Hampden}}. Hospice info from {{FACILITY:Good Shepherd Hospice}}. Arrangements with {{FACILITY:Rosewood Funeral Home}}.`,
  `CM note: Pt to go to {{FACILITY:Brightview Post Acute}} vs home with {{FACILITY:Bayada}} home health. Ophtho at {{FACILITY:Lakeside Eye Associates}}. HD at {{FACILITY:American Renal}} on {{ADDRESS:N 5th St}}. Meds via {{FACILITY:Walmart}} pharmacy in {{LOCATION:Saugus}}. Son volunteers at {{FACILITY:Sunnyfield Farm}}. Transferred from {{FACILITY:Thornbury}} on {{DATE:10/14/2022}}.`,
  `Peds: 8 yo going to {{FACILITY:Camp Sunshine}} next {{DATE:June}}; after school at {{FACILITY:Boys & Girls Club of Nashua}}. GI: EGD {{DATE:11/2}} at {{FACILITY:Summit GI}}, prior scope at {{FACILITY:Fairview Endoscopy Center}}. Lives at {{FACILITY:Pinecrest Home for the Aged}}? No - that is grandma's address.`,
  `{{NAME:Maria "Cuca" Rodriguez}} presents with her son {{NAME:Jean-Pierre Dubois}} and his wife {{NAME:Seo-yeon Lim}}. Cardiologist Dr. {{NAME:Pieter de Vries}}; PCP {{NAME:Carmen De La Rosa}}, NP. Neighbor {{NAME:Ahmad bin Yusuf}} drove. Tech: {{NAME:JB}}. US tech {{NAME:DM}} performed the scan.
{{NAME:rjt}}`,
  `Work status note. Employee name: {{NAME:Leopold Aranda}}. Adjuster: {{NAME:Wilhelmina Stroud}}. Carrier claim {{ACCOUNT:CL-5520198}}. WC adj {{NAME:Tobias Quint}} faxed forms. Injured {{DATE:6/3/24}}-{{DATE:6/9/24}} off work. s/p thora {{DATE:9/14}}. Last dose {{DATE:3/16}}. Fell around {{DATE:Memorial Day}}; worse since {{DATE:Labor Day}}, and again in late {{DATE:September}}.
--{{NAME:mlk}}`,
  `L&D: 31 yo G4P2 at 38 2/7 wks, PPROM. Apgars 8/9. BPP 6/8. Fx 2/2 fall. MMSE recall 3/3. ESRD on HD MWF. Admitted {{DATE:10/1/2022}} - {{DATE:10/14/2022}}. Enrolled in NCT03312345. Boston Scientific ICD; St. Jude Medical pacemaker previously. Medic 22 and Rescue 3 on scene, Ladder 9 assisted.
ASSESSMENT:
ADHF, HFpEF.
PLAN:
Diurese.`,
  `Social: born in {{LOCATION:São Paulo}}, grew up in {{LOCATION:Guadalajara}}. Lived in {{LOCATION:Winston-Salem}} and {{LOCATION:Wilkes-Barre}}. Mailing: {{ADDRESS:HC 61 Box 22}}, {{LOCATION:Ramah}}. Previously {{ADDRESS:RR 2 Box 114}}. Sister moved to {{LOCATION:Saint-Jérôme}}, Quebec.`,
  `Registration: MRN {{MRN:0041 2297}}. Hospital # {{MRN:882 114 09}}. FIT Kit# {{ID:33-88120-7}}. Member ID last four {{HEALTH_PLAN:4417}}. Group #: {{HEALTH_PLAN:8812-A}}. Guarantor (acct {{ACCOUNT:5532190}}). Med rec no. {{MRN:55 1234 88}}.`,
  `Nursing: resident of {{FACILITY:Hillside Home}} since 2019. Goes to adult day at {{FACILITY:Carverton}} MWF. Dialysis at {{FACILITY:Ridgeline}} TTS. Picked up at {{FACILITY:Hartman's Drug}} by aide {{NAME:Consolata}}. Member of {{FACILITY:Kiwanis}}. Attends {{FACILITY:Islamic Center of Rockford}}.`,
  // Third batch: long clinical prose with many capitalized clinical words, for precision.
  `DISCHARGE SUMMARY
HOSPITAL COURSE: 67M with ESRD on HD (TTS at {{FACILITY:Fresenius Ellington}}), HFrEF (EF 20%), s/p CABG (LIMA-LAD, SVG-OM) and MV repair, admitted {{DATE:2/11/2024}} with volume overload. Transferred to CCU for CRRT, then back to the Floor. Renal Failure Service and Heart Failure Service followed. Seen by Palliative Care. Behavioral Health consulted for adjustment disorder. Temple tenderness absent; ESR nl. Right Middle Lobe opacity on CXR resolved. Discharged to Home with VNA ({{FACILITY:Nashoba Valley VNA}}) and Home Health Aide. Follow up: Dr. {{NAME:Anand Ramaswamy}} (nephrology) {{DATE:2/28}}; Heart Failure Clinic {{DATE:3/4}}.`,
  `Neuro consult. History of Guillain-Barré in 2009, Sjögren's syndrome, Behçet disease excluded. Exam: CN II-XII intact, Romberg negative, Babinski downgoing. MoCA 26/30. NIHSS 0. Impression: small vessel disease. Discussed with Stroke Service attending Dr. {{NAME:Grazyna Wiśniewska}}. Pt is from {{LOCATION:Łódź}} and spends summers in {{LOCATION:Gdańsk}}.`,
  `Clinic note. Pt is a 44F, works at {{FACILITY:Target}} distribution center, here for f/u of lupus. Plaquenil eye exam done {{DATE:1/2024}} with {{FACILITY:Clearview Eye Associates}}. Rheum: Dr. {{NAME:Osei}}. Pt attends Alcoholics Anonymous and Weight Watchers meetings. Husband {{NAME:Tomas}} drives her. Plan: continue HCQ 200 BID, labs q3mo, PT referral to {{FACILITY:Kinetix Physical Therapy}}.`,
  `ED note. 23M BIBA from {{ADDRESS:W 14th St}} after assault. GCS 15. CT head neg. Police (Officer {{NAME:Brandt}}, badge {{ID:4471}}) at bedside. Pt lives in {{LOCATION:Hoboken}}, works at {{FACILITY:Stevens Tech}}. Friend {{NAME:Dariusz}} to pick him up. Dispo: home. Transport by Medic 14. Rx sent to {{FACILITY:Duane Reade}} on {{ADDRESS:Washington St}}.`,
  `Inpatient rehab admission. Transferred from {{FACILITY:Wentworth-Douglass}} on {{DATE:4/9}} s/p R TKA on {{DATE:4/5}}. PMH: OSA on CPAP, GERD, HLD, BPH, PVD. FIM: transfers mod I. Goals: home with spouse in {{LOCATION:Dover}}. Prior level: independent, volunteering at {{FACILITY:Seacoast Science Center}} and attending {{FACILITY:St. Columba Episcopal}}. Dispo planning with CM {{NAME:Ingeborg}}.`,
  `Pre-op. 58F for lap chole. Anesthesia: ASA II. Airway Mallampati 2. Last meal 2200. Consent w/ interpreter {{NAME:Naoki Fujimura}}. Surgeon Dr. {{NAME:Okwuosa}}. Case # {{ID:OR-24-33817}}. PACU then Ambulatory Surgery Unit. Ride home with daughter {{NAME:Mirela}} ({{PHONE:978-555-0116}}).`,
  // Fourth batch: variants of the same classes in other wording.
  `ICU transfer note. Intubated {{DATE:1/3}}, extubated {{DATE:1/5}}. Transfused 2u {{DATE:6/30}}. Pt was seen at {{FACILITY:Brookhollow}} last week and previously at {{FACILITY:Good Samaritan}}. Handed off to Medic 12 for transport; transferred to {{FACILITY:Bigelow 11}} afterwards. Edwards Sapien 3 TAVR in 2021. PERRL 3/2 mm. Strength improved 4/5.`,
  `SOCIAL HISTORY: Pt goes to {{FACILITY:Trinity Lutheran}} on Sundays. Son was released from {{FACILITY:Middlesex House of Correction}} in mid-{{DATE:August}}. Pt is originally from {{LOCATION:Kraków}}; sister lives in {{LOCATION:Trois-Rivières}}. Family gathers on the {{DATE:Fourth of July}}. Pt is from {{LOCATION:Cranston}}; wife from Guatemala.`,
  `Family meeting: wife {{NAME:Dorotea “Dora” Vukovic}}, son {{NAME:Joon-ho Lim}}, friend {{NAME:Mei-ling Chou}}; father {{NAME:Abdullah bin Saleh Al-Rashidi}} by phone. Surgeon Dr. {{NAME:Hendrik van der Merwe}}. Palliative NP {{NAME:de la Cruz}}. ECG by CNA {{NAME:TJ}}. Phlebotomy: {{NAME:JQ}}.
Signed: {{NAME:hlk}}`,
  `REGISTRATION UPDATE
Kit #: {{ID:AB 44120}}
SSN (last 4): {{SSN:8821}}
Billing acct (No. {{ACCOUNT:88124}})
Subscriber: {{NAME:Pascal Oyelowo}}   Guarantor: {{NAME:Yvette Moreau}}
Plan (2) verify coverage. Order (3) new card.`,
  `Travel/exposure hx: just back from {{LOCATION:Phoenix}}; in the spring visited {{LOCATION:Accra}}, Ghana and {{LOCATION:Cusco}}, Peru. Spent winter in {{LOCATION:Naples}}. Arrangements discussed with {{FACILITY:O'Hanlon & Sons Funeral Directors}}. Referred to the {{FACILITY:Tri-City Community Action Program}} and {{FACILITY:VNA of Cape Cod}}; aide from {{FACILITY:Visiting Angels}}. HD at {{FACILITY:U.S. Renal Care}}. Meds from {{FACILITY:Stop & Shop}} pharmacy. Lives on [**{{ADDRESS:Fenwick Street}}**]; follows with [**{{FACILITY:Lakeshore}}**] VNA. Smoking Cessation Program offered; per American Heart Association guidance.`,
  // Sixth batch: report, letter, phone, run-sheet and social-work shapes.
`RADIOLOGY REPORT
Exam: CT ABD/PELVIS W CONTRAST   Date: {{DATE:03/14/2024 09:12}}
Ordering: {{NAME:PELLETIER, NOAH}} MD   Acc#: {{ID:CT24-0098812}}
Comparison: {{DATE:11/02/2023}} ({{FACILITY:Merrowby Imaging}}).
Impression: No acute process. Results called to {{NAME:J. Ostrowski}}, RN at 0930 by {{NAME:KLT}}.`,
`SURGICAL PATHOLOGY  Case: {{ID:SP-24-04471}}
Received from {{FACILITY:Quinnipiac Valley Surgical Center}}, {{LOCATION:Hamden}}.
Gross: Received in formalin labeled "{{NAME:Abernethy, Ruth}}" and "LEFT BREAST".
Dictated by {{NAME:Consuelo Ybarra}}, PA(ASCP)  Signed out by {{NAME:Rufus Aldana}}, MD on {{DATE:3/19/24}}`,
`Dear Mrs. {{NAME:Tillman}},
You were seen in our office on {{DATE:February 9th}}. Your bone density test at {{FACILITY:Pioneer Valley Women's Imaging}} showed osteopenia. Please schedule a visit with {{NAME:Hollis Brandeis}}, NP at our {{LOCATION:Northampton}} office ({{PHONE:413-555-0172}}).
Sincerely,
{{NAME:Ada Whitfield}}, MD`,
`Phone note {{DATE:4/2 1615}}: pt's daughter {{NAME:Ximena}} called from {{LOCATION:El Paso}}; pt fell at {{FACILITY:Casa de Paz}} (her group home) this AM. Advised ED. Daughter will call {{FACILITY:Sierra Vista}} ED and update. --{{NAME:CMR}}`,
`EMS: Dispatched {{DATE:07/04/2024 2214}} to {{FACILITY:Hilltop Tavern}}, {{ADDRESS:88 Mill Pond Rd}}, {{LOCATION:Sturbridge}}. Pt found by bartender ({{NAME:Dev}}). Transport to {{FACILITY:Harrington}} ED. Crew: {{NAME:Lacey}} (P), {{NAME:Ortolani}} (B). Unit M-14.`,
`SW: Pt is a 17 yo junior at {{FACILITY:Tantasqua Regional High}}, lives with grandmother in {{LOCATION:Fiskdale}}. DCF worker {{NAME:Marisol Echevarria}} involved. Pt works weekends at {{FACILITY:Friendly's}}. Counselor at school, Mr. {{NAME:Abernathy}}, aware.`,
`Brief Hospital Course:
Mr. [**{{NAME:Known lastname 1034}}**] is a 72M transferred from [**{{FACILITY:Hospital 1263}}**] on [**{{DATE:2119-4-3}}**]. He was seen by Dr. [**{{NAME:Last Name (STitle) 2089}}**] of cardiology. Daughter [**{{NAME:Name (NI) 3340}}**] can be reached at [**{{PHONE:Telephone/Fax (1) 8871}}**]. Pt lives in [**{{LOCATION:Location (un) 5540}}**]. Follow up at [**{{FACILITY:Hospital1 18}}**] [**{{FACILITY:Hospital Ward Name 23}}**] on [**{{DATE:4-19}}**].`,
  // Seventh batch: home health, psychiatry, triage, instructions, consult and nursing shapes.
`Home health visit {{DATE:5/6}}. Pt lives in a 2nd floor walk-up on {{ADDRESS:Chestnut St}} in {{LOCATION:Chelsea}}. Wife {{NAME:Imelda}} present. Meds filled at {{FACILITY:Broadway Pharmacy}}. Next visit by {{NAME:Oona}} (PT) Thursday. Agency: {{FACILITY:Revere Home Care}}.`,
`Psych: pt brought by {{FACILITY:Framingham PD}} after a disturbance at {{FACILITY:Natick Mall}}. Previously hospitalized at {{FACILITY:Arbour-HRI}} and {{FACILITY:Bournewood}}. Outpatient therapist {{NAME:Siobhan Kerrigan}}, LICSW at {{FACILITY:Advocates}} in {{LOCATION:Marlborough}}.`,
`ED triage: {{AGE:92}} yo F from {{FACILITY:Briarwood Rehab}} in {{LOCATION:Needham}}, sent for AMS. Per nursing home, baseline A&Ox2. HCP son {{NAME:Fitzgerald}} {{PHONE:(781) 555-0101}}. PCP Dr. {{NAME:Nkemelu}}.`,
`Discharge instructions: Follow up with Dr. {{NAME:Hoffstetter}} at {{FACILITY:Metrowest Urology}} in 2 weeks. Lab draw at {{FACILITY:Quest}} on {{ADDRESS:Worcester Rd}}. Call {{PHONE:508-555-0190}} with questions. Your nurse today was {{NAME:Benedikt}}.`,
`Consult: Thank you Dr. {{NAME:Szymanski}} for this referral. Pt is a retired machinist from {{FACILITY:General Dynamics}}, originally from {{LOCATION:Fall River}}, now in {{LOCATION:Somerset}}. Prior care at {{FACILITY:Charlton Memorial}} and {{FACILITY:St. Anne's}}.`,
`Nursing 0700-1900: Pt calm. Visited by pastor Rev. {{NAME:Okonjo}} from {{FACILITY:First Haitian Baptist}}. Niece {{NAME:Mirlande}} to bring clothes. Plan d/c to {{FACILITY:Hebrew SeniorLife}} tomorrow pending bed.`,
];

export const TUNING_2_HANDWRITTEN_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`tune2-hand-${i + 1}`, n));
