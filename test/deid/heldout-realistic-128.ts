// A hundred-and-twenty-eighth held-out set of hand-written, realistic synthetic notes (all invented:
// no real person, record, number or institution; phone numbers are 555 numbers; IP addresses come
// from the documentation ranges; towns and cities are real places used only as LOCATION). Its theme
// is home health, hospice and palliative care at home: OASIS-style start-of-care and resumption
// records, hospice admission notes, face-to-face recertification attestations, election statements
// and revocations, live discharges and Medicare non-coverage notices, bereavement call logs, risk
// assessments, grief-group sign-ins and mailing exports, chaplain and social work visits, DME
// delivery tickets and oxygen safety checks, on-call nurse phone logs, after-hours triage, voicemail
// transcripts, SMS and secure-chat exports, medication reconciliations at the kitchen table, comfort
// kit orders and controlled-drug disposal records, family meeting notes, continuous-care hourly logs,
// death pronouncements, funeral home, coroner and tissue-bank calls, a death certificate worksheet,
// an obituary draft, IDG minutes, verbal-order logs, weekend census tables, remote-monitoring
// exports, fax cover sheets, a Hospice Item Set extract, a face sheet, and letters (to physicians,
// condolence, sympathy card, an employer's FMLA letter). Names come from many cultures and in many
// forms (surname first, all caps, initials, nicknames in quotes, first names alone, hyphenated and
// accented names, kin terms and honorifics beside them), with staff sign-offs and typist initials.
// Deliberately left unmarked: eponyms and look-alikes (Foley, Hoyer, Cheyne-Stokes, Braden, Berg,
// Dakin's, Parkinson's, Alzheimer's, Yankauer, Amazing Grace, Patsy Cline, Sinatra), drugs and
// doses (morphine 20 mg/mL, MS Contin, Lasix 40 mg), scores and scales (PPS 40%, FAST 7c, PAINAD,
// MoCA 19/30, PG-13, TUG 31 s), OASIS and HIS item numbers (M0030, A0500), ICD-10 and HCPCS codes
// (C61, E0260), device models and brand-like words (CADD, CoaguChek, Mepilex, FullCare 8), rooms
// and beds, lot numbers, an agency's CCN, gate codes, clock times alone, years alone, a time range
// beside a date, holidays (Thanksgiving, Christmas, Memorial Day), payer and plan names, states and
// countries, programs (STAR+PLUS, 11th Hour), and ages of 89 and under (including an age of 89
// corrected to 90 in the same note, where only the 90 is marked).
//
// Annotation follows the README guideline and set 72's header: titles and honorifics (Dr., Mrs.,
// Miss, Fr., Rev., Pastor, Rabbi, Imam, Ch., Sister, Hermana, Tía, Abuela, Txiv, néni, Bà) stay
// outside NAME spans; a weekday written with a date and a time attached to a date with a year are
// inside the DATE span, while a time beside a month/day without a year stays out; month/day without
// a year, month/year (4/2024, 11/2024), compact dates (20240611, 04151929) and e-mail header dates
// with zone are DATE; an age over 89 is AGE however written (96, ninety-five, 91yo); hospice, home
// health and palliative agencies, hospitals, assisted living and nursing facilities, funeral homes,
// cemeteries, churches, temples, mosques, gurdwaras, schools, employers, pharmacies, labs, DME and
// oxygen vendors, interpreter and transport companies, credit unions, utilities and a prison are
// FACILITY; counties and reservations named as places and cities abroad are LOCATION; rural routes,
// HC boxes, highway mile points, county-road addresses and a bare street name (Poplar Ave, Bolsa Ave)
// are ADDRESS; Medicare (MBI), Medicaid, Medicare Advantage and supplement member and group numbers
// are HEALTH_PLAN; a VA ICN is MRN; billing, encounter, DME, utility, alert-pendant and bank account
// numbers are ACCOUNT; NPI, DEA, state professional licences, a CNA certificate, funeral director
// licences, a driver's licence and a death certificate number are LICENSE; a pickup's plate and a
// truck's VIN are VEHICLE; bed, mattress, concentrator, cylinder, pump, pacemaker, POC and
// telehealth kit serials are DEVICE; referral, incident, APS, coroner, authorization, order,
// requisition, preneed contract, burial-transit permit, placard, employee, file, dictation job,
// recording, interpreter and confirmation numbers are ID; a lockbox fingerprint template number is
// BIOMETRIC; a wound photo's file name is PHOTO (a photo taken without a file reference is not); a
// short in-house pager or extension is PHONE; a nickname in quotes is its own NAME span, and every
// occurrence of a person's name, nickname or initials is marked.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a note
// after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-27 final engine
// (aab8690) 0.9722 / 0.9595.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `OASIS-E START OF CARE -- {{FACILITY:Larkspur Valley Home Health}}
M0010 CMS cert #: 45-7XXX (agency)      M0014 state: TX
M0020 Pt ID: {{MRN:LVH-0093817}}
M0030 SOC date: {{DATE:04/02/2024}}     M0032 ROC: NA
M0040 Name: {{NAME:GUTIERREZ-SOTO}}, {{NAME:Amparo}} M
M0050 State: TX   M0060 ZIP: {{ZIP:78552}}
M0063 Medicare #: {{HEALTH_PLAN:3TW7-KD2-PQ81}}
M0064 SSN: {{SSN:455-81-2290}}
M0065 Medicaid #: {{HEALTH_PLAN:520334871}}
M0066 DOB: {{DATE:11/19/1931}}   age {{AGE:92}}
M0069 Gender: F
M0080 discipline: RN     M0090 date assessment completed: {{DATE:04/02/2024}}
M0102 date of physician-ordered SOC: {{DATE:3/29}}
M0104 referral date: {{DATE:03/28/2024}}
Referring: Dr. {{NAME:Ochoa}} / {{FACILITY:Rio Grande Family Clinic}} ph {{PHONE:956-555-0148}}
Inpt d/c from {{FACILITY:Harlingen Mercyview Medical Ctr}} {{DATE:3/27/24}}, dx CHF exacerbation (I50.33), DM2 (E11.9)
Address: {{ADDRESS:1407 Calle Azucena}}, {{LOCATION:Harlingen}} -- lives w/ dtr {{NAME:Yesenia}} and grandson {{NAME:Rudy}}
M1033 risk of hosp: hx falls, 2+ ED visits, >5 meds
M1800s: grooming 1, dressing UB 1, LB 2, toileting 2, ambulation 2 (rollator)
Braden 17, MAHC-10 score 6 = fall risk, PHQ-2 = 1
Lasix 40 mg daily, metoprolol succ 25 mg, Jardiance 10 mg -- see med profile
Next visit {{DATE:Thurs 4/4}}, SN 2w3, PT eval, HHA 1w4.
e-signed {{NAME:Marisol Treviño}}, RN  {{DATE:04/02/2024 15:42}}`,
  `HOSPICE ADMISSION NOTE
{{FACILITY:Bellwether Hospice of the Upper Valley}}        Admit date: {{DATE:January 9, 2025}}
Pt: {{NAME:Halvorsen, Einar T.}}   MRN {{MRN:BH25-00412}}   DOB {{DATE:07-02-1933}} ({{AGE:91}} y/o M)
Home: {{ADDRESS:38 Tunbridge Hill Rd}}, {{LOCATION:Chelsea}}, VT {{ZIP:05038}}
Terminal dx: metastatic prostate ca (C61) w/ bone mets; related: anemia, cachexia.
Attending of record: {{NAME:Priya Raman}}, MD (NPI {{LICENSE:1902847361}}); hospice MD Dr. {{NAME:Whitcomb}}.
Election signed by pt, witnessed by wife {{NAME:Solveig}} and son {{NAME:Per Halvorsen}}. Medicare A {{HEALTH_PLAN:7HN2-XE4-RR19}}; benefit period 1.
PPS 40%, FAST n/a, PAINAD 3, wt down 14 lb since Thanksgiving. Sleeping 18h/day.
Hx: ADT stopped fall 2023, palliative XRT to L hip at {{FACILITY:Upper Valley Cancer Pavilion}}-- no, pt says it was {{FACILITY:Gifford Hollow Cancer Ctr}}, will verify.
Meds reconciled at kitchen table: oxycodone 5 mg q4h prn (taking ~3/day), senna-S 2 tabs hs, tamsulosin 0.4, Ensure. Comfort kit ordered thru {{FACILITY:Orchard Street Pharmacy}}, {{LOCATION:Randolph}}.
DME: hospital bed + overbed table, delivery {{DATE:1/10}} from {{FACILITY:Green Mountain Medical Supply}}.
Code status: DNR, COLST on fridge. Health care agent: {{NAME:Solveig Halvorsen}} {{PHONE:(802) 555-0173}}.
Plan: RN 2x/wk, HHA 3x/wk, SW and chaplain within 5 days.
{{NAME:K. Desrosiers}}, RN case mgr`,
  `Face-to-Face Encounter Attestation -- Hospice Recertification
Patient name: {{NAME:Mabel Arneson Pruitt}}           Hospice MRN: {{MRN:00-771934}}
Benefit period: 3rd (60-day), begins {{DATE:05/15/2024}}, F2F due by {{DATE:5/14/2024}}
Encounter date: {{DATE:Monday, May 6, 2024}}  Location: pt home, {{ADDRESS:2210 W Larchmont Ave, Unit 3}}, {{LOCATION:Peoria}} IL {{ZIP:61604}}
Performed by: {{NAME:Deborah Oyelaran-Watts}}, APRN, FNP-BC  (IL lic {{LICENSE:209.118734}})
Clinical findings: {{AGE:96}} yo F with end-stage dementia (G30.1), FAST 7c, nonverbal except occasional "{{NAME:Hank}}" (late husband {{NAME:Henry}}). Bedbound since about Christmas. MAC 19.5 cm (was 21.0 cm at prior recert {{DATE:3/16}}). Two UTIs since last cert, treated at home. Stage 2 sacral PU. Intake <50% of meals, pocketing. Daughter {{NAME:Joanne}} ({{PHONE:309-555-0112}}) is primary CG, works nights at {{FACILITY:Kellerton Distribution Warehouse}}.
I attest that I had a face-to-face encounter with this patient and that the clinical findings were provided to the certifying physician, Dr. {{NAME:Abelard Kwiatkowski}}, for use in determining continued eligibility.
Signature: {{NAME:D. Oyelaran-Watts}}  Date: {{DATE:05/06/24}}
cc: {{FACILITY:Prairie Lantern Hospice}} medical records, fax {{FAX:309-555-0190}}`,
  `BEREAVEMENT CALL LOG   -- 13-mo program --
Deceased: {{NAME:Rosalind "Roz" Featherstonehaugh}}   DOD {{DATE:08/22/2023}}
Primary griever: {{NAME:Clive Featherstonehaugh}} (husband), {{PHONE:555-0164}}
Alt: dtr {{NAME:Imogen}} in {{LOCATION:Leeds}} (UK), email {{EMAIL:imogen.fh@fastmail-example.co.uk}}
---
{{DATE:9/5}} -- 2 wk call. No answer, left VM. -{{NAME:TB}}
{{DATE:9/7}} -- spoke w {{NAME:Clive}} approx 20 min. Tearful. "The house is too quiet." Eating mostly toast. Church friends from {{FACILITY:St. Aidan's Episcopal}} bringing meals Tues/Thurs. Mailed "Grief: The First Weeks" packet. -{{NAME:TB}}
{{DATE:10/19/23}} 6wk -- better. Back to walking the dog at {{LOCATION:Fenwick Park}}. Invited to Tues grief group at {{FACILITY:Bellwether Hospice}} office {{ADDRESS:1180 Commerce Dr, Ste 200}}. Says maybe. -{{NAME:T. Bergstrom}}
{{DATE:12/12}} holiday call -- first Christmas w/o {{NAME:Roz}}; {{NAME:Imogen}} flying in {{DATE:Dec 20}}. Risk screen (BRAT) moderate. Sent holiday coping letter. -{{NAME:TB}}
{{DATE:2/14/24}} Valentine's (their anniv). Crying, said he went to the cemetery at {{FACILITY:Oakmere Memorial Gardens}}. Offered 1:1 counseling w {{NAME:Nadia}} LCSW -- accepted, appt {{DATE:2/21}} 1400.
{{DATE:8/22/24}} anniversary card mailed. Closing file {{DATE:9/30/24}}. -{{NAME:tb}}`,
  `SPIRITUAL CARE ASSESSMENT -- chaplain home visit
Pt: {{NAME:Nwachukwu, Obiageli}}  ({{NAME:"Mama Obi"}})    Hosp # {{MRN:HP-3318802}}    Visit {{DATE:11/03/2024}}
Present: pt, son {{NAME:Chukwuemeka}} ({{NAME:Emeka}}), his wife {{NAME:Adaeze}}, granddaughter {{NAME:Chioma}} (16, attends {{FACILITY:Northbrook Lutheran High School}})
Faith tradition: Roman Catholic, formerly active at {{FACILITY:Holy Trinity Igbo Catholic Community}}, {{LOCATION:Houston}}; now in {{LOCATION:Sugar Land}}, not connected to a parish here.
FICA: F - "God is my strength." I - very important, rosary daily. C - wants community; misses choir. A - requests sacrament of the sick, Igbo hymns.
Pt tired, PPS 30%, spoke mostly in Igbo w/ son translating. Said she wants to "see {{LOCATION:Onitsha}} again" but accepts she will not travel. Expressed worry her daughter {{NAME:Ngozi}} in {{LOCATION:Enugu}} cannot get visa in time.
Interventions: prayer, sang "Jesus Wakanye" w/ family, blessing. Called Fr. {{NAME:Anselm Eze}} ({{PHONE:281-555-0127}}) at {{FACILITY:Our Lady of the Visitation Parish}} -- he will anoint {{DATE:Tues 11/5}}. Gave SW {{NAME:Renata}} a heads up re: letter for embassy.
Plan: weekly visits; f/u {{DATE:11/10}}.
Chaplain {{NAME:Gideon Ashby-Clarke}}, MDiv, BCC`,
  `SOCIAL WORK PSYCHOSOCIAL ASSESSMENT (initial)   {{DATE:02.14.2025}}
patient: {{NAME:Thibodeaux, Lucien "Boo"}}, 84M     record {{MRN:778120}}
lives alone in a single-wide at {{ADDRESS:4471 Bayou Teche Hwy, Lot 9}}, {{LOCATION:Breaux Bridge}}, LA {{ZIP:70517}}. {{LOCATION:St. Martin Parish}}.
support: niece {{NAME:Claudette Broussard}} ({{PHONE:337.555.0109}}) checks daily on her way to work at {{FACILITY:Acadiana Sugar Cooperative}}; neighbor "{{NAME:T-Man}}" ({{NAME:Terrance Guidry}}) cuts grass and brings groceries.
income: SSA ~$1,140/mo + small pension from {{FACILITY:Port of Iberia Shipyard}}. Medicaid pending -- application # {{ID:LA-MCD-2025-0048811}}. Medicare MBI {{HEALTH_PLAN:5QK3-JJ7-WT02}}.
Veteran: yes, Army, Vietnam. VA claim # {{ID:C-29 114 806}}. Wants "the flag and the pin."
Advance directives: LaPOST signed {{DATE:1/30/25}} at {{FACILITY:Lafayette Southwest Regional}}. HCPOA = {{NAME:Claudette}}.
Funeral: prearranged w/ {{FACILITY:Fontenot & Sons Funeral Home}}, {{LOCATION:St. Martinville}}, contract # {{ID:FS-19-2207}}.
Concerns: home has no AC, window unit broken; steps w/o rail; smokes (O2 not yet ordered -- safety ed given). Pt says "I'ma die in this house, cher."
Plan: refer to {{FACILITY:Acadiana Area Council on Aging}} for fan/AC program, VA pinning w/ volunteer {{NAME:Marcel}}, f/u visit {{DATE:2/21}}.
{{NAME:Angelique Mouton}}, LMSW`,
  `** DME DELIVERY TICKET **
{{FACILITY:Tri-County Home Medical Equipment}}    {{ADDRESS:62 Industrial Pkwy}}, {{LOCATION:Batavia}} NY {{ZIP:14020}}
Ticket # {{ID:DT-558213}}      Acct # {{ACCOUNT:TCH-002871-H}}
Deliver to: {{NAME:OYELOWO, FUNMILAYO}}
{{ADDRESS:9 Birch Lane}}, {{LOCATION:Le Roy}} NY {{ZIP:14482}}
contact: {{NAME:Tunde}} (son) {{PHONE:585-555-0133}}  / alt {{PHONE:585-555-0176}}
Hospice: {{FACILITY:Genesee Lakes Hospice}}  ordered by {{NAME:C. Marchetti}} RN  {{DATE:06/11/2024}}
Scheduled: {{DATE:Wed 6/12/24}} window 10-2
ITEM                          HCPCS   SERIAL
semi-elec hosp bed FullCare 8 E0260   {{DEVICE:FC8-2207-41193}}
alt pressure pad 5"           E0181   {{DEVICE:APP5-0099187}}
O2 concentrator 5L           E1390   {{DEVICE:EV5-22K-70431}}
 + 2 E cyl backup, regulator          E-cyl {{DEVICE:CYL-E-88710}}, {{DEVICE:CYL-E-88712}}
bedside commode               E0165   n/a
Set up in front room per family. No smoking signs posted. Fire safety reviewed, smoke detector tested OK. Cord not under rug.
Received by: {{NAME:Tunde Oyelowo}}      Driver: {{NAME:Rickey}} #14
Delivered {{DATE:6/12/24 1135}}`,
  `ON-CALL RN PHONE LOG   night of {{DATE:3/8}} -> {{DATE:3/9/2025}}    RN: {{NAME:Wanjiru Kamau}}
1912  Mrs. {{NAME:Delacroix-Hayes}} (wife of pt {{NAME:Bernard Hayes}}, {{MRN:AH-40127}}) -- pt restless, pulling at sheets. Rec'd lorazepam 0.5 mg SL per comfort kit, call back 1 hr. cb 2015 calmer.
2148  {{NAME:Ruthanne}} @ {{FACILITY:Maple Terrace Assisted Living}} ({{PHONE:555-0190}} x 4) re: Mr. {{NAME:Ostrowski}} -- no BM x4d. Ok'd Dulcolax supp per standing order. Day RN to f/u.
2333  pager from answering svc, caller {{NAME:Jamal}} (grandson of {{NAME:Lorraine Pettaway}}, {{ADDRESS:118 Vine St}}, {{LOCATION:Dayton}}) -- "breathing funny, like gurgling." Explained terminal secretions; glycopyrrolate 0.2 mg SL given by family 2340. Dispatched myself.
0105  arrived {{NAME:Pettaway}} home. Cheyne-Stokes, mottling knees, RR 8, no radial. Family at bedside incl. dtr {{NAME:Bernice}} from {{LOCATION:Cincinnati}}.
0250  pt died. Pronounced 0250. Called Dr. {{NAME:Szymanski}} (hospice MD) -- no ME case. {{FACILITY:Whitlock-Bramble Funeral Service}} notified 0310, ETA 0430.
0440  removal done. Meds destroyed w/ {{NAME:Bernice}} as witness (see form).
0520  {{NAME:Bernard Hayes}} wife called again -- fine, sleeping. 
End of shift handoff to {{NAME:LMc}} 0800.  -{{NAME:WK}}`,
  `med rec - kitchen table -- {{DATE:10/17/24}} -- SN visit
pt {{NAME:Evangelina Paz}} ({{NAME:"Vangie"}})  {{MRN:HH-2024-13388}}   {{AGE:90}}yo
pulled every bottle out of the bread box + the bag from the fridge w/ husband {{NAME:Nestor}}.
 - furosemide 20mg 1 po qd  (bottle fr {{FACILITY:Bautista Family Drug}}, Rx# 6630114, filled {{DATE:9/30}})
 - ALSO furosemide 40mg from mail order -- DUPLICATE. pt was taking BOTH. stopped the 40, called Dr {{NAME:Villanueva}} office
 - lisinopril 10 qd ok
 - warfarin 2.5 (Mon/Fri) / 5 other days -- INR due {{DATE:10/21}}, lab {{FACILITY:Lindqvist Clinical Lab}} at {{ADDRESS:300 Harbor Blvd}}
 - metformin 500 bid ok
 - "the pink ones" = amlodipine 5 -> discontinued in hosp {{DATE:Sept 12}}, removed from pillbox, bagged for disposal
 - Tylenol ES prn, melatonin 3mg, fish oil (advised hold w/ warfarin? will ask)
 - insulin glargine pen in fridge -- exp ok, pt not on it anymore ("that was {{NAME:Tito}}'s")
spoke w {{NAME:Lorna}} RN at Dr {{NAME:Villanueva}}'s {{PHONE:(510) 555-0182}}, verbal order d/c furosemide 40, d/c amlodipine. VO read back. 
Filled pill organizer x 2 wks. {{NAME:Nestor}} verbalized understanding; granddaughter {{NAME:Kat Paz-Mendoza}} will do refills via portal.
{{NAME:Rhea Dimaculangan}} RN`,
  `FAMILY MEETING NOTE
Date/time: {{DATE:12/28/2024 16:00}}      Location: home of pt, {{ADDRESS:77 Quarry Rd}}, {{LOCATION:Barre}}
Pt: {{NAME:Agnes Marie Lafleur}}, {{AGE:ninety-five}}, CHF/CKD4, hospice day 41
Attendees: pt (brief, then napped); daughters {{NAME:Denise Lafleur-Pike}} (HCA) and {{NAME:Colette}}; son {{NAME:Raymond "Butch" Lafleur}} by speakerphone from {{LOCATION:Tucson}}; grandson {{NAME:Tyler}}; {{NAME:Hollis Grant}} RN CM; {{NAME:Yuki Tanabe}} MSW; Chaplain {{NAME:Benedetto}}.
Purpose: disagreement re: returning to hospital for dialysis eval; caregiver burnout.
Discussion: {{NAME:Butch}} asked "why aren't we fighting this." {{NAME:Denise}} reviewed pt's own words from {{DATE:Oct 2}} appt w/ nephrologist Dr. {{NAME:Farahani}} at {{FACILITY:Central Vermont Kidney Associates}}: "no machines." Pt woke and said "I'm tired, {{NAME:Raymond}}." Room quiet.
Outcome: consensus to remain on hospice at home, no dialysis. Respite admit to {{FACILITY:Woodbury Pines Hospice House}} {{DATE:1/3}}-{{DATE:1/8}} for {{NAME:Denise}}'s rest. {{NAME:Colette}} to take Tues/Thurs nights. {{NAME:Butch}} flying in {{DATE:1/10}}, will text {{NAME:Tyler}} flight info.
F/u: SW call {{NAME:Denise}} {{DATE:12/30}}; update IDG {{DATE:1/2/25}}.
note by {{NAME:Y. Tanabe}}, MSW / typed {{NAME:yt}}`,
  `DEATH PRONOUNCEMENT / DEATH VISIT NOTE
Patient: {{NAME:MCALLISTER, DOUGLAS FERGUS}}      MRN: {{MRN:0048-2271}}     DOB: {{DATE:04/30/1938}}
Location of death: home, {{ADDRESS:5 Heather Ct}}, {{LOCATION:Pinehurst}}, NC {{ZIP:28374}}
Called by wife {{NAME:Elspeth}} at 0612 -- "I think he's gone." RN en route 0620, arrived 0658.
Findings: no resp effort x 1 min, no apical pulse x 1 min auscultated, pupils fixed and dilated, no response to verbal/tactile stimuli. Skin cool, mottled LE. 
Date/time of death: {{DATE:03/02/2025 07:04}} (pronounced by RN per NC hospice protocol)
Family present: wife, son {{NAME:Alasdair}} (arrived from {{LOCATION:Raleigh}} 0730). {{NAME:Elspeth}} declined to view post-mortem care; asked for bagpipe hymn on her phone, played "Amazing Grace." Chaplain {{NAME:Ortiz-Beaumont}} notified, will call at 10.
Notifications: attending Dr. {{NAME:Kenji Morimoto}} 0715 (will sign cert); {{FACILITY:Sandhills Cremation & Funeral Care}} 0722 ({{PHONE:910-555-0157}}), removal 0910 by {{NAME:Darnell}}. ME not required (expected death, on hospice since {{DATE:12/5/24}}).
Meds destroyed: morphine conc 20 mg/mL ~14 mL, lorazepam 0.5 mg x 11 tabs, haloperidol 2 mg/mL 8 mL -- mixed w/ kitty litter + water, witness {{NAME:Alasdair}}.
DME pickup requested {{DATE:3/3}} from {{FACILITY:Carolina Pines HME}}, acct {{ACCOUNT:CPH-77130}}.
Bereavement: risk low-moderate, referred.
{{NAME:Leontyne Baptiste}}, RN  lic {{LICENSE:NC RN 271554}}`,
  `Phone call -- funeral home     {{DATE:Sat 7/13/24 1740}}
Spoke with {{NAME:Gwendolyn}} at {{FACILITY:Ridgeway-Castellanos Mortuary}} ({{PHONE:(520) 555-0139}}, after hrs {{PHONE:520-555-0104}}) re: our pt {{NAME:Esperanza Yazzie-Ruiz}} ({{MRN:SH-19-6604}}) who died 1652 today at home on {{ADDRESS:Old Nogales Hwy, mile 11}}, near {{LOCATION:Sahuarita}}.
- they have pt on file: preneed contract #{{ID:PN-2016-0381}}, burial at {{FACILITY:Holy Hope Cemetery}}.
- family ({{NAME:Marcus Ruiz}}, son, {{PHONE:520.555.0161}}) wants pt kept at home until her sister {{NAME:Lupita}} drives in from {{LOCATION:Nogales}}, Sonora (ETA 2000). Funeral home OK with pickup up to ~2200. Told them to call {{NAME:Marcus}} directly.
- funeral director on case: {{NAME:Anselmo Castellanos}}, FD lic {{LICENSE:FD-1734}}.
- death certificate: attending Dr. {{NAME:Iyer}} will e-sign via EDRS; FH needs her NPI -- gave {{LICENSE:1457738290}}.
- reminded FH pt has a pacemaker (Medtronic-type, serial {{DEVICE:PJN718244S}}) -- needs removal before cremation if family changes plan. Currently burial.
Documented by {{NAME:Farida Haddad}}, RN, on-call. cc: {{NAME:Mel}} in bereavement.`,
  `{{FACILITY:Cottonwood Ridge Hospice & Palliative Care}}
{{ADDRESS:4400 N Scottsdale Rd, Suite 310}}  {{LOCATION:Scottsdale}}, AZ {{ZIP:85251}}
tel {{PHONE:480-555-0100}}  fax {{FAX:480-555-0199}}

{{DATE:September 23, 2024}}

{{NAME:Harold Esterhazy}}, MD
{{FACILITY:Desert Bloom Internal Medicine}}
{{ADDRESS:1850 E Thomas Rd}}, {{LOCATION:Phoenix}}, AZ {{ZIP:85016}}

Re: {{NAME:Beatrix Quon}}   DOB {{DATE:2/8/1934}}

Dear Dr. {{NAME:Esterhazy}},

Thank you for referring Mrs. {{NAME:Quon}}. Our admissions nurse saw her at home on {{DATE:9/20}}. At {{AGE:90}} she has advanced COPD (J44.9) with FEV1 24% predicted, resting SpO2 86% on RA, dyspnea at rest, three admissions to {{FACILITY:Camelback Ridgeline Hospital}} since early summer, and weight loss of 9% in six months. She meets LCDs for pulmonary disease.

She and her son {{NAME:Wilson Quon}} have elected hospice, effective {{DATE:9/21/2024}}. We would be grateful if you remain attending. Please sign and return the enclosed certification (CTI) and the plan of care by fax.

With appreciation,

{{NAME:Lourdes Anaya-Whitfield}}, DO, HMDC
Medical Director
enc. CTI, POC   / {{NAME:law}}:{{NAME:pjm}}`,
  `{{DATE:April 4, 2025}}

Dear {{NAME:Jerome}}, {{NAME:Kiara}} and {{NAME:Danielle}},

All of us at {{FACILITY:Sweetgrass Hospice}} were so sorry to learn of your mother's passing on {{DATE:March 21}}. It was a privilege to know Mrs. {{NAME:Odessa Whitlock}}... forgive us, she always told us to call her "Miss {{NAME:Dessa}}," and so she will stay in our memories.

Our aide {{NAME:Shonda}} remembers Miss {{NAME:Dessa}} teaching her to shell butter beans on the porch on {{ADDRESS:Cedar Grove Church Rd}}, and nurse {{NAME:Phil}} says he never once left that house without a slice of pound cake wrapped in foil. She talked about her years teaching third grade at {{FACILITY:Moncks Corner Elementary}} with such pride.

Grief comes in waves. Over the coming year our bereavement coordinator, {{NAME:Adaora Nwosu}}, will call and send letters. Our next remembrance service is {{DATE:Sunday, May 18}} at 3 pm at {{FACILITY:Mount Zion AME Church}}, {{LOCATION:Summerville}}. You can reach {{NAME:Adaora}} at {{PHONE:843-555-0115}} or {{EMAIL:anwosu@sweetgrasshospice.example.org}}.

With deepest sympathy,
{{NAME:Phil Marchbanks}}, RN, and the whole {{LOCATION:Berkeley County}} team`,
  `MEDICARE HOSPICE BENEFIT ELECTION STATEMENT (agency form HB-2)
Beneficiary: {{NAME:Fitzgerald-Mbeki, Constance}}
MBI: {{HEALTH_PLAN:9AF6-YY3-HD55}}   Secondary: Mutual of Plains supplement, member {{HEALTH_PLAN:MOP884120733}}
Hospice: {{FACILITY:Heartland Prairie Hospice, Inc.}}, {{LOCATION:Salina}}, KS
Effective date of election: {{DATE:10/01/2024}}
Terminal dx: ALS (G12.21). Related conditions: dysphagia, sialorrhea, resp insufficiency.
Attending physician chosen by beneficiary: {{NAME:Rashid Al-Tamimi}}, MD, NPI {{LICENSE:1285501976}}
[x] I understand that by electing hospice I waive Medicare payment for care related to my terminal illness other than by the hospice.
[x] I have received the Patient Notification of Hospice Non-covered Items (addendum) -- declined on {{DATE:9/30/24}}.
[x] I understand I may revoke at any time.
Signature of beneficiary: unable (ALS); signed by representative
Representative: {{NAME:Desmond Mbeki}} (spouse, DPOA)  {{ADDRESS:610 Elm Row}}, {{LOCATION:Lindsborg}} KS {{ZIP:67456}}  phone {{PHONE:785-555-0122}}
Witness: {{NAME:Sigrid Lundquist}}, RN   Date signed: {{DATE:09-30-2024}}
Form rec'd in intake {{DATE:10/01/24 0912}} -- {{NAME:MR}}`,
  `DNR / POLST VERIFICATION -- home visit checklist
pt: {{NAME:Vu Thi Lan}}   age {{AGE:97}}   MRN {{MRN:SVH220156}}   date {{DATE:2024-08-14}}
[x] POLST form (pink) located -- on refrigerator under magnet from {{FACILITY:Lotus Garden Restaurant}}
    Section A: DNR     Section B: comfort-focused    Section C: no artificial nutrition
    signed by pt's physician Dr. {{NAME:Tran}} -- wait, signature reads "{{NAME:H. Trinh}}, MD", dated {{DATE:6/02/2023}}
    signed by legally recognized decisionmaker: {{NAME:Nguyen Van Binh}} (son)
[x] copy to chart, scanned as {{ID:DOC-8812044}}
[x] Vial of Life envelope updated
[ ] EMS agency notified -- {{LOCATION:Garden Grove}} FD uses state registry; reg # {{ID:CA-POLST-7731-0925}}
[x] family educated: call hospice first, not 911 -- hospice 24/7 line {{PHONE:714-555-0166}}
Interpreter: Vietnamese via phone, interpreter ID {{ID:40772}}. Son {{NAME:Binh}} and daughter-in-law {{NAME:Mai}} present; granddaughter {{NAME:Jenny Nguyen}} ({{EMAIL:jnguyen.family@mailbox-example.net}}) asked for copies emailed.
note: family prefers pt's name as "Bà {{NAME:Lan}}". Cultural: want to be at home, monk from {{FACILITY:Chùa Phước Huệ}} to visit near end.
-- {{NAME:Kristin Aldana-Poe}} RN`,
  `[SecureChat export]  thread: {{NAME:Okonkwo}} / {{NAME:Brandt}} / {{NAME:Saldaña}}
{{DATE:11/19/24 08:02}} {{NAME:Greta Brandt}} RN: morning. heads up {{NAME:Ezekiel Pham}} (rm at {{FACILITY:Brookhollow Memory Care}}, bed 12B) had a fall overnight per facility, no injury. they want us to eval
08:05 {{NAME:Ifeoma Okonkwo}} CM: ok can u go before 10? family ({{NAME:Linh}}) is furious, she left me 2 vm
08:06 {{NAME:Greta Brandt}} RN: yes after Mrs {{NAME:Abernathy}} on {{ADDRESS:Poplar Ave}} 
08:11 {{NAME:Tomás Saldaña}} SW: fyi {{NAME:Linh}}'s cell is {{PHONE:214-555-0191}} not the one in chart. she's at work at {{FACILITY:Plano Westgate ISD}} till 3
08:12 {{NAME:Ifeoma Okonkwo}} CM: ty updating. greta also pls check his hip, he was on the Hoyer last wk
09:47 {{NAME:Greta Brandt}} RN: seen. skin tear L forearm 2cm, steri-stripped. no hip pain ROM fine. bed alarm on. facility DON {{NAME:Cheryl}} agrees to floor mat
09:49 {{NAME:Tomás Saldaña}} SW: 👍 i'll call linh at lunch
09:50 {{NAME:Ifeoma Okonkwo}} CM: thank u. note pls. also {{NAME:EP}} recert due {{DATE:11/27}}, dr {{NAME:Gallo}} f2f sched {{DATE:11/25}}
--end--`,
  `VOICEMAIL TRANSCRIPT (auto) -- hospice main line -- rec'd {{DATE:01/06/2025 06:48}}
"Hi, um, this is {{NAME:Patrice}}, {{NAME:Patrice Okafor-Lindgren}}, I'm calling about my father, {{NAME:Gunnar Lindgren}}, he's one of your patients, date of birth is {{DATE:March 3rd, 1929}}. He's been, uh, he hasn't peed since yesterday afternoon and his belly looks kind of swollen? The nurse {{NAME:Jolene}} was here on Friday... uh... she said to call if this happened. We're at {{ADDRESS:2021 Whitetail Drive}} in {{LOCATION:Stillwater}}. My number is {{PHONE:651-555-0147}}, or my husband {{NAME:Chidi}}'s cell is {{PHONE:651-555-0119}}. Also the oxygen thing is beeping, the, the concentrator, it says E... E-something. The sticker on it says, uh, {{DEVICE:SN 2219-KT-40581}}? Okay. Thank you. Bye."
-- Triage: {{NAME:Rosalind Achterberg}} RN returned call 0653. Likely urinary retention. Dispatched {{NAME:Jolene Vasquez-Redbird}} RN for straight cath / possible Foley, order from Dr. {{NAME:Nakamura}} obtained 0701. Called {{FACILITY:North Star Respiratory}} ({{PHONE:800-555-0131}}) re: concentrator alarm, swap today. -{{NAME:RA}}`,
  `HOME HEALTH AIDE VISIT RECORD
Agency: {{FACILITY:Kind Hands Home Care}}    Aide: {{NAME:Precious Mhlanga}}, CNA  (cert {{LICENSE:CNA-488173}})
Client: {{NAME:Dorothea "Dot" Van Vleet}}    Client #: {{MRN:KH-10458}}
Week of {{DATE:Feb 10 2025}}   Supervisor: {{NAME:Lynette Oduya}} RN
DATE    IN    OUT   TASKS
{{DATE:2/10}}   0900  1000  bed bath, hair wash w/ no-rinse cap, lotion, linen change, oral care
{{DATE:2/12}}   0915  1010  shower chair, nails, skin check - red area R heel, told {{NAME:Lynette}}
{{DATE:2/14}}   0905  1000  bed bath, shave legs per {{NAME:Dot}}, painted nails red "for Valentine's", ate 1/2 muffin
NOTES: {{NAME:Dot}}'s son {{NAME:Pieter}} there Wed, he asked me to use the Hoyer, I said I need 2 people. Called office. {{NAME:Dot}} sang the whole time Fri. She said she turned {{AGE:99}} on {{DATE:Jan 30}} and wants to make 100.
EVV check-in GPS ok at {{ADDRESS:16 Schuyler Pl}}, {{LOCATION:Kinderhook}}.
Client/rep signature: {{NAME:P. Van Vleet}}
Aide signature: {{NAME:P. Mhlanga}}   Reviewed {{NAME:LO}} {{DATE:2/17/25}}`,
  `PHYSICAL THERAPY EVALUATION -- HOME HEALTH
{{FACILITY:Cascadia Home Health Partners}}     Visit date {{DATE:07/09/2024}}    Time in 1030 out 1135
Patient: {{NAME:Sørensen, Kirsten A.}}    MRN: {{MRN:CHHP-562081}}   DOB: {{DATE:05/12/1931}}  ({{AGE:93}}F)
Referring MD: Dr. {{NAME:Adebayo}}, {{FACILITY:Evergreen Hills Orthopedics}}
Dx: s/p L hemiarthroplasty {{DATE:6/28/24}} after fall at home; OA; HTN.
Home: 2-story at {{ADDRESS:914 Fauntleroy Way SW}}, {{LOCATION:Seattle}} {{ZIP:98136}}; 3 entry steps w/ R rail, bedroom moved downstairs. Lives w/ husband {{NAME:Aksel}} ({{AGE:95}}) -- he uses a cane, limited physical assist. Daughter {{NAME:Marit}} visits from {{LOCATION:Bellevue}} weekends.
Precautions: posterior hip -- no flexion >90, no IR, no crossing legs.
Objective: TUG 31 s w/ FWW; 30s chair stand 3; Berg 29/56; 4-stage balance: unable tandem. Gait 40 ft FWW min A, step-to. Pain 4/10 L hip. 
Assessment: high fall risk. Good rehab potential; pt motivated ("I will dance at {{NAME:Ingrid}}'s wedding on {{DATE:Oct 12}}").
Plan: PT 3w2, 2w3. HEP issued. Recommend raised toilet seat + tub bench, ordered from {{FACILITY:Puget Sound Mobility Supply}}.
{{NAME:Daniel Kaʻaihue}}, PT, DPT   WA lic {{LICENSE:PT60477812}}`,
  `OT VISIT NOTE -- HH     pt: {{NAME:Abdi, Hawa Mohamed}}   {{MRN:0613390}}     date: {{DATE:25 Nov 2024}}
S: Pt reports "tired but ok." Dtr-in-law {{NAME:Sahra}} interpreting Somali (pt prefers family, declined {{FACILITY:LanguageBridge}} phone line, documented).
O: Pt seen in apt at {{ADDRESS:2920 Cedar Ave S, #412}}, {{LOCATION:Minneapolis}}, MN {{ZIP:55407}}. 4th floor, elevator works (was broken {{DATE:11/18}}-{{DATE:11/20}}, pt missed appt at {{FACILITY:Riverside Cedar Clinic}}).
- UB dressing: mod I w/ adaptive technique (hijab donning w/ L hand after CVA)
- Toilet transfer: CGA w/ grab bar -- bar installed by son {{NAME:Abdirahman}} {{DATE:11/21}}, secure
- Shower: declines, prefers sponge bath, respects modesty, female OT only (pt request)
- Kitchen: standing tolerance 4 min, seated work for injera prep
- MoCA 19/30 (in English via interpreter; limited validity)
A: progressing toward goals, ADL ~70% independent. R hemiparesis 3+/5.
P: cont OT 2w2. Order reacher, long-handled sponge. Next visit {{DATE:Mon 12/2}}. Coordinate w/ PT {{NAME:Jovan}}. Email sent to CM {{EMAIL:l.fairbanks@northstarhh.example.com}}.
Pt's cell {{PHONE:612-555-0135}}, {{NAME:Sahra}} {{PHONE:612-555-0158}}.
--{{NAME:Magdalena Wrzesińska}}, OTR/L`,
  `WOUND CARE -- SN visit {{DATE:6/3/2025}}
{{NAME:Boateng, Kwabena}}  / {{MRN:HC7781204}} / {{AGE:91}} M / payer: Medicare + {{FACILITY:Ghana Union of Philadelphia}} mutual aid (not insurance)
Location: {{ADDRESS:5519 Catharine St}}, {{LOCATION:Philadelphia}} {{ZIP:19143}}
Wound #1 sacrum, Stage 4 (first documented {{DATE:3/11/25}} at {{FACILITY:Kingsessing Rehab & Nursing}}):
  L 6.2 x W 4.8 x D 2.1 cm, undermining 1.5 cm at 12 o'clock, tunneling 2 cm at 3
  bed 60% granulation / 40% yellow slough, mod serosang drainage, no odor
  periwound macerated
  tx: cleansed NS, Dakin's 0.125% moistened gauze packing, ABD, change daily + prn
Wound #2 R heel unstageable, eschar stable dry -> leave open, offload w/ boot
Photos taken per protocol, uploaded as {{PHOTO:KB_sacrum_060325_01.jpg}} (wound only, no face)
Pain: premedicated w/ oxycodone 5 mg 30 min prior, PAINAD 2 during
Nutrition: prostat bid, wife {{NAME:Akosua}} makes light soup; alb 2.6 ({{DATE:5/28}})
Support surface: low-air-loss mattress, serial {{DEVICE:LAL-9043-22761}}, settings ok
Teaching: turn q2h, grandson {{NAME:Kofi}} does nights. 
Notified wound MD Dr. {{NAME:Asante-Lindqvist}} via fax {{FAX:215-555-0186}}.
{{NAME:Marguerite Obi}}, RN, CWOCN`,
  `IDG MEETING -- {{DATE:Wednesday 2/19/2025}} -- Team Blue ({{LOCATION:Lancaster}}/{{LOCATION:Lebanon}} counties)
present: Dr {{NAME:Hochstetler}} (MD), {{NAME:Ramona Schaeffer}} RN CM, {{NAME:T. Nakashima}} MSW, Ch. {{NAME:Ebersole}}, {{NAME:Lin}} (vol coord), {{NAME:Ivette}} (bereav)
1) {{NAME:ZOOK, Amos}} 88M -- ESLD. Amish, {{ADDRESS:231 Mill Creek School Rd}}, {{LOCATION:Bird-in-Hand}}. Declines phone in home; family uses neighbor {{NAME:Yoder}}'s phone shanty {{PHONE:717-555-0128}}. Stable. Recert {{DATE:3/4}}. Cont POC.
2) {{NAME:Delgado-Brandt, Yolanda}} 67F -- pancreatic ca, pain ↑, methadone titration per Dr {{NAME:H}}. Son {{NAME:Mateo}} stressed. SW to visit {{DATE:2/21}}.
3) {{NAME:Fairweather, Edith}} {{AGE:102}}F -- FTT, in {{FACILITY:Millport View Personal Care}} rm 204. PPS 30%. Likely transitioning, family notified. Vigil vols requested.
4) {{NAME:Okeke, Samuel}} 74M -- CHF. Revoked {{DATE:2/14}} to pursue LVAD eval at {{FACILITY:Derry Township Heart Pavilion}}. d/c from svc.
5) {{NAME:Martin, "Jimmy" James}} 81M -- died {{DATE:2/16}} 2210, home. Bereav: wife {{NAME:Eileen}}, high risk (hx depression). {{NAME:Ivette}} to call {{DATE:2/20}}.
6) new admits: {{NAME:Gómez, Rafaela}} ({{DATE:2/17}}), {{NAME:Schlabach, Menno}} ({{DATE:2/18}}).
minutes {{NAME:RS}}/{{NAME:tn}}`,
  `Volunteer visit report   vol: {{NAME:Beverly "Bev" Castellano-Roos}}   vol ID {{ID:V-0417}}
Patient/family: {{NAME:Whitaker}} household -- pt {{NAME:Harlan Whitaker}}, wife {{NAME:June}}
Date: {{DATE:8-15-24}}   Time: 1:00-3:30 pm   Type: respite / companionship
Address: {{ADDRESS:RR 2 Box 118}}, {{LOCATION:Wheeling}} (the green house past the {{FACILITY:Bethany Pike Feed & Seed}})
What we did: {{NAME:June}} went to her hair appt at {{FACILITY:Curl Up & Dye}} in town and to {{FACILITY:Kroll's Pharmacy}} to pick up his meds. {{NAME:Harlan}} and I watched the Pirates game. He told me about working 31 yrs at the {{FACILITY:Ohio Valley Tin Plate}} and about his brother {{NAME:Cletus}} who died in Korea. He ate some applesauce and half a Boost. Dozed from 2:15. Breathing sounded a little "rattly" when asleep -- I told {{NAME:June}} when she got home and she said she'd call the nurse.
Any concerns: {{NAME:June}} seems worn out, she said "I haven't slept a full night since Memorial Day." Might need more help.
Next visit: {{DATE:Thurs Aug 22}} same time.
Mileage: 24 mi.
Signed {{NAME:Bev C-R}}    Reviewed by vol coord {{NAME:Noor Haddadin}} {{DATE:8/16/24}}`,
  `MUSIC THERAPY SESSION NOTE          {{DATE:05/21/2024}}
Client: {{NAME:Irving Feldblum}}   age {{AGE:94}}   {{FACILITY:Shalom Hearth Hospice}} pt # {{MRN:SHH-33017}}
Setting: home, {{ADDRESS:3300 S Ocean Blvd, Apt 1107}}, {{LOCATION:Highland Beach}}, FL {{ZIP:33487}}
Present: pt, wife {{NAME:Sylvia}}, home aide {{NAME:Marie-Ange Désir}} (private hire, {{FACILITY:Sunrise Caribbean Caregivers}})
Goals: anxiety reduction, life review, legacy.
Interventions: live guitar + voice, pt-preferred music (Yiddish folk, Sinatra). Pt sang along to "Tumbalalaika" and cried, said his mother sang it in {{LOCATION:Białystok}}. Song-writing: began legacy song for granddaughter {{NAME:Rivka}}'s bat mitzvah ({{DATE:June 8}}) -- pt chose lyrics "you are my little apple." Recorded on agency tablet, file {{ID:MT-REC-0521-02}}, will give family a copy.
Response: RR 24 -> 18, pt smiled, {{NAME:Sylvia}} held his hand throughout. Pt stated "that's the best day this week."
Plan: weekly, next {{DATE:5/28}}. Cc: Rabbi {{NAME:Avigdor Tal}} of {{FACILITY:Congregation Beth Emunah}} (family asked he be kept informed).
{{NAME:Sunniva Castellanos}}, MT-BC`,
  `CONTINUOUS HOME CARE -- hourly log (crisis: uncontrolled pain/agitation)
Pt {{NAME:Al-Masri, Khalil}}  {{MRN:MH-557120}}   home: {{ADDRESS:1200 Lakeview Ter}}, {{LOCATION:Dearborn}}
CHC start {{DATE:04/14/2025 20:00}}, RN {{NAME:Sameera Qureshi}}; LPN {{NAME:Dwayne Pelletier}} from 0000
2000 pain 8/10 grimacing, moaning. morphine 5 mg SQ bolus via CADD pump (serial {{DEVICE:CADD-SOL-1004472}}) + basal ↑ 2->3 mg/h per Dr {{NAME:Haddad}} VO. Wife {{NAME:Rana}} at bedside reciting Quran.
2100 pain 5/10. restless. haloperidol 1 mg SQ.
2200 pain 3/10, resting. sons {{NAME:Omar}} and {{NAME:Yousef}} arrived from {{LOCATION:Windsor}}, ON.
2300 calm. mouth care. repositioned L side.
0000 report to LPN. RR 22, HR 118.
0100 restless, picking at air. lorazepam 1 mg SQ. 
0200 sleeping. 
0300-0500 stable, pain 2/10 (PAINAD). family sleeping in shifts.
0600 report to RN. Imam {{NAME:Hassan Bazzi}} of {{FACILITY:Islamic Center of Warren Avenue}} coming 0900 per family.
0800 CHC criteria still met (>50% nursing). continue. 
-- {{NAME:SQ}} / {{NAME:DP}}    day 1 of CHC; billing ref {{ACCOUNT:CHC-2025-04-0991}}`,
  `INPATIENT RESPITE -- TRANSFER NOTE
from home to {{FACILITY:Lakeshore Hospice Residence}}, {{LOCATION:Racine}}, WI
pt: {{NAME:Kowalczyk, Stanisława ("Stella")}}    DOB {{DATE:1/14/1930}}     {{AGE:95}}F
hospice id {{MRN:LHR-201188}}   MA: {{HEALTH_PLAN:MA2200481955}}
transfer {{DATE:Fri 3/21/25 1300}} via {{FACILITY:Kenosha Wheelchair Van Co}}, van #7
reason: caregiver respite (daughter {{NAME:Bożena}} having knee surgery at {{FACILITY:Lakeview-Fieldbrook Orthopedic}} {{DATE:3/24}})
expected return: {{DATE:3/26}} (5 days max per benefit)
meds sent in original bottles: 
  - fentanyl patch 25 mcg q72h, last changed {{DATE:3/20}} 0900 (L upper back)
  - oxycodone 5mg/5mL soln prn
  - trazodone 50 hs
  - docusate
code status DNR. allergies: PCN (hives), sulfa.
belongings: glasses, rosary, dentures (upper), photo of late husband {{NAME:Tadeusz}}.
emergency contacts: {{NAME:Bożena Kowalczyk-Reyes}} {{PHONE:262-555-0177}}; son {{NAME:Marek}} in {{LOCATION:Kraków}} {{PHONE:+48 12 555 0142}} (WhatsApp)
report called to charge RN {{NAME:Aaliyah}} at residence {{PHONE:262-555-0100}} 1215.
{{NAME:Nicolette Brandvold}} RN`,
  `HOSPICE DISCHARGE -- NO LONGER TERMINALLY ILL ("extended prognosis")
Pt {{NAME:Thorne, Winifred L.}}     MRN {{MRN:00389214}}     admitted {{DATE:06/03/2023}}     d/c {{DATE:02/29/2024}}
Dx at admit: Alzheimer's dementia FAST 7a. Now: FAST 6d-e, wt gain 11 lb over 2 benefit periods, eating 75-100%, walking w/ walker at {{FACILITY:Fernbrook Gardens Assisted Living}}, {{ADDRESS:880 Wexford Blvd}}, {{LOCATION:Greenville}} SC.
IDG ({{DATE:2/21/24}}) and Dr. {{NAME:Pemberton-Oakes}} determined pt no longer meets LCD. Face-to-face by NP {{NAME:Ines Carvalho}} {{DATE:2/16/24}}. 
Notice of Medicare Non-Coverage delivered {{DATE:2/27/24}} to pt and POA niece {{NAME:Lavinia Thorne-Mackey}} ({{PHONE:864-555-0160}}); she verbalized understanding, did not request expedited review by the QIO.
Transition: referred to {{FACILITY:Upstate Palliative Connections}} (community palliative), first visit {{DATE:3/7}}; PCP Dr. {{NAME:Oluwaseun Adeyemi}} notified by fax {{FAX:864-555-0193}}.
Meds: donepezil d/c'd by hospice previously; PCP to decide. Current: sertraline 50, acetaminophen 650 bid.
Family told they may re-elect hospice any time.
{{NAME:Sharlene Wofford}}, RN, Clinical Manager   /  {{NAME:SW}}:{{NAME:bk}}`,
  `REVOCATION OF HOSPICE BENEFIT
I, {{NAME:Dimitrios Papadakis}}, Medicare beneficiary # {{HEALTH_PLAN:2PD8-MR1-CN46}}, revoke my election of the Medicare hospice benefit with {{FACILITY:Aegean Gardens Hospice}} effective {{DATE:08/09/2024}}.
Reason (optional): wish to pursue chemotherapy ("FOLFIRINOX") at {{FACILITY:Tarpon Springs Oncology Institute}} with Dr. {{NAME:Maragos}}.
I understand that I give up the remaining days in this benefit period ({{DATE:7/19/24}} - {{DATE:10/16/24}}), and that standard Medicare coverage resumes on the effective date.
Beneficiary signature: {{NAME:D. Papadakis}}          Date: {{DATE:8/8/24}}
Witness: {{NAME:Elpida Papadakis}} (wife)
------- hospice use -------
RN {{NAME:Caridad Montalvo}} visit {{DATE:8/8}}: pt alert, oriented, decision informed, not coerced. Discussed risks. Pt and wife aware they may re-elect. 
NOA/NOTR to MAC filed {{DATE:8/12/24}}, conf # {{ID:NOTR-45521870}}.
DME pickup {{DATE:8/10}} from {{FACILITY:Gulf Breeze Home Medical}}, bed serial {{DEVICE:HB-7702-11834}}. 
Pharmacy profile closed at {{FACILITY:Anclote Apothecary}}.
Records faxed to oncology {{FAX:727-555-0174}}.
Revocation entered by {{NAME:CM}} {{DATE:08/09/2024 10:22}}.`,
  `INTER-AGENCY TRANSFER SUMMARY (HH -> Hospice)
From: {{FACILITY:Blue Ridge Visiting Nurses}}, {{LOCATION:Boone}} NC   To: {{FACILITY:High Country Hospice}}
Patient: {{NAME:Huffman, Ollie Mae}} -- preferred "Miss {{NAME:Ollie}}"    DOB {{DATE:09/09/1928}}    AGE {{AGE:96}}
HH MRN {{MRN:BRVN-88140}} / HH SOC {{DATE:10/30/24}} / HH d/c {{DATE:12/11/24}}
Address: {{ADDRESS:1442 Meat Camp Rd}}, {{LOCATION:Todd}}, NC {{ZIP:28684}}, {{LOCATION:Watauga County}}. Gravel drive, 4WD in snow.
Summary: Admitted HH after hosp for PNA at {{FACILITY:Watauga Laurel Medical Ctr}}. Declining despite PT; 2 falls; now chair/bedbound; intake poor. Family meeting {{DATE:12/9}} -- grandson {{NAME:Jesse Huffman}} (POA, works at {{FACILITY:Appalachian Hardwood Mill}}) chose hospice.
Last vitals {{DATE:12/11}}: BP 98/56, HR 104, SpO2 91% RA.
Skin: Stage 2 coccyx 1x1 cm, foam dressing.
Meds: see attached list (11 items); note she takes "sassafras tea" nightly.
Lines/devices: none. Has a Life Alert-type pendant, acct {{ACCOUNT:LA-0044819}}.
Contacts: {{NAME:Jesse}} {{PHONE:828-555-0114}}, neighbor {{NAME:Verlie Shook}} {{PHONE:828-555-0150}}.
HH RN: {{NAME:Brandi Greer}}, RN  {{EMAIL:bgreer@blueridgevn.example.org}}`,
  `NOTICE OF MEDICARE NON-COVERAGE
Patient name: {{NAME:Esther Oyelaran}}               Patient number: {{MRN:CHH-404471}}
THE EFFECTIVE DATE COVERAGE OF YOUR CURRENT HOME HEALTH SERVICES WILL END: {{DATE:November 15, 2024}}
Your Medicare provider and/or health plan have determined that Medicare probably will not pay for your current skilled nursing and physical therapy services after the effective date indicated above.
You may have to pay for any services you receive after the above date.
Your Right to Appeal This Decision: call your Quality Improvement Organization no later than noon of the day before the effective date.
Plan contact information: Heritage Senior Advantage, member ID {{HEALTH_PLAN:HSA-X9920417-01}}
Additional information: Goals met. Pt independent w/ walker in home, wound healed {{DATE:11/6}}.
Agency: {{FACILITY:Cumberland Hearth Home Health}}, {{ADDRESS:220 Riverfront Pkwy}}, {{LOCATION:Chattanooga}}, TN {{ZIP:37402}}, {{PHONE:423-555-0108}}
Please sign below to indicate you received and understood this notice.
Signature of Patient or Representative: {{NAME:Esther Oyelaran}}     Date: {{DATE:11/13/2024}}
-- delivered in person by {{NAME:Cordelia Haskins}}, PTA, at {{ADDRESS:47 Signal Mountain Blvd}}; daughter {{NAME:Toyin}} present and asked that a copy be emailed to {{EMAIL:toyin.oyelaran@inbox-example.com}}. Done {{DATE:11/13}} 1620. -{{NAME:CH}}`,
  `REFERRAL INTAKE -- phone      rec'd {{DATE:7/1/24 10:14}}      taken by {{NAME:Maribel}} (intake)
Referral source: {{NAME:Nathaniel Ibarra}}, RN case mgr, {{FACILITY:St. Columba Regional Hospital}} 5 West, {{PHONE:505-555-0145}} x 3321, fax {{FAX:505-555-0146}}
Pt: {{NAME:Begay, Loretta}}  DOB {{DATE:1932-12-04}}  ({{AGE:91}})  hosp acct {{ACCOUNT:SCR-6620018745}}
Dx: metastatic gastric ca, declines further tx. Wants to go home to die.
Home: {{LOCATION:Lukachukai}} chapter, {{ADDRESS:N-13 mile 4.5, HC 61 Box 2204}}, {{LOCATION:Apache County}}. No running water; power yes. Dirt road, washboard; use high clearance.
Family: dtr {{NAME:Rose Begay-Tso}} (cell {{PHONE:928-555-0181}}, spotty coverage), grandson {{NAME:Tyrell}}. Traditional healer visiting -- family asks team respect ceremony, no visits during.
Insurance: Medicare {{HEALTH_PLAN:6RA1-QM8-TB73}}, IHS eligible, Medicaid {{HEALTH_PLAN:AZ-NA-0081523}}.
Physician: Dr. {{NAME:Yellowhorse}} at {{FACILITY:Round Rock Mesa Health Station}} agrees to be attending.
D/c planned {{DATE:7/3}}; transport by {{FACILITY:Diné Mesa Medical Transport}}.
Needs: hosp bed, O2 (concentrator needs power -- generator backup?), comfort kit. Nurse from {{LOCATION:Chinle}} office.
Accepted -- eligibility confirmed {{DATE:7/1}} 1130. -{{NAME:MB}}`,
  `pharmacy call -- {{DATE:Dec 23}} 1540
called {{FACILITY:Hollis & Pike Community Pharmacy}} {{PHONE:(207) 555-0123}}, spoke to RPh {{NAME:Yusuf}}
re: pt {{NAME:Gagnon, Réjean}} DOB {{DATE:06/17/1941}}  Rx# 221-0098 (hydromorphone 2mg) -- needs early refill, family says 14 tabs "disappeared" after grandson's visit. 
RPh says last fill {{DATE:12/9}}, #60, controlled, can't early fill w/o new Rx + note. PDMP checked: no other prescribers. 
-> called Dr. {{NAME:Thériault}} (hospice MD) {{PHONE:207-555-0140}} -- will send new e-Rx #42 for 7 days, DEA {{LICENSE:BT4418206}}; asked RN to set up lockbox.
-> lockbox delivered {{DATE:12/23}} 1800, biometric model, enrolled wife {{NAME:Lise Gagnon}} -- fingerprint template id {{BIOMETRIC:FPT-00718-LG}}; code backup given to dtr {{NAME:Chantal}} only.
-> SW {{NAME:Harmony Pelkey}} to address diversion concern w/ family {{DATE:12/26}}.
-> police report? wife declined. documented.
Refill req # {{ID:RR-2025-10447}}. Pharmacy will deliver via their courier to {{ADDRESS:19 Rue Frontenac Rd}}, {{LOCATION:Lewiston}} ME {{ZIP:04240}} by 1900.
{{NAME:ABK}} RN, on call`,
  `INR -- phone call     {{DATE:Tue 01/14/2025}}
Pt {{NAME:Ruiz-Ferreira, Aurelio}}  HH {{MRN:HH0078816}}
INR 4.6 (POC drawn at home by RN {{NAME:Tomasz}} 0930, CoaguChek strip lot 44178)
Called PCP office: {{FACILITY:Westlake Family Medicine}}, spoke w/ {{NAME:Bree}} MA, then Dr. {{NAME:Okonjo}} on phone 1045.
Orders: hold warfarin {{DATE:1/14}} and {{DATE:1/15}}, resume 2.5 mg daily {{DATE:1/16}} (was 5 mg M/W/F, 2.5 other days). Recheck INR {{DATE:Fri 1/17}}. Bleeding precautions reviewed. No bleeding, no falls.
Pt recently started Bactrim by urgent care (at {{FACILITY:QuickCare Lorain}} {{DATE:1/8}}) -> likely interaction. Notified pharmacy {{FACILITY:Elyria Main St Drug}}.
Pt's wife {{NAME:Graça}} speaks Portuguese; granddaughter {{NAME:Sofia}} interpreted by phone {{PHONE:440-555-0124}}.
Order #{{ID:ORD-8830417}} entered, sent for MD e-signature.
{{NAME:T. Zielinski}} RN  /  {{NAME:tz}}`,
  `REMOTE PATIENT MONITORING -- export ({{FACILITY:HeartPath Telehealth}})  report run {{DATE:2024-09-30 07:15}}
patient: {{NAME:LINDQVIST, ARVID}}   pt id {{MRN:RPM-4471203}}   program: CHF
hub: tablet kit T-200, serial {{DEVICE:T200-88415-C}}, last sync from IP {{IP:198.51.100.47}}
scale serial {{DEVICE:BS-7719-04423}}   BP cuff serial {{DEVICE:BPC-3310-99871}}
date        wt(lb)  BP       HR  SpO2  sx-score
{{DATE:09/26}}   181.4   128/74   72  95    1
{{DATE:09/27}}   182.0   132/78   75  94    1
{{DATE:09/28}}   184.6   138/82   81  93    3 *
{{DATE:09/29}}   186.2   140/84   88  91    4 **ALERT wt +4.8 lb/72h
{{DATE:09/30}}   --      --       --  --    no reading
alert rec'd by {{NAME:Oksana Hrytsenko}}, RN 0721 -- called pt {{PHONE:320-555-0170}} no answer; called wife {{NAME:Birgitta}} {{PHONE:320-555-0129}}: pt "puffy," SOB on stairs. Per protocol extra furosemide 40 mg x1, SN visit today. Notified Dr {{NAME:Amundsen}} at {{FACILITY:Lakes Country Cardiology}}. Next portal login {{URL:https://portal.heartpath-example.com/p/4471203}}.
pt's home: {{ADDRESS:71 Lakeshore Dr N}}, {{LOCATION:Alexandria}} MN. -{{NAME:OH}}`,
  `From: {{NAME:Miriam Adebayo-Stein}} <{{EMAIL:miriam.as@quickmail-example.org}}>
Sent: {{DATE:Sunday, June 22, 2025 11:47 PM}}
To: {{EMAIL:intake@cedarlighthospice.example.org}}
Cc: {{EMAIL:d.stein.law@counsel-example.com}}
Subject: my father -- {{NAME:Leopold Stein}}, pt # {{MRN:CLH-19004}}

Hello,
I'm writing late, sorry. My father {{NAME:Leo}} is on your service at his home at {{ADDRESS:8 Orchard Lane}}, {{LOCATION:Chappaqua}}. Your nurse {{NAME:Tenzin}} was wonderful Friday but I have some questions I didn't want to ask in front of Dad:

1. How will we know it's close? He's sleeping almost all day since {{DATE:6/19}}.
2. My brother {{NAME:David}} (cc'd) is flying in from {{LOCATION:Tel Aviv}} on {{DATE:June 26}}. Should he come sooner?
3. Dad wants a Jewish burial within 24 hrs. We've spoken with {{FACILITY:Chesed Shel Emet Memorial Chapel}} in {{LOCATION:White Plains}}. Does the hospice call them or do we?
4. Can someone sit with him (shmira) after? The chevra kadisha from {{FACILITY:Temple Beth Or of the Hudson}} said they can send someone.

My cell is {{PHONE:914-555-0187}}. Thank you for everything.
{{NAME:Miriam}}

--- reply sent by {{NAME:Yeshe Dolkar}} RN CM {{DATE:6/23/25 0812}}; called {{NAME:Miriam}} 0830.`,
  `ON-CALL / WEEKEND CENSUS  -- {{LOCATION:Yakima}} office  -- wknd {{DATE:10/5}}-{{DATE:10/6}}
RN on call: {{NAME:Esperanza "Espy" Villarreal}} pager {{PHONE:4417}}  backup {{NAME:Cody Runningwolf}} {{PHONE:509-555-0172}}
PT NAME               | MRN        | TOWN          | ISSUES / NOTES
{{NAME:Alvarado, Teodoro}}     | {{MRN:YH-20211}} | {{LOCATION:Wapato}}        | imminent, fam at bedside; FH = {{FACILITY:Valley Hills Funeral}}
{{NAME:Bickford, Marjorie}}    | {{MRN:YH-20377}} | {{LOCATION:Selah}}         | {{AGE:93}}, new admit {{DATE:10/3}}, comfort kit not yet delivered!!
{{NAME:Chee, Harrison}}        | {{MRN:YH-20399}} | {{LOCATION:Toppenish}}     | O2 vendor swap sat, gate code 4471#
{{NAME:Dunnigan, Pat}}         | {{MRN:YH-20403}} | {{LOCATION:Yakima}}        | (goes by {{NAME:Pat}}) CADD pump alarms -- {{DEVICE:CADD-44107}}
{{NAME:Estrada-Kimura, Naomi}} | {{MRN:YH-20415}} | {{LOCATION:Sunnyside}}     | dtr {{NAME:Keiko}} anxious, likes a Sat call {{PHONE:509-555-0131}}
{{NAME:Fenwick, O.}}           | {{MRN:YH-20422}} | {{LOCATION:Naches}}        | lives at {{FACILITY:Pine Hollow Adult Family Home}}
{{NAME:Greywolf, Leonard}}     | {{MRN:YH-20430}} | {{LOCATION:White Swan}}    | rez roads, call before, dog
Reminders: Hoyer at {{NAME:Bickford}}; Foley change due {{NAME:Chee}} {{DATE:10/6}}. Report to {{NAME:Darcy}} Mon 0800. -{{NAME:EV}}`,
  `VISIT FREQUENCY / CALENDAR -- SN, HHA, MSW   (posted on pt's fridge)
{{NAME:Pearl Adjei-Mensah}}    {{ADDRESS:3 Colonial Ct}}, {{LOCATION:Hamden}} CT
Questions? call {{FACILITY:Elm City Visiting Nurse Assoc}} {{PHONE:203-555-0193}}  (after hrs {{PHONE:203-555-0194}})

MAY 2025
 Mon {{DATE:5/5}}  Nurse {{NAME:Rochelle}} ~10am
 Tue {{DATE:5/6}}  Aide {{NAME:Ana}} 9-10  
 Thu {{DATE:5/8}}  Aide {{NAME:Ana}} 9-10; Social worker Mr. {{NAME:Kofi Darko}} 2pm
 Fri {{DATE:5/9}}  --
 Mon {{DATE:5/12}} Nurse {{NAME:Rochelle}} (blood draw, fasting!!)
 Tue {{DATE:5/13}} Aide {{NAME:Ana}}
 Wed {{DATE:5/14}} Dr. {{NAME:Imani Sterling}} home visit (cardiology, from {{FACILITY:Whitney Ave Heart Group}})
 Thu {{DATE:5/15}} Aide {{NAME:Ana}}; PT {{NAME:Glenn}} eval 1pm
pharmacy: {{FACILITY:Dixwell Ave Apothecary}} {{PHONE:203-555-0126}}
son {{NAME:Kwame}} {{PHONE:203-555-0162}} -- daughter {{NAME:Efua}} (works days at {{FACILITY:Quinnipiac Valley Savings Bank}})
Nurse note: please leave the BP log out on the table. Bring Medicare card and the plan card ("Nutmeg Advantage"), member {{HEALTH_PLAN:NMA-0042281937}}.`,
  `SUPPLY ORDER -- hospice      order #{{ID:SO-71124-066}}     date {{DATE:11/12/24}}
ship to: {{NAME:Okafor, Chiamaka}} c/o {{NAME:Ifeanyi Okafor}}
{{ADDRESS:1908 Wendell Falls Pkwy, Apt 22C}}, {{LOCATION:Wendell}}, NC {{ZIP:27591}}
vendor: {{FACILITY:Carolina Piedmont Medical Distribution}} acct {{ACCOUNT:MLS-HOS-33018}}
qty  item                                     code
2    box briefs L (Tranquility-style)        A4520
1    bx underpads 23x36                       A4554
4    Mepilex Border 4x4                       A6212
2    tube barrier cream                       --
1    bx nitrile gloves M                      --
1    suction canister + Yankauer              --
1    pkg mouth swabs (toothettes)             --
2    Foley 16Fr 5cc kit                       A4351
requested by {{NAME:Renée Castonguay}} RN   approved {{NAME:J. Whitford}} (ops)
deliver by {{DATE:11/14}}; call {{NAME:Ifeanyi}} {{PHONE:919-555-0168}} 30 min prior, buzzer broken. Knock loud. If no answer leave w/ neighbor {{NAME:Bruno Ferrante}} at 22D.
order placed via vendor portal from {{IP:203.0.113.18}}.`,
  `OXYGEN SAFETY / EQUIPMENT CHECK -- quarterly
vendor: {{FACILITY:Big Sky Respiratory & Medical}}    tech: {{NAME:Cal Ridgeway}} (RT, lic {{LICENSE:MT-RCP-07218}})
pt: {{NAME:Bearcrane, Henrietta}}   acct {{ACCOUNT:BSR-118420}}   DOB {{DATE:02/02/1933}}
{{ADDRESS:1 Pryor Creek Rd}}, {{LOCATION:Pryor}}, MT {{ZIP:59066}} -- {{LOCATION:Crow Reservation}}
date: {{DATE:1-27-25}}
concentrator 5L, serial {{DEVICE:V5-1120-449031}}: hrs 14,211 -> PM done, filter changed, O2 purity 93% OK
portable POC, serial {{DEVICE:POC-G3-77014}}: battery 2 of 2 ok
backup cyl: 4 x E, 1 x H (H cyl {{DEVICE:H-AG-50882}})
humidifier bottle replaced; tubing 50 ft replaced -- trip hazard by woodstove, rerouted
SAFETY: woodstove 6 ft from concentrator -- moved to 10+ ft. Grandson {{NAME:Jaylen}} smokes on porch, educated re: no smoking w/in 10 ft, NO SMOKING sign posted. Smoke detector: none working -> left 2 new from county fire dept program.
Pt says she wants her oxygen off during the Sun Dance this summer... referred to hospice RN {{NAME:Maxine Old Coyote}} to discuss.
signature pt/rep: {{NAME:H. Bearcrane}}   tech: {{NAME:CR}}`,
  `INCIDENT REPORT -- PATIENT FALL (home)       Incident # {{ID:IR-2024-0872}}
Agency: {{FACILITY:Magnolia Crossing Home Health}}   Reported by: {{NAME:Lakisha Fontenot}}, LPN
Date/time of incident: {{DATE:08/03/2024 06:30}} approx (per family)   Date reported: {{DATE:08/03/2024 09:10}}
Patient: {{NAME:Beaulieu, Armand J.}}   DOB: {{DATE:12/25/1929}}   Age: {{AGE:94}}   MRN: {{MRN:MCH-31177}}
Location: bathroom, pt home, {{ADDRESS:602 Rue St. Charles}}, {{LOCATION:Opelousas}}, LA {{ZIP:70570}}
Description: pt got up w/o walker to urinate, slipped on wet floor, found by wife {{NAME:Marguerite}} seated on floor, "didn't hit my head." Wife + neighbor {{NAME:Curtis Lejeune}} assisted up. On visit: skin tear R elbow 3 cm, bruise R hip, ROM intact, no shortening/rotation, neuro checks WNL. Not on anticoagulant.
Physician notified: Dr. {{NAME:Castille}} ({{FACILITY:Bayou Teche Internal Med}}) {{DATE:8/3}} 0945, order: x-ray R hip via mobile imaging -- {{FACILITY:Acadian Portable X-Ray}}, req #{{ID:REQ-55802}}.
Family notified: son {{NAME:Armand Jr.}} ({{PHONE:337-555-0189}}).
Interventions: night-light, bedside urinal, non-skid mat, raised toilet seat ordered. PT re-eval {{DATE:8/5}}.
Follow-up: x-ray neg for fx ({{DATE:8/4}}). 
Reviewed: {{NAME:Corinne Ardoin}}, DON, {{DATE:8/6/24}}`,
  `CONFIDENTIAL -- ADULT PROTECTIVE SERVICES REFERRAL (copy for chart)
Date of report: {{DATE:3/17/2025}}    Reporter: {{NAME:Yolanda Ashcroft-Reyes}}, LCSW, {{FACILITY:Sierra Foothills Hospice}}, {{PHONE:530-555-0153}}
APS intake worker: Mr. {{NAME:Bautista}} -- intake ref #{{ID:APS-PL-25-004417}}
Alleged victim: {{NAME:Cordova, Eulalia}}   age {{AGE:92}}   {{ADDRESS:15 Gold Hill Rd}}, {{LOCATION:Grass Valley}} {{ZIP:95945}}
Alleged perpetrator: grandson {{NAME:Brent Cordova}}, ~30s, lives in home; drives a gray pickup, plate {{VEHICLE:7XKR294}} (CA).
Concerns: (1) financial -- pt's checking at {{FACILITY:Gold Country Miners Credit Union}} acct ending {{ACCOUNT:4471}} showed $6,800 in ATM withdrawals {{DATE:2/20}}-{{DATE:3/14}}; pt bedbound, has not left home since {{DATE:Jan 9}}. (2) neglect -- on RN visits {{DATE:3/10}} and {{DATE:3/14}} pt found in soiled brief, no food in fridge, comfort meds (morphine) count short 9 mL.
Pt's capacity: fluctuating; pt said "{{NAME:Brentie}} takes care of me, don't get him in trouble."
Other family: daughter {{NAME:Inez Cordova-Moss}} in {{LOCATION:Reno}} {{PHONE:775-555-0142}} (not yet told, per pt request).
Safety plan: daily hospice visits, lockbox placed, aide 5x/wk. Notified Dr. {{NAME:Whitlow}}.
{{NAME:YAR}}`,
  `CONTROLLED SUBSTANCE DISPOSAL RECORD
Patient: {{NAME:Farquharson, Ian}}      Hospice #: {{MRN:CH-88201}}      Date of death: {{DATE:05/30/2025}}
Disposal date/time: {{DATE:05/30/2025 14:15}}      Location: pt home, {{LOCATION:Kalispell}}
DRUG / STRENGTH                       QTY REMAINING       METHOD
morphine sulfate oral soln 20mg/mL   11.5 mL             drug deactivation pouch
lorazepam 0.5 mg tab                  17 tabs             drug deactivation pouch
oxycodone 5 mg tab                    22 tabs             pouch
fentanyl 50 mcg/h patch               3 unused            folded sticky sides, pouch
haloperidol 2mg/mL                    9 mL                pouch
Pouch lot D-2291; sealed, placed in household trash per state guidance.
Hospice staff: {{NAME:Wrenna Blackfeather}}, RN   sig: {{NAME:W. Blackfeather}}
Witness (family): {{NAME:Moira Farquharson}} (wife)  sig: {{NAME:M. Farquharson}}   relationship: spouse
Witness DL (for controlled-drug log): MT {{LICENSE:0441207718}}
Discrepancy: none. Count matched last visit ({{DATE:5/28}}) minus documented doses.
Supplying pharmacy notified: {{FACILITY:Flathead Lake Pharmacy}}, Rx acct {{ACCOUNT:FLP-20155}}.
Chaplain Rev. {{NAME:Thaddeus Moon}} present in the home.`,
  `comfort kit / e-kit order -- faxed to {{FACILITY:Pinecrest Hospice Pharmacy Services}} fax {{FAX:(616) 555-0171}}
DATE: {{DATE:10/2/24}}           PT: {{NAME:DeVries, Hendrika "Riek"}}    DOB: {{DATE:3/3/1930}}
ADDR: {{ADDRESS:2240 Byron Center Ave SW}}, {{LOCATION:Wyoming}} MI {{ZIP:49519}} (city of {{LOCATION:Wyoming}}, {{LOCATION:Kent Co}})
Allergies: codeine (N/V)
Wt 41 kg   CrCl ~22
Rx:
  morphine 20 mg/mL oral conc, 0.25 mL (5 mg) SL q2h prn pain/dyspnea, disp 30 mL
  lorazepam 0.5 mg tab, 1 SL q4h prn anxiety, disp #10
  haloperidol 2 mg/mL, 0.5 mL SL q4h prn agitation/nausea, disp 15 mL
  atropine 1% ophth, 2 gtt SL q4h prn secretions, disp 5 mL
  bisacodyl 10 mg PR daily prn, #6
  acetaminophen 650 mg PR q6h prn fever, #12
Prescriber: {{NAME:Geertruida Boersma}}, MD   NPI {{LICENSE:1730094582}}   DEA {{LICENSE:FB9930147}}
Deliver to home. Contact dtr {{NAME:Anneke}} {{PHONE:616-555-0117}}. Pharmacy ref #{{ID:PHX-00928417}}
sent by {{NAME:jdv}} -- confirmation page rec'd {{DATE:10/2/24 1512}}`,
  `BEREAVEMENT MAILING -- export (CSV) -- Q3 letters -- pulled {{DATE:07/01/2025}}
griever_name,relationship,deceased,dod,address,city,zip,risk,phone
"{{NAME:Albrecht, Ute}}",wife,"{{NAME:Albrecht, Gerhard}}",{{DATE:2025-04-02}},"{{ADDRESS:44 Bergstrom Way}}",{{LOCATION:New Ulm}},{{ZIP:56073}},low,{{PHONE:507-555-0101}}
"{{NAME:Baptiste, Jean-Rony}}",son,"{{NAME:Baptiste, Ilfrid}}",{{DATE:2025-04-11}},"{{ADDRESS:310 5th St N, #6}}",{{LOCATION:Mankato}},{{ZIP:56001}},high,{{PHONE:507-555-0145}}
"{{NAME:Chaudhry, Nasreen}}",daughter,"{{NAME:Chaudhry, Mohammad Aslam}}",{{DATE:2025-04-19}},"{{ADDRESS:9 Pheasant Run}}",{{LOCATION:North Mankato}},{{ZIP:56003}},mod,{{PHONE:507-555-0163}}
"{{NAME:Dahl, Ronald}}",husband,"{{NAME:Dahl, Karen}}",{{DATE:2025-05-03}},"{{ADDRESS:RR 1 Box 77}}",{{LOCATION:Sleepy Eye}},{{ZIP:56085}},mod,
"{{NAME:Escobedo, Lidia}}",partner,"{{NAME:Yang, Pao}}",{{DATE:2025-05-28}},"{{ADDRESS:1218 Belle Ave}}",{{LOCATION:St. Peter}},{{ZIP:56082}},low,{{PHONE:507-555-0110}}
letters: 3-mo "Grief and Holidays" pending. Note: {{NAME:Escobedo}}/{{NAME:Yang}} -- Hmong family of deceased also to get letter via cousin {{NAME:Kou Yang}} per {{NAME:Nhia}} (SW).`,
  `memorial planning -- chaplain notes (typed from my notebook)  {{DATE:Sept 9}}
annual service of remembrance, {{FACILITY:River Bend Hospice}} -- set for {{DATE:Sun Oct 20 2024}} 2pm at {{FACILITY:Frederica Street Presbyterian Church}}, {{ADDRESS:1010 Frederica St}}
-- names to be read (families gave permission, list from {{NAME:Carla}} in bereavement): 
   {{NAME:Otis Whitfield}}, {{NAME:Velma Jean Coomes}}, {{NAME:Raúl "Rudy" Montemayor}}, Sister {{NAME:Mary Agnes Hagan}}, OSU; baby {{NAME:Rowan Pfeiffer}} (family asked only "{{NAME:Rowan}}" be read)
-- readers: {{NAME:Dale}} (vol), Pastor {{NAME:Anita Whitmer-Cole}}, {{NAME:Hye-jin Park}} (RN)
-- music: {{FACILITY:Daviess County Community Choir}}; bagpiper {{NAME:Angus}} (pd $150, check to {{NAME:A. MacLeod}})
-- luminaries w/ names, 118 ordered from {{FACILITY:Green River Print & Sign}}
-- reception: {{FACILITY:Riverside Table Catering}} donating
-- ASL interp for Mr. {{NAME:Coomes}} -- requested via {{EMAIL:interp@kyaccess-example.org}}
-- parking: overflow at {{FACILITY:Holy Cross Parish School}} lot
call {{NAME:Carla}} {{PHONE:270-555-0136}} by {{DATE:10/1}} w/ final count
-- Ch. {{NAME:L. Boudreaux-Hale}}`,
  `VETERAN RECOGNITION / PINNING CEREMONY -- note
Pt: {{NAME:Kapaona, Solomon K.}}   {{AGE:ninety-one}}   Hosp MRN {{MRN:KH-55128}}   VA ICN {{MRN:1008844271V334190}}
Service: US Navy, 1951-1955, Korea; ship per DD-214 (copy in chart). SSN {{SSN:575-30-1188}} verified w/ VA for burial benefits.
Date: {{DATE:Tues 4/22/25}}   Place: home, {{ADDRESS:84-1170 Farrington Hwy}}, {{LOCATION:Waianae}}, HI {{ZIP:96792}}
Present: pt in recliner; wife {{NAME:Leilani}}; children {{NAME:Keoni}}, {{NAME:Malia Kapaona-Ferreira}}; ~20 ohana; vol veterans {{NAME:Roy Nishimura}} (USMC) and {{NAME:Manny Agbayani}} (USA), {{FACILITY:VFW Post 849-Leeward}} ; SW {{NAME:Kalena}}.
Ceremony: flag presented, certificate + pin. Pt saluted, said "I was only a cook." Family sang "Hawai'i Aloha." Photos taken by family (their phones).
VA burial: {{FACILITY:Windward Veterans Memorial Cemetery}} in {{LOCATION:Kaneohe}}, pre-eligibility determination # {{ID:PED-2025-118830}}.
Funeral home: {{FACILITY:Leeward Aloha Mortuary}}, {{PHONE:808-555-0159}}.
SW note by {{NAME:Kalena Akana}}, MSW.`,
  `PEDIATRIC PALLIATIVE CARE -- home visit   {{DATE:1/30/2025}}
Pt: {{NAME:Delacroix, Amélie}} ("{{NAME:Mimi}}")  DOB {{DATE:08/14/2016}}   8 yo F   MRN {{MRN:CHP-20160814}}
Dx: DIPG dx {{DATE:4/2024}}, s/p radiation at {{FACILITY:Lakeshore Children's Hospital}}. Concurrent hospice + disease-directed care (pediatric).
Family: mom {{NAME:Océane Delacroix}} ({{PHONE:504-555-0138}}), dad {{NAME:Marcus Freeman}}, sister {{NAME:Zoé}} (5). Dog "Beignet." 
School: 2nd grade at {{FACILITY:Audubon Oaks Montessori}} -- teacher Ms. {{NAME:Harriet Lam}} sends videos of class; homebound teacher {{NAME:Jorge}} Tues.
Assessment: ataxia worse, dysphagia to thin liquids, L facial weakness. FLACC 2. Sleeping more. Still loves drawing, "Frozen."
Make-A-Wish-type trip to {{LOCATION:Orlando}} done {{DATE:Dec 2-6}}. 
Meds: dexamethasone taper, ondansetron, lorazepam prn, gabapentin.
Child life: {{NAME:Tasha}} made hand molds w/ {{NAME:Mimi}} and {{NAME:Zoé}}. Memory box started.
Parents discussing whether {{NAME:Mimi}} dies at home vs {{FACILITY:Lakeshore Children's}}; leaning home. Dad asked about organ donation -- brainstem tumor; referred to {{FACILITY:Gulf South Organ & Tissue Network}}.
Next visit {{DATE:2/3}}. Dr. {{NAME:Bui-Hollander}} / {{NAME:Sadie Prejean}} RN`,
  `COMMUNITY PALLIATIVE CARE -- NP home visit        {{DATE:14-Mar-2025}}
Name: {{NAME:Goldberg-Nakamura, Ruth}}   Age: {{AGE:90}}   MRN: {{MRN:PC-7721904}}   Plan: Harbor Health Advantage, ID {{HEALTH_PLAN:HHA-55018234-02}}
Address: {{ADDRESS:1616 Ala Wai Blvd #1902}}, {{LOCATION:Honolulu}}  (lives w/ son {{NAME:Ken}}, home from {{LOCATION:Osaka}} for 3 mo)
CC: fatigue, poor appetite, "tired of hospitals."
HPI: {{AGE:90}}F w/ HFrEF EF 20%, CKD 3b, AF on apixaban. 4 ED visits in 6 mo at {{FACILITY:Queen Liliha Medical Center}}. Last {{DATE:2/26}}. Not yet ready for hospice but wants "less medicine."
Exam: NYHA III-IV, JVD 10 cm, 2+ edema to knees, BP 94/60.
Scores: PPS 50%, ESAS fatigue 8, appetite 7, SOB 6, depression 3.
Goals: stay home, avoid ICU, attend great-grandson {{NAME:Kaito}}'s graduation at {{FACILITY:Makiki Heights Academy}} on {{DATE:May 24}}.
Plan: stop atorvastatin, d/c aspirin (on apixaban), torsemide sliding scale by weight; POLST reviewed -- selective tx, DNR. Discussed hospice when ready. RTC 2 wks. Call line {{PHONE:808-555-0150}}.
{{NAME:Leimomi Ah Sing}}, APRN-Rx`,
  `CORONER / ME NOTIFICATION -- call log
Date: {{DATE:11/02/2024}}   Time called: 0235   Called by: {{NAME:Ruben Tsosie-Hart}}, RN (hospice on call)
Decedent: {{NAME:Pruett, Clayton Wayne}}   DOB {{DATE:10/31/1944}}   Hospice MRN {{MRN:HP-04479}}
Place: home, {{ADDRESS:County Rd 213, #8811}}, {{LOCATION:Durango}}, {{LOCATION:La Plata County}}
Reason for notification: pt had a fall {{DATE:10/28}} with hip fracture (hospice elected to manage at home); per county policy deaths w/in 30 days of trauma must be reported even if on hospice.
Spoke with: deputy coroner {{NAME:Ashlyn Marquez}}, {{PHONE:970-555-0182}}. 
Case # {{ID:LPC-2024-0611}}. Coroner declined jurisdiction after review -- released to {{FACILITY:Animas Valley Funeral Chapel}}. OK for attending Dr. {{NAME:Hennessy}} to sign DC.
Family: wife {{NAME:Darla}}, step-son {{NAME:Travis Kuhn}}. {{NAME:Travis}} upset, wants "an autopsy because of the fall"; coroner said family may request private autopsy at own expense -- info given ({{FACILITY:Four Corners Pathology Assoc}}).
Pt's truck in drive (not relevant) -- {{NAME:Darla}} asked RN to note the VIN for the title transfer: {{VEHICLE:1FTFW1E58KFA20974}}; SW to help.
Removal 0420. -{{NAME:RTH}}`,
  `TISSUE / EYE DONATION REFERRAL -- phone
{{DATE:6/9/2024 2312}} -- called {{FACILITY:Great Plains Eye & Tissue Bank}} referral line {{PHONE:800-555-0197}} within 1 hr of death per CMS CoP.
Referral # {{ID:GPT-240609-1187}}   coordinator: {{NAME:Brynn}} (ext {{PHONE:224}})
Decedent: {{NAME:Hollingsworth, Vernon Lee}}   sex M   DOB {{DATE:2-11-1936}}   TOD 2248 {{DATE:6/9/24}}
Location: home, {{ADDRESS:7 Prairie Rose Ln}}, {{LOCATION:Hays}}, KS {{ZIP:67601}}
Cause: metastatic NSCLC. Ht 5'11", wt ~140 lb. No sepsis, no hx hepatitis/HIV known. Last temp 99.1.
Outcome: suitable for cornea only. Wife {{NAME:Loretta}} and dtr {{NAME:Sharon Hollingsworth-Diaz}} consented by recorded phone line (consent call ID {{ID:CR-88410}}). Pt was registered donor, "DONOR" on his KS driver's license {{LICENSE:K07-44-1926}}.
Instructions: HOB up 20°, closed eyes w/ saline gauze + ice pack, no tape. Recovery tech {{NAME:Dustin Peralta}} will meet at {{FACILITY:Brungardt-Keller Funeral Home}} by 0500.
Funeral home told 2330 ({{NAME:Owen}}, {{PHONE:785-555-0113}}).
-- {{NAME:Kateri Lonefight}}, RN`,
  `post mortem care / aide note   {{DATE:12/30/24}}
called in by {{NAME:Colleen}} (on call RN) at 0540 to help w/ pm care at {{NAME:Szabo}} home, {{ADDRESS:418 Hickory St}}, {{LOCATION:Bethlehem}}.
pt {{NAME:Szabo, Erzsébet}} ("{{NAME:Bözsi}} néni"), {{AGE:100}} yrs old -- she was so proud of her birthday letter from the governor lol
arrived 0610. RN already pronounced (0528). family: sons {{NAME:László}} and {{NAME:Gábor}}, {{NAME:Gábor}}'s wife {{NAME:Terri}}, great grandkids asleep upstairs.
did: removed foley + pad, bathed w/ warm water + her lavender soap, fresh gown (the blue one, per {{NAME:Terri}}), dentures in, hair brushed + pinned, rosary in hands, hospital bed flat, pillow under head, sheet to shoulders. Opened window a crack per {{NAME:László}} (Hungarian custom).
family sat w/ her ~1 hr. priest, Fr. {{NAME:Imre Kovács}} from {{FACILITY:Szent Imre Hungarian Parish}}, came 0700, prayers.
{{FACILITY:Moravian Hill Funeral Home}} removal 0815, staff {{NAME:Derrick}} + {{NAME:Amy}}. 
stripped bed, bagged linens for family. DME call for bed pickup left w/ {{FACILITY:Lehigh Valley Rehab Equipment}} VM {{PHONE:610-555-0138}}.
left 0845. {{NAME:Fatoumata Keita}}, HHA  / reviewed {{NAME:C. O'Brien}}  {{DATE:12/30}}`,
  `DEATH CERTIFICATE WORKSHEET (funeral home -> hospice, for attending physician)
Funeral home: {{FACILITY:Eastwood-Tanaka Funeral Service}}, {{ADDRESS:2105 S King St}}, {{LOCATION:Honolulu}}  / FD {{NAME:Grace Tanaka}}, lic {{LICENSE:FD-00422}}
1. Decedent legal name: {{NAME:Maximiliano Ignacio Balderrama Ortega}}
2. Sex: M     3. SSN: {{SSN:574-88-0031}}
4a. Age: {{AGE:93}}    5. DOB: {{DATE:January 17, 1931}}    6. Birthplace: {{LOCATION:Guadalajara}}, Mexico
7. Residence: {{ADDRESS:46-320 Haiku Rd}}, {{LOCATION:Kaneohe}}, {{LOCATION:Honolulu County}}, HI {{ZIP:96744}}
8. Ever in US Armed Forces: no     9. Marital: widowed   10. Spouse: {{NAME:Consuelo Ortega}} (deceased)
12. Usual occupation: landscaper; industry: own business, {{FACILITY:Balderrama Yard & Garden}}
13. Father: {{NAME:Ignacio Balderrama}}   14. Mother maiden: {{NAME:Refugio Ortega Díaz}}
15. Informant: {{NAME:Yolanda Balderrama-Kim}}, daughter, {{ADDRESS:98-1030 Moanalua Rd}}, {{LOCATION:Aiea}}
Date of death: {{DATE:02/11/2025}}  Time: 1915   Place: decedent's home
Part I (physician): a. ______ (hospice dx: ESRD, declined dialysis)
Certifier: Dr. {{NAME:Malia Fonoti-Reyes}}, HI lic {{LICENSE:MD-19877}}
DC # (state, after filing): {{LICENSE:151-2025-004417}}
Burial-transit permit: {{ID:BTP-25-00931}}`,
  `draft obituary -- sent by family to SW for help w/ wording (pasted, family's typos kept)
{{NAME:Theodora "Teddie" Anagnostou Kelleher}}, 97, of {{LOCATION:Astoria}}, passed peacefully at home on {{DATE:Tuesday, November 5, 2024}}, with her children by her side and the care of {{FACILITY:Hudson Crossing Hospice}}.
Born {{DATE:April 2, 1927}} in {{LOCATION:Kalamata}}, Greece, {{NAME:Teddie}} came to {{LOCATION:New York City}} at 19 and worked 38 years as a seamstress at {{FACILITY:Brightwater Garment Co.}} on {{ADDRESS:W 37th St}}. She married {{NAME:Francis "Frank" Kelleher}} in 1951; he predeceased her in 2009.
She is survived by her children {{NAME:Maria Kelleher-Voss}} ({{NAME:Gerald}}), {{NAME:Kostas Kelleher}}, and {{NAME:Eleni}} ("{{NAME:Lena}}") {{NAME:Kelleher}}; 7 grandchildren and 4 great-grandchildren.
Visitation {{DATE:Friday Nov 8}}, 4-8 pm, {{FACILITY:Papadakis-Ryan Funeral Home}}, {{ADDRESS:31-10 Ditmars Blvd}}. Funeral {{DATE:Sat. Nov 9}} 10am at {{FACILITY:St. Markella Greek Orthodox Church}}. In lieu of flowers, donations to the hospice.
Online guestbook: {{URL:www.papadakisryan-memorials.example.com/teddie-kelleher}}
-- SW note: Told {{NAME:Maria}} that publishing date of birth + address in obit can invite identity theft; she removed DOB from final. -{{NAME:JLM}}`,
  `SN visit w/ interpreter -- {{DATE:03/03/2025}}
pt {{NAME:Trần Văn Hùng}} (chart: {{NAME:TRAN, HUNG V}})  {{MRN:MVH-010477}}    89 -- wait, DOB {{DATE:1/1/1935}} per Medicare card = {{AGE:90}}. chart corrected.
interpreter: {{FACILITY:Pacific Language Partners}} video, interpreter {{NAME:Nguyễn Thị Hoa}}, ID {{ID:PLP-40881}}, 1040-1125.
family present: wife {{NAME:Phạm Thị Thu}}, son {{NAME:Tony Tran}} (speaks English, but pt wants interpreter for medical talk -- respected).
S: "Tôi mệt" (I'm tired). Pain in back 5/10. No BM 3 d. Eating rice porridge (cháo), 1/2 bowl.
O: BP 108/62, HR 96, RR 20, SpO2 93%. Abd distended, BS hypo. Sacrum intact.
A: constipation on opioids, pain suboptimal.
P: senna 2 tabs bid + Miralax daily, bisacodyl supp today -- given, results pending. Oxycodone ER 10 mg q12h per Dr. {{NAME:Lâm}} VO. Wife asks about burning incense in room w/ oxygen -- NO; discussed electric alternative. Son will buy from {{FACILITY:Phước Lộc Market}} on {{ADDRESS:Bolsa Ave}}.
Next SN {{DATE:3/5}}. Home: {{ADDRESS:9832 Westminster Blvd}}, {{LOCATION:Westminster}} {{ZIP:92683}}.
{{NAME:Rosa Elena Ibáñez}}, RN`,
  `HOME SAFETY EVALUATION (OT)           {{DATE:05-06-2024}}
Client {{NAME:Ravensworth, Cornelius P.}}   home {{ADDRESS:12 Old Mill Rd}}, {{LOCATION:Sewanee}}, TN    agency {{FACILITY:Mountain Laurel Home Care}}
Entry: 5 stone steps, no rail (L side rail recommended -- son {{NAME:Gus}} is a carpenter at {{FACILITY:Sewanee Woodworks}}, will install)
Living rm: throw rugs x3 -> removed w/ permission; recliner w/ lift OK; path width 28" between sofa and piano
Kitchen: frequently used items moved to waist height; stove knob covers discussed (hx of leaving burner on {{DATE:4/19}} per wife {{NAME:Dottie}})
Bathroom: tub/shower combo, no grab bars -> order: tub transfer bench (Carex-type), 2 grab bars, handheld shower, raised toilet seat w/ arms
Bedroom: upstairs -- recommend hospital bed downstairs if further decline
Lighting: motion night-lights hall/bath
Emergency: wears medical alert pendant, subscriber # {{ACCOUNT:MA-20017785}}; list of numbers by phone: hospice {{PHONE:931-555-0100}}, Dr. {{NAME:Sutherland}} {{PHONE:931-555-0144}}, {{NAME:Gus}} {{PHONE:931-555-0109}}
Firearms: 2 hunting rifles in locked cabinet; key w/ {{NAME:Gus}}. Discussed given confusion.
Recs reviewed w/ pt and {{NAME:Dottie}}, both agree. -- {{NAME:Pilar Echeverría-Moss}}, OTR/L`,
  `CAREGIVER TEACHING CHECKLIST -- hospice
Patient: {{NAME:Mwangi, Esther Wairimu}}       MRN {{MRN:SKH-66104}}
Primary caregiver: {{NAME:Grace Njeri}} (niece)   secondary: {{NAME:Peter Kamau Mwangi}} (son, travels for {{FACILITY:Kiambu Freight Lines}})
Topic                                        | taught   | return demo | by
Positioning / turning q2h, draw sheet        | {{DATE:7/8}}  | yes {{DATE:7/8}}  | {{NAME:HN}}
Hoyer lift (2 person)                        | {{DATE:7/8}}  | yes {{DATE:7/10}} | {{NAME:HN}}/PT-{{NAME:Jo}}
Mouth care / oral swabs                      | {{DATE:7/10}} | yes         | {{NAME:HN}}
Morphine SL via oral syringe, log on fridge  | {{DATE:7/8}}  | yes         | {{NAME:HN}}
Lorazepam -- when to give                    | {{DATE:7/10}} | verbal      | {{NAME:HN}}
Signs of approaching death (booklet "Gone From My Sight") | {{DATE:7/12}} | n/a | {{NAME:HN}}/Ch {{NAME:Ogunleye}}
When to call hospice, NOT 911                | {{DATE:7/8}}  | verbal      | {{NAME:HN}}
Fire safety w/ O2                            | {{DATE:7/8}}  | verbal      | {{NAME:HN}}
Comments: {{NAME:Grace}} very capable, nursing student at {{FACILITY:Cuyahoga Heights Community College}}. {{NAME:Peter}} anxious about meds; prefers written. Wrote schedule in Kiswahili + English.
HN = {{NAME:Hadley Nwachukwu-Park}}, RN.  hospice 24/7 {{PHONE:216-555-0121}}
home: {{ADDRESS:3415 E 116th St}}, {{LOCATION:Cleveland}} {{ZIP:44120}}`,
  `SW visit -- resources / Medicaid waiver        {{DATE:9/18/24}}
pt {{NAME:Lozano, Herminia}} {{AGE:91}}F, {{MRN:RGV-HH-20455}}, lives w/ son {{NAME:Efraín}} (disabled, on SSDI) at {{ADDRESS:612 E Mile 3 Rd}}, {{LOCATION:Weslaco}} {{ZIP:78596}}, colonia off FM 88.
Goal: more help in home; son can't lift.
1. STAR+PLUS waiver -- applied {{DATE:8/2}}, case # {{ID:SP-44018297}}; caseworker Ms. {{NAME:Anzaldúa}} {{PHONE:956-555-0175}}. Assessment visit sched {{DATE:9/25}}.
2. Medicaid ID {{HEALTH_PLAN:518820741}} active; MCO member # {{HEALTH_PLAN:SHP-000718822}}.
3. Meals: {{FACILITY:Hidalgo County Meals on Wheels}} start {{DATE:9/23}}, M-F, hot lunch.
4. Utility: {{FACILITY:Rio Valle Electric Coop}} acct {{ACCOUNT:0447-19921-03}} -- medical certificate for O2 sent to prevent disconnection; confirmation {{ID:MC-24-7781}}.
5. Church: {{FACILITY:Parroquia San Martín de Porres}} volunteers can sit Sundays; contact Hermana {{NAME:Lupe}} after 7am Mass. 
6. Son's own needs -- referred to {{FACILITY:Delta Palms Behavioral Health}}.
Spanish used throughout. f/u 2 wk.
{{NAME:Xóchitl Garza}}, LMSW`,
  `phone -- insurance auth -- {{DATE:02/03/2025}}
caller: {{NAME:Debra}} (intake) -> Cardinal Benefit Health, provider line, rep "{{NAME:Jaylen}}", call ref # {{ID:CB-250203-55910}}
member: {{NAME:Hargrove, Wendell}}, DOB {{DATE:08/08/1940}}, member ID {{HEALTH_PLAN:CBH774019932}}, group {{HEALTH_PLAN:GRP-0071-RET}} (retiree plan from {{FACILITY:Tennessee Valley Rail Works}})
request: home health SN 2w4, PT 2w4, OT eval; SOC planned {{DATE:2/5}}
dx: CVA w/ L hemiparesis (I63.9), DM2, HTN
ordering: Dr. {{NAME:Bellamy Osei}}, NPI {{LICENSE:1649230775}}, {{FACILITY:Knoxville Northshore Neurology}}
-> approved: SN x8, PT x8, OT x1 eval, valid {{DATE:2/5/25}}-{{DATE:3/6/25}}. Auth # {{ID:AUTH-9920174}}.
-> rep says need clinical notes from {{FACILITY:Sequoyah Hills Regional Hospital}} d/c ({{DATE:1/31}}) faxed to {{FAX:865-555-0148}} within 5 days.
called pt's wife {{NAME:Gloria}} {{PHONE:865-555-0106}} to confirm SOC {{DATE:Wed 2/5}} 10am; she asked nurse to park on {{ADDRESS:Cherokee Bluff Dr}} side, driveway iced.
{{NAME:DG}} / auth scanned to chart`,
  `VERBAL / TELEPHONE ORDERS LOG -- {{FACILITY:Two Rivers Hospice}}    page 3
DATE/TIME     PATIENT (MRN)                      ORDER                                    MD          RN     RB
{{DATE:4/7/25 0915}}  {{NAME:Ojukwu, B.}} ({{MRN:TR-1804}})     ↑ MS Contin 30->45 mg q12h                Dr {{NAME:Lund}}     {{NAME:KA}}     Y
{{DATE:4/7/25 1120}}  {{NAME:Pedersen, Gail}} ({{MRN:TR-1811}})   Foley 16Fr for retention, change q30d    Dr {{NAME:Lund}}     {{NAME:MF}}     Y
{{DATE:4/7/25 1400}}  {{NAME:Xiong, Neng}} ({{MRN:TR-1799}})      d/c metformin, d/c atorvastatin          Dr {{NAME:Castañeda}} {{NAME:KA}}   Y
{{DATE:4/8/25 0810}}  {{NAME:Whitehorse, D.}} ({{MRN:TR-1822}})  scopolamine 1.5mg patch q72h               Dr {{NAME:Lund}}     {{NAME:JR}}     Y
{{DATE:4/8/25 1630}}  {{NAME:Abernathy-Cruz, T.}} ({{MRN:TR-1790}}) O2 2L NC prn dyspnea, titrate to 4L        NP {{NAME:Okoro}}     {{NAME:MF}}     Y
{{DATE:4/9/25 0205}}  {{NAME:Pedersen, Gail}} ({{MRN:TR-1811}})   haloperidol 1 mg SQ q4h prn agitation      Dr {{NAME:Sinha}} (on call) {{NAME:LT}} Y
RB = read back. All orders sent for e-sig via portal; MD signature due w/in 48h per policy. -- compiled by {{NAME:Kenji Asante}}, RN clinical mgr, {{LOCATION:Marietta}} office`,
  `HOSPITAL LIAISON NOTE -- dictated
This is {{NAME:Marisa Quintanilla}}, hospice liaison, dictating on {{DATE:October 8th, 2024}}, regarding patient {{NAME:Reginald Ashford-Bey}}, date of birth {{DATE:May 1st, 1947}}, currently on 6 North bed 14 at {{FACILITY:Calumet Shores Medical Center}}, hospital MRN {{MRN:CSMC-009184476}}, encounter number {{ACCOUNT:E-2024-77103381}}.
I met with the patient and his partner {{NAME:Lionel Duchamp}} and his sister {{NAME:Bernadette Ashford}} at the bedside at the request of Doctor {{NAME:Tamsin Cho}}, palliative. Patient has end stage liver disease, MELD thirty-one, refractory ascites, two paracenteses this week. He is clear he wants to go home to {{ADDRESS:7740 South Euclid Avenue}}, {{LOCATION:Chicago}}, six-oh-six-four-nine -- ZIP {{ZIP:60649}}. {{NAME:Lionel}} works from home for {{FACILITY:Lakefront Mutual Insurance Group}} and can be primary caregiver. Consents signed. Plan: discharge {{DATE:Thursday October 10}} by ambulance, {{FACILITY:Southside Ambulance Co}}, after PleurX-type peritoneal drain placed by IR. Bed and commode to be delivered on the ninth. {{NAME:Lionel}}'s number is {{PHONE:773-555-0151}}. Home nurse {{NAME:Aisha Grandberry}} to admit. End of dictation.
D: {{DATE:10/08/2024 15:02}}  T: {{DATE:10/08/2024 16:40}}  {{NAME:MQ}}/{{NAME:hrt}}  job {{ID:458812}}`,
  `ALF HOSPICE VISIT -- SN
{{FACILITY:The Willows at Cobblestone Creek}} (assisted living), {{ADDRESS:900 Cobblestone Creek Dr}}, Apt 118, {{LOCATION:Round Rock}} TX {{ZIP:78681}}
Pt: {{NAME:Pennington, Lucille}}   {{AGE:98}} y.o.  hospice MRN {{MRN:HTX-30114}}    visit {{DATE:04/28/25}}
Spoke w/ med aide {{NAME:Kayleigh}} and ED Mr. {{NAME:Ruiz-Porter}}. ALF MAR reviewed -- ALF still giving donepezil, hospice d/c'd it {{DATE:4/10}}; faxed updated order again to {{FAX:512-555-0186}} and handed copy to {{NAME:Kayleigh}}.
S: pt says "I'm fine honey" x3. Aide reports sleeping thru lunch, ate 25% dinner.
O: BP 102/58, HR 88 irreg, RR 18, T 97.6. Wt 94 lb (chair scale) -- down 3 lb since {{DATE:4/14}}. Skin: bruise L forearm (bumped on walker). Braden 15.
A: gradual decline, FAST 7a.
P: cont POC. Increase HHA to 5x/wk for bathing since ALF staff short. Notified dtr {{NAME:Judith Pennington-Oaks}} in {{LOCATION:Lubbock}} by phone {{PHONE:806-555-0190}}; she'll visit {{DATE:May 3}}. Grandson {{NAME:Cody}} asked (via email {{EMAIL:codyp.atx@webmail-example.net}}) about the facility's pet policy (pt's dog); referred to ED.
{{NAME:Maren Sjöberg}}, RN`,
  `NURSING FACILITY / HOSPICE COORDINATION NOTE
{{DATE:Jan 21 2025}}. Resident: {{NAME:Mokoena, Thabo}}   {{FACILITY:Greenbriar Heights Health & Rehab}}, rm 212-B   NF MR# {{MRN:GH-55021}}  hospice MRN {{MRN:CRH-9977}}
Met w/ NF DON {{NAME:Rochelle Abara}}, unit mgr {{NAME:Stan}}, MDS coord {{NAME:Felicia}}, and resident's wife {{NAME:Nomvula}} (via video from {{LOCATION:Johannesburg}}; connection from {{IP:192.0.2.144}} logged by NF IT for the visit record).
Reviewed coordinated POC: hospice provides RN 2x/wk, HHA 3x/wk (in addition to NF ADLs), SW, chaplain; NF provides room/board, 24h care. Medicaid room & board pass-through: Medicaid # {{HEALTH_PLAN:7730021948}}.
Issues: (1) NF called 911 on {{DATE:1/17}} for fall -- sent to {{FACILITY:Hamilton East Hospital}} ED, not hospice-aware. Re-educated: call hospice first, {{PHONE:513-555-0177}}. (2) Wife wants pt's cousin {{NAME:Sipho Dlamini}}, who lives in {{LOCATION:Cincinnati}}, listed as local contact ({{PHONE:513-555-0102}}). Updated. (3) Pt wants to hear isiZulu hymns -- vol {{NAME:Thandi}} will bring recordings.
Next IDG review {{DATE:1/29}}. 
-- {{NAME:Oluwadamilare Fashola}}, RN, hospice NF liaison   cc: attending Dr. {{NAME:Brightwater}}`,
  `PAIN CRISIS -- call log + visit  {{DATE:Sat 8/16/2025}}
1422 call from pt's husband {{NAME:Gary Lundgren-Pike}} ({{PHONE:218-555-0143}}): wife {{NAME:Tamara}} screaming with pain, "10 out of 10." Last oxycodone 15 mg at 1300, no relief.
1425 advised give morphine conc 10 mg SL from comfort kit now; RN dispatched. Paged Dr. {{NAME:Halloran}} (on-call hospice MD) -- call back 1431.
1431 VO: morphine 10 mg SL q1h prn x3, start dexamethasone 8 mg po now (bone pain, L femur mets), consider CADD. RB.
1510 arrived, {{ADDRESS:4030 Lake Vermilion Trl}}, {{LOCATION:Tower}}, MN. Pt curled R side, grimacing, pain 8/10, HR 124. Second dose 10 mg given 1515.
1600 pain 5/10. 1700 pain 4/10, resting.
1720 arranged CADD pump w/ {{FACILITY:Iron Range Infusion Pharmacy}}, {{PHONE:218-555-0160}}, delivery by 2100, pump serial on delivery. Home infusion RN {{NAME:Beth Oksanen}} to start line in AM.
1745 pt's son {{NAME:Noah}} (16) home from job at {{FACILITY:Vermilion Bait & Tackle}}, upset. Spent 15 min w/ him. SW {{NAME:Tuula}} paged for Monday.
1810 left. Husband has call-back plan.
-- {{NAME:Dagny Halvorsrud}}, RN. Mileage 74.`,
  `SMS export -- hospice RN work phone -- thread w/ "{{NAME:Marisol}} (dtr of Mr. {{NAME:Ybarra}})"
[{{DATE:2/3/25 7:02 AM}}] {{NAME:Marisol}}: good morning its {{NAME:Marisol}}. dad had a rough night. coughing and moaning
[7:05 AM] RN {{NAME:Gabe}}: Morning {{NAME:Marisol}}. Did you give the morphine 0.25 mL?
[7:06 AM] {{NAME:Marisol}}: yes at 3 and at 5. and the ativan at 4
[7:08 AM] RN {{NAME:Gabe}}: ok good. I'll come by first, around 8:30. Is the gate code still 1905?
[7:08 AM] {{NAME:Marisol}}: yes. my brother {{NAME:Joaquín}} is here too his truck is blocking, he'll move it
[7:09 AM] {{NAME:Marisol}}: also Tía {{NAME:Chayo}} wants to know if father {{NAME:Eusebio}} can come give him last rites today
[7:11 AM] RN {{NAME:Gabe}}: Of course. Our chaplain {{NAME:Ruth}} can call {{FACILITY:San Isidro Catholic Church}} for you, or you can call directly
[7:12 AM] {{NAME:Marisol}}: we'll call. their number {{PHONE:575-555-0163}}
[{{DATE:2/3/25 8:41 AM}}] RN {{NAME:Gabe}}: here, outside
[{{DATE:2/3/25 12:15 PM}}] {{NAME:Marisol}}: thank you for today. hes calm. he said your name lol "el enfermero {{NAME:Gabriel}}"
--- exported for chart, pt {{NAME:Ybarra, Salvador}} {{MRN:MVH-41188}}, {{LOCATION:Las Cruces}}; export by {{NAME:G. Olivas-Tran}} RN {{DATE:02/03/2025}}`,
  `CHAPLAIN -- phone calls re: religious needs at time of death   {{DATE:7/7/24}}
1) {{NAME:Rosenfeld, Miriam}} (pt, imminent) -- called Rabbi {{NAME:Shira Kaplan-Weiss}}, {{FACILITY:Temple B'nai Ohr of the North Shore}}, {{PHONE:847-555-0134}}. Family wants tahara by {{FACILITY:Lakeside Chevra Kadisha}}, shomer overnight, burial w/in 24 h at {{FACILITY:Westfield Hebrew Memorial Park}}. Told on-call RN: no autopsy, don't remove dentures/jewelry beyond what family wants, cover mirrors per family. Son {{NAME:Eli}} {{PHONE:847-555-0115}}.
2) {{NAME:Siddiqui, Tariq}} (pt, active dying) -- spoke w/ Imam {{NAME:Abdul-Kareem Jaffer}} ({{FACILITY:Masjid Al-Noor of Skokie}}), {{PHONE:847-555-0171}}. Ghusl at masjid, janazah after Dhuhr, burial {{FACILITY:Meadowlight Muslim Cemetery}}. Family requests bed face qibla (SE here), shahada recited by family. Dtr {{NAME:Hina}} {{PHONE:224-555-0180}}. Reminded RN team: same-day death certificate -- Dr. {{NAME:Pillai}} alerted.
3) {{NAME:Kowalski, Ted}} -- Catholic, wants Fr. {{NAME:Wojciech}} from {{FACILITY:St. Florian Parish-North}}, left VM.
4) {{NAME:Dhillon, Harjit Kaur}} -- Sikh; granthi from {{FACILITY:Gurdwara Sahib of Palatine}} will do Sukhmani Sahib path {{DATE:Tues 7/9}}.
-- Ch. {{NAME:Ondine Makepeace}}, BCC`,
  `SW NOTE -- cultural considerations -- new admit   {{DATE:05/29/2025}}
Pt {{NAME:Vang, Tou Lee}} ({{AGE:91}}M per family; documents show DOB {{DATE:01/01/1934}}) -- {{MRN:FVH-23018}}
Home: {{ADDRESS:4519 E Belmont Ave}}, {{LOCATION:Fresno}} {{ZIP:93702}}. Multigenerational; eldest son {{NAME:Xeng Vang}} is decision-maker (clan leader role), cell {{PHONE:559-555-0188}}; daughter-in-law {{NAME:Mai Nou Yang}} does daily care.
Language: Hmong (White Hmong); pt knows no English. Interpreter: family preferred grandson {{NAME:Kong}} but for medical info we use {{FACILITY:Central Valley Interpreting}} (ID {{ID:CVI-2217}}).
Beliefs: family has txiv neeb (shaman), Txiv {{NAME:Tsav Lis}}, performing hu plig; asked staff not to remove strings tied on pt's wrists. Family wants pt to die at home; no hospital. Death rituals: qeej player, 3+ days funeral at {{FACILITY:Kings Canyon Hmong Funeral Hall}}; body must be released to family funeral home {{FACILITY:Lotus Valley Mortuary}} promptly.
Concerns: family wary of morphine ("makes them die"). Education via interpreter, RN {{NAME:Paj Ntaub Her}} (speaks Hmong) assigned as primary.
Plan: SW weekly, chaplain declined (family uses shaman), RN 3x/wk.
{{NAME:Chue Thao}}, MSW`,
  `GRIEF SUPPORT GROUP -- sign-in / attendance    "Walking Through Grief" 8-wk series
Host: {{FACILITY:Piedmont Evening Star Hospice}} Bereavement, {{ADDRESS:215 Tryon Court}}, {{LOCATION:Salisbury}} NC
Facilitators: {{NAME:Hattie Blankenship}}, MA, LPC; co-fac vol {{NAME:Reuben Oyelaran}}
Session 4 -- {{DATE:Thursday, March 13, 2025}}, 6:00-7:30 pm
#  NAME                        LOSS (whom, when)                 PHONE          PRESENT
1  {{NAME:Amberly Crump}}        husband {{NAME:Dale}}, {{DATE:11/2024}}          {{PHONE:704-555-0103}}   Y
2  {{NAME:Bao Nguyen}}           mother, {{DATE:Dec 1 2024}}               {{PHONE:704-555-0176}}   Y
3  {{NAME:Lorraine "Rainy" Moose}} son {{NAME:Tyler}} (overdose), {{DATE:9/3/24}}  {{PHONE:704-555-0152}}   N (texted, sick)
4  {{NAME:Wendell Sowers}}       wife {{NAME:Patsy}}, {{DATE:1/19/25}}            {{PHONE:336-555-0118}}   Y
5  {{NAME:Priyanka Deshpande}}   father, {{DATE:10/30/24}}                  --             Y
6  {{NAME:J. Mabry}}              partner, 2023                        {{PHONE:704-555-0137}}   Y
Notes: topic "secondary losses." {{NAME:Wendell}} shared about selling {{NAME:Patsy}}'s car; {{NAME:Rainy}}'s absence -- {{NAME:HB}} to call {{DATE:3/14}}. Next week: memory objects. Coffee from {{FACILITY:Rowan Perk}}.`,
  `BEREAVEMENT RISK ASSESSMENT (at death + 2 wks)
Deceased: {{NAME:Achebe-Morrison, Florence}}    DOD {{DATE:01/28/2025}}    hospice MRN {{MRN:SBH-44302}}
Primary bereaved: {{NAME:Curtis Morrison}}, husband, {{AGE:92}} y/o, {{ADDRESS:88 Bluff View Rd}}, {{LOCATION:Natchez}} MS {{ZIP:39120}}, {{PHONE:601-555-0195}}
Other: dtr {{NAME:Felicia Morrison-Grant}} ({{LOCATION:Atlanta}}), son {{NAME:Curtis Jr}} (incarcerated at {{FACILITY:Sunflower Delta Correctional Facility}} -- could not attend funeral; chaplain arranged video link {{DATE:2/1}})
Risk factors (score 0-3 each):
  lives alone                         3
  own health poor (COPD, 2 L O2)      2
  prior losses (son {{NAME:Marcus}} 1998)  2
  relationship -- married 67 yrs      3
  anticipatory grief / prepared       1
  support -- church {{FACILITY:Zion Hill Missionary Baptist}} active  0
  substance use                       0
  financial strain                    2
TOTAL 13 = HIGH
Plan: weekly calls x 8 wk by {{NAME:Odell}} (bereav coord), then biweekly; home visit {{DATE:2/12}}; ask deacon {{NAME:Harold Pitts}} for check-ins; screen for complicated grief at 6 mo (PG-13). {{NAME:Felicia}} asked that she be copied on updates: {{EMAIL:fmgrant@peachmail-example.com}}.
{{NAME:Odell Funchess}}, MSW`,
  `sympathy card text -- typed for the card by {{NAME:Wren}} (office), signed by team {{DATE:6/20/25}}
--------------------------------------
To the {{NAME:Castellanos-Whitebird}} family -- {{NAME:Rafael}}, {{NAME:Dolores}}, {{NAME:Anna}}, {{NAME:Little Joe}} and all the cousins,

We were honored to care for your grandmother, Abuela {{NAME:Inés}}, these last months at {{ADDRESS:2 Piñon Loop}} in {{LOCATION:Ranchos de Taos}}. She called every one of us "mijo" or "mija," even Dr. {{NAME:Feldman}}, who says he has never been so happy to be called mijo.

We will miss her stories about dancing at the {{FACILITY:Sagebrush Flats Dance Hall}} in the fifties, her biscochitos, and the way she made {{NAME:Ernesto}} the aide sit down and eat before his bath visit. We were so glad she was home for {{DATE:May 15}}, San Ysidro day, when the whole family blessed the fields.

With love and sympathy,
{{NAME:Ernesto}}, {{NAME:Claire}} RN, {{NAME:Tomasita}} SW, Ch. {{NAME:Ben}}, Dr. {{NAME:Feldman}}, and everyone at {{FACILITY:Sangre de Cristo Hospice}}
{{ADDRESS:1397 Weimer Rd}}, {{LOCATION:Taos}}  {{PHONE:575-555-0144}}
P.S. The memorial candle lighting is {{DATE:Dec 7}} at {{FACILITY:Nuestra Señora de los Dolores Chapel}}. Please come.`,
  `BEREAVEMENT -- 1 yr anniversary call / file closure
griever: {{NAME:Ngata, Hemi}} (husband of {{NAME:Aroha Ngata}}, d. {{DATE:04/16/2024}})      bereav file {{ID:BF-24-0188}}
call date: {{DATE:4/15/2025}}, 1:40 pm, 26 min, by {{NAME:Lorelei Vandermeer}}, bereavement counselor
{{NAME:Hemi}} answered on 2nd ring, said he'd been "expecting you." Tomorrow is the day. He and kids ({{NAME:Tama}}, {{NAME:Mere}}) are going to unveil {{NAME:Aroha}}'s headstone at {{FACILITY:Evergreen Rest Cemetery}} on {{DATE:Sat 4/19}} -- said it's the Māori custom (hura kōhatu), whānau flying in from {{LOCATION:Rotorua}} and {{LOCATION:Auckland}}.
Functioning: back at work full-time at {{FACILITY:Puget Marine Electric}} since {{DATE:Aug 5}} last year. Sleeping ok. Joined men's grief group at {{FACILITY:Poulsbo Fjord Unity Church}}. {{NAME:Mere}} (17) saw counselor at {{FACILITY:Hood Canal Ridge High School}}.
Risk now: low. No complicated grief indicators (PG-13 score 21).
Closure: explained this is our last scheduled call; gave crisis line + hospice number {{PHONE:360-555-0192}}. He thanked "{{NAME:Jonah}}, the big nurse" and "the lady who sang" (MT {{NAME:Sunniva}}).
Sent closing letter to {{ADDRESS:2718 NE Lindvig Way}}, {{LOCATION:Poulsbo}} WA {{ZIP:98370}}.
File closed {{DATE:4/15/25}}. -{{NAME:LV}}`,
  `From: {{NAME:Noor Haddadin}} <{{EMAIL:nhaddadin@bethanypikehospice.example.org}}>
To: Vigil Volunteers list
Date: {{DATE:Tue, 10 Sep 2024 18:22:07 -0400}}
Subject: 11th Hour request -- tonight & tomorrow

Hi all --
We have an 11th Hour (vigil) request for Mr. {{NAME:Harlan Whitaker}} ({{NAME:HW}} on the board), {{ADDRESS:RR 2 Box 118}}, {{LOCATION:Wheeling}} (past the feed store). Wife {{NAME:June}} is exhausted and would like someone to sit so she can sleep.
Shifts needed:
 {{DATE:Tue 9/10}} 10p-2a -- {{NAME:Bev C-R}} (thank you {{NAME:Bev}}!!)
 {{DATE:Wed 9/11}} 2a-6a -- OPEN
 {{DATE:Wed 9/11}} 6a-10a -- Father {{NAME:Dominic}}?? pls confirm
Please bring: your vigil bag, the playlist (he loves Patsy Cline and old hymns), and your ID badge.
Park behind the barn, not on the grass. Dog is friendly. House phone {{PHONE:304-555-0188}}; {{NAME:June}}'s cell {{PHONE:304-555-0114}}.
The on-call RN tonight is {{NAME:Shane Pauley}}, {{PHONE:304-555-0101}}. Call him for ANY change.
Sign up here: {{URL:https://signup.bethanypikehospice.example.org/vigil/whitaker-0910}}
Thank you for being there.
{{NAME:Noor}}
Volunteer Coordinator, {{FACILITY:Bethany Pike Hospice}}`,
  `*** PATIENT FACE SHEET ***                         printed {{DATE:03/12/2025 08:14}} by {{NAME:kmorales}}
{{FACILITY:Sonoran Sky Home Health & Hospice}}          branch: {{LOCATION:Casa Grande}}
NAME............ {{NAME:IBARRA-LOPEZ, JOSEFINA R}}
PREFERRED....... "{{NAME:Chepa}}"
MRN............. {{MRN:SSH-0019920}}       ACCT# {{ACCOUNT:7700451180}}
DOB / AGE....... {{DATE:08/29/1928}} / {{AGE:96}}     SEX F    LANG Spanish
SSN............. {{SSN:527-11-9034}}
ADDRESS......... {{ADDRESS:1120 N Pinal Ave, Space 44}}
CITY/ST/ZIP..... {{LOCATION:Casa Grande}} AZ {{ZIP:85122}}
HOME PH......... {{PHONE:520-555-0196}}
PRIMARY INS..... Medicare A/B   ID {{HEALTH_PLAN:4JQ9-GC2-UX60}}
SECONDARY....... AHCCCS ALTCS   ID {{HEALTH_PLAN:A01182274}}
ATTENDING....... {{NAME:ROSAS, EDUARDO}} MD    NPI {{LICENSE:1366018420}}   ph {{PHONE:520-555-0121}}  fax {{FAX:520-555-0122}}
EMERG CONTACT... {{NAME:LOPEZ, ARMANDO}} (son) {{PHONE:520-555-0165}} / {{NAME:IBARRA, DELIA}} (dtr) {{PHONE:602-555-0108}}
PHARMACY........ {{FACILITY:Farmacia del Pueblo}}, {{ADDRESS:300 W Florence Blvd}}
FUNERAL HOME.... {{FACILITY:Pinal Valley Memorial Chapel}}
ADM DATE........ {{DATE:02/27/2025}}   SOC   BENEFIT PERIOD 1   LEVEL: routine
DX.............. C50.919 breast ca, mets; Z51.5
CODE............ DNR (POLST {{DATE:2/20/25}})`,
  `FAX COVER SHEET
{{FACILITY:Harborlight Hospice}}  *  {{ADDRESS:45 Wharf St, 2nd Floor}}  *  {{LOCATION:New Bedford}}, MA {{ZIP:02740}}
Phone {{PHONE:508-555-0100}}   Fax {{FAX:508-555-0109}}

DATE: {{DATE:12/04/2024}}            PAGES (incl cover): 7
TO: Dr. {{NAME:Fernanda Sousa-Medeiros}} / {{FACILITY:South Coast Geriatric Associates}}
FAX: {{FAX:508-555-0137}}          PHONE: {{PHONE:508-555-0136}}
FROM: {{NAME:Joaquim Pacheco}}, RN, Admissions
RE: {{NAME:Amaral, Maria da Conceição}}   DOB {{DATE:09/08/1932}}   Hospice # {{MRN:HLH-77124}}

[x] Certification of Terminal Illness -- please sign/date, return by {{DATE:12/6}}
[x] Plan of care
[x] Verbal order confirmation ({{DATE:12/3}}, morphine, lorazepam)
[ ] Face-to-face

Comments: Pt admitted {{DATE:12/3/24}} at home ({{ADDRESS:212 Acushnet Ave}}). Family (dtr {{NAME:Lurdes}}) requests Portuguese-speaking staff -- {{NAME:Joaquim}} will be primary RN. Thank you, Doctor!

CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain confidential health information that is legally privileged. If you have received this fax in error, please notify the sender immediately at the number above and destroy the documents.`,
  `HOSPICE ITEM SET (HIS) -- ADMISSION -- record extract
A0100 facility provider numbers: NPI {{LICENSE:1518822049}}; CCN 05-1543 (agency)
A0205 site of service at admission: 01 home
A0220 admission date: {{DATE:20240611}}
A0245 date initial nursing assessment initiated: {{DATE:06112024}}
A0250 reason for record: 01 admission
A0500 legal name: first {{NAME:Kalani}}  middle {{NAME:K}}  last {{NAME:Fonoti-Akana}}
A0550 ZIP: {{ZIP:96706}}
A0600 SSN: {{SSN:576-20-4418}}   A0600B Medicare #: {{HEALTH_PLAN:8VC2-TN6-KP34}}
A0700 Medicaid #: {{HEALTH_PLAN:HI0048827711}}
A0800 gender: 2   A0900 birth date: {{DATE:04151929}}
A1000 race/ethnicity: F (Native Hawaiian/PI)
A1400 payor: A, medicare FFS
F2000 CPR preference: {{DATE:06/11/2024}} asked; DNR
F2100 other life-sustaining tx: {{DATE:06/11/2024}} discussed
F2200 hospitalization pref: {{DATE:06/12/2024}} discussed
F3000 spiritual/existential: {{DATE:06/11/2024}}
J0900 pain screening: {{DATE:06/11/2024}}, 1 mild, standardized tool used: NRS
J2030 SOB screening: {{DATE:06/11/2024}}, yes
N0500 scheduled opioid: yes {{DATE:06/11/2024}}; N0510 PRN opioid: yes
N0520 bowel regimen: yes {{DATE:06/11/2024}}
Z0400 signature: {{NAME:Pualani Keawe}}, RN  {{DATE:06/13/2024}}
submitted via iQIES from {{IP:198.51.100.212}} by {{NAME:pkeawe}}`,
  `OASIS -- RESUMPTION OF CARE (ROC) -- narrative summary
{{FACILITY:Three Forks Home Health}}          ROC date: {{DATE:8/19/2024}}          M0032
Pt: {{NAME:O'Sullivan-Reyes, Bridget}}   HHA MRN {{MRN:TF-000812}}   DOB {{DATE:10-10-1933}}   Medicare {{HEALTH_PLAN:1KE7-WN4-GQ22}}
Inpatient stay: {{DATE:8/11}}-{{DATE:8/17/24}} at {{FACILITY:Gallatin Valley Regional Hospital}} for urosepsis (E. coli), AKI (Cr 2.4 -> 1.3). Foley removed {{DATE:8/16}}.
Home: {{ADDRESS:302 W Mendenhall St}}, {{LOCATION:Bozeman}}, MT {{ZIP:59715}}. Lives with husband {{NAME:Declan}} ({{AGE:93}}) who has Parkinson's; adult granddaughter {{NAME:Siobhán}} moved in {{DATE:8/18}} temporarily (student at {{FACILITY:Bridger Peaks College}}).
Assessment: A&Ox2 (was x3 pre-hosp), CAM positive for inattention; ambulation decline to FWW with CGA (was cane). Bilat LE edema 1+. Skin intact. Voiding, mild incontinence. Completing cipro through {{DATE:8/24}}.
M1033 hosp risk: yes, multiple. M1242 pain freq: daily but not constant. M1860 ambulation: 3.
New orders from Dr. {{NAME:Nakashima-Burke}} ({{DATE:8/18}} VO): SN 3w1 2w3, PT/OT resume, BMP {{DATE:8/22}} via {{FACILITY:Big Sky Mobile Lab}}, req #{{ID:BSM-92241}}.
Emergency plan: {{NAME:Siobhán}} {{PHONE:406-555-0193}}.
-- {{NAME:Anneliese Trujillo}}, RN`,
  `HOME HEALTH DISCHARGE SUMMARY
Patient: {{NAME:Abernathy, Clement R.}}          MRN: {{MRN:BVN-21044}}
SOC: {{DATE:05/02/2024}}     Discharge: {{DATE:06/27/2024}}     Disciplines: SN, PT, MSW
Reason for discharge: goals met
Summary: {{AGE:ninety-two}}-year-old man referred by Dr. {{NAME:Okwuosa}} after R TKA-revision at {{FACILITY:Shenandoah Ridge Orthopaedic Hospital}}. Lives with wife {{NAME:Hazel}} at {{ADDRESS:1905 Mountain View Rd}}, {{LOCATION:Staunton}}, VA {{ZIP:24401}}.
SN: incision healed, staples out {{DATE:5/14}}. Warfarin DVT prophylaxis completed {{DATE:6/1}}; INRs at goal. Teaching completed on fall prevention, s/s infection.
PT: gait w/ SPC 300 ft indep, stairs x12 w/ rail mod I, TUG 14 s (from 34 s), Berg 46/56.
MSW: applied to {{FACILITY:Valley Program for Aging Services}} for homemaker help; approved {{DATE:6/20}}.
Pt/caregiver status at discharge: independent w/ ADLs except LB dressing (sock aid). {{NAME:Hazel}} drives; has handicap placard {{ID:VA-DP-4480192}}.
Follow-up: Dr. {{NAME:Okwuosa}} {{DATE:7/9/24}}; PCP Dr. {{NAME:Merriweather}} {{DATE:7/16}}. Outpatient PT at {{FACILITY:Augusta Fit Physical Therapy}} 2x/wk x 4 wk.
Summary sent to physicians {{DATE:6/28/24}} by fax.
{{NAME:Candace Lowery-Bix}}, RN, Clinical Manager, {{FACILITY:Blue Valley Visiting Nurses}}`,
  `MISSED VISIT NOTE                    {{DATE:Thurs 01/23/2025}}
Patient: {{NAME:Kuznetsova, Valentina}}  {{MRN:0081-4433}}     Discipline: SN        Scheduled: 1000
Reason: no answer at door, {{ADDRESS:550 Ocean Pkwy, Apt 6F}}, {{LOCATION:Brooklyn}}. Buzzer, knocked x3. Called pt {{PHONE:718-555-0127}} -- no answer. Called dtr {{NAME:Olga Petrenko}} {{PHONE:917-555-0184}} -- she said mom went to {{FACILITY:Coney Shore Adult Day Center}} today, she forgot to call agency. Pt safe.
Rescheduled {{DATE:1/24}} 1000. {{NAME:Olga}} reminded to call office ({{PHONE:718-555-0150}}) when pt has appts. Super of bldg, {{NAME:Vasyl}}, says he can let nurse in if needed -- declined, not w/o pt consent.
Physician notified of missed visit: Dr. {{NAME:Goldshteyn}} office, spoke w/ {{NAME:Inna}} 1045.
Note: pt's insulin regimen (Lantus 14 u hs) -- confirmed w/ dtr pt took last night. Next A1c due {{DATE:2/20}}.
Mileage billed? no. {{NAME:Adwoa Mensah-Bright}}, RN     code MV-01`,
  `{{FACILITY:Lone Pine Hospice of the Panhandle}}
{{ADDRESS:2100 S Georgia St}}, {{LOCATION:Amarillo}}, TX {{ZIP:79109}}   {{PHONE:806-555-0110}}

{{DATE:March 18, 2025}}

To: Human Resources, {{FACILITY:Canyon Plains Beef Processing}}
Attn: Ms. {{NAME:Delgado}}
Re: Family and Medical Leave -- employee {{NAME:Raymond Tsinajinnie}}, employee # {{ID:CPB-044817}}

To whom it may concern,

This letter confirms that {{NAME:Raymond Tsinajinnie}}'s father, {{NAME:Herbert Tsinajinnie}} (DOB {{DATE:6/6/1934}}), has been under the care of our hospice since {{DATE:February 24, 2025}} for a terminal illness. Mr. {{NAME:Raymond Tsinajinnie}} is his father's primary caregiver at {{ADDRESS:411 Bell St}}, {{LOCATION:Hereford}}, and his presence is needed, on an intermittent and at times continuous basis, for the next several weeks to months. We support his request for leave under the FMLA.

The certification form (WH-380-F) is enclosed. Please contact me with any questions at the number above or {{EMAIL:sgoldtooth@lonepinehospice.example.org}}.

Sincerely,
{{NAME:Sheila Goldtooth}}, LCSW
Social Worker
enc.`,
  `AFTER-HOURS TRIAGE -- answering svc -> RN  {{DATE:Sun 09/14/2025}}
2207 msg from svc (op {{NAME:Dee}}): caller {{NAME:Karim Benali}} re mother {{NAME:Zohra Benali}}, {{AGE:95}} yo, pt # {{MRN:AHS-32210}}. "Oxygen machine stopped, power out on whole street."
2209 RN {{NAME:Aubrielle Santangelo}} called back {{PHONE:(207) 555-0135}}. Power outage at {{ADDRESS:14 Côte Blanche Ln}}, {{LOCATION:Biddeford}}. Pt on 3 L NC. Instructed to switch to E cylinder (has 3 full), set 3 L, shown by phone. SpO2 on their finger oximeter 90%. Pt alert, "a bit scared."
2215 called {{FACILITY:Seacoast Oxygen & Home Medical}} on-call {{PHONE:800-555-0112}}, ticket {{ID:SOH-771420}}: tech {{NAME:Marco}} bringing 2 more E cyls + battery POC by 2330. Pt acct {{ACCOUNT:SOHM-20918}}.
2220 notified utility (outage ref {{ID:OUT-0914-55812}}); pt is on medical-priority list.
2335 {{NAME:Karim}} texted: tech came, POC serial {{DEVICE:IGO2-5512-7720}} running. Sat 93%.
0010 {{NAME:Karim}}'s wife {{NAME:Samira}} asked re: morphine for breathing -- reviewed dose 5 mg SL prn. Mom asleep.
Day team: f/u {{DATE:9/15}} to ensure generator/battery plan. -- {{NAME:A. Santangelo}} RN`,
];

export const HELDOUT_REALISTIC_128_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout128-${i + 1}`, n));
