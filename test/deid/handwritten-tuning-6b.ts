// Hand-written notes FOR TUNING, sixth generality pass, part B (issue 6, pass 6): names, ages,
// dates, addresses, numbers. Synthetic and invented: every name, place, number and date is made up.
// Written from the CLASSES of misses described for held-out set 5 (ALL-CAPS dictation signatures
// with a space before commas, lower-case sign-offs and credentials, names after lower-case titles
// and role abbreviations, preferred names; ages as "pt is 94," and spelled appositives; month and
// apostrophe year, ordinals, clock times after full dates; streets without a number after "on",
// intersections; dotted and prefixed licence numbers, bare extensions, labeled application and
// placard numbers) and of its false positives (fractions after counts, lab ranges and codes,
// variants, eponymous scores, brands, acronyms, states, field labels, payer fax lines), never from
// their strings. Markup as in handwritten.ts.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  // 1. ALL-CAPS dictation signatures with a space before commas; typist lines.
  `DICTATED BY : {{NAME:HALVORSEN , TRYGVE K}}. , M.D.
D: {{DATE:04/11/2019}} T: {{DATE:04/12/2019}}
JOB #: {{ID:559120}}
{{NAME:TH}}/{{NAME:mw}}`,
  `{{NAME:OKAFOR-BELL , ANNA-MARIE}} , M.D.
ELECTRONICALLY SIGNED {{NAME:OKAFOR-BELL , ANNA-MARIE}} {{DATE:09/02/2018 14:22}}
cc: {{NAME:DESROCHERS , PAUL}} , M.D.`,
  `Attending: {{NAME:LINDQVIST , MARTA J}}. , M.D.
{{NAME:PA}}/{{NAME:kr}}
transcribed {{NAME:JL}} {{DATE:6/3/2020}}`,
  // 2. Lower-case sign-offs, credentials and titles in terse notes.
  `pt resting, family at bs. will cont to monitor.
-{{NAME:k. abernathy-cole}} rn`,
  `group attended x1 hr, pt participated.
{{NAME:dorinda pelletier}}, cadc
pt: {{NAME:marchetti, lorenzo}} seen w/ mrs. {{NAME:vukovich}} (neighbor). rev. {{NAME:ostrowski}} visited.`,
  `probation officer {{NAME:d. hargreave}} called re: court date. PO {{NAME:Whitlock}} to fax order. pt's daughter {{NAME:mirela}} (cell) aware.`,
  `niece {{NAME:rosalind s}}. at bedside, grandson {{NAME:tobias lee}} drove. pt's wife {{NAME:Ingrid Farr-Nyberg}} in lobby. pref "{{NAME:Bunny}}".`,
  // 3. Ages: "pt is 94,", spelled appositives and in brackets.
  `pt is {{AGE:94}}, lives alone, independent in adls. Her husband, {{AGE:ninety-one}}, uses a walker.`,
  `{{NAME:Clementine Vasquez}} ({{AGE:ninety-three}}) with her son. She says "I'm {{AGE:ninety}} in {{DATE:October}}."`,
  `Pt, {{AGE:ninety-six}}, sharp and pleasant. Patient is {{AGE:97}}. BP 92, pulse is 96, glucose was 94.`,
  // 4. Dates: month and apostrophe year, ordinals, clock after full dates.
  `Last colonoscopy {{DATE:Dec '21}}; prior echo {{DATE:March '19}}. Seen {{DATE:June 8th}} and again {{DATE:July 22nd}}.`,
  `Specimen collected {{DATE:11/04/2022 7:42 P}}
Received {{DATE:11/04/2022
2216}}
Reported {{DATE:11/05/2022}}`,
  `inpatient {{DATE:3/9}}, improving. labs {{DATE:2/27}} ~0540, k 3.4. {{DATE:8/2}} ~0615 no ptx.`,
  // 5. Addresses: a street without a number; intersections.
  `MVC on {{ADDRESS:Calloway St}} near the bridge. Pt lives on {{ADDRESS:Turnbridge Pike}}. Found down at {{ADDRESS:Rt 12 at Hollins Mill Rd.}}`,
  `ems called to {{ADDRESS:rt 6 at quarry rd}}; pt lives on {{ADDRESS:birchwood ave}}. PICKED UP ON {{ADDRESS:FENWAY BLVD.}}`,
  // 6. Towns after businesses, housing and relatives.
  `pt works at the mill in {{LOCATION:rumford}}. lives at {{FACILITY:elm court apts}} in {{LOCATION:farmington}}. son {{NAME:dale}} in {{LOCATION:skowhegan}}.`,
  // 7. Licence, phone extensions, application and placard numbers, devices, vehicles.
  `Ohio license {{LICENSE:149.017724}}. License {{LICENSE:PT 019224}}. CDL {{LICENSE:CO 19-443-8812}}.`,
  `Call clinic {{PHONE:(617) 555-0192}}, or ext {{PHONE:214}}. Nurse line (x{{PHONE:4417}}). Front desk, x{{PHONE:5528}}.`,
  `Application # {{ID:HA-2291047}} submitted. Parking placard {{ID:PL 448120}}. Index No. {{ID:2023-11847}}. Batch : {{ID:77104}}.
CGM transmitter ID {{DEVICE:8GK4TZ}}. Car reg {{VEHICLE:2KLV71}}.`,
  // 8. False positives: fractions after counts and scores.
  `Squats 1/3 sets done. Monofilament 10/10 sites intact. Blood cx 2/4 positive. Day 4/7 of abx. STOP-BANG 5/8. Fluids 3/6 bags.`,
  // 9. False positives: ranges, lab tables, ROM, volumes, variants, catalogue refs.
  `BP 120s-140s, HR 90s-100s. Flexion 0-0-135. Output 1250cc, drain 450cc.
Test      Result   Ref range   LOINC
ALP       88       44-147      6768-6
CK        410      232-1245    2157-6
BRCA1 5382insC neg, 185delAG neg. Implant ref 7010B.`,
  // 10. False positives: eponymous scores, brands, acronyms, states, labels, religions.
  `Apfel score 3, Westley croup score 2. Barrett's esophagus on EGD; Barrett mucosa biopsied. Huber needle in port; Palmer's point entry. Apgars 8 and 9. EpiPen x2 rx.`,
  `Mesh: Bio-A plug. Plan DAIR. GINA step 3. KRAS wild type. LISA surfactant. LE edema. Attends NA meetings. Insurance: Florida Blue. Maine license on file. Virginia driver's license. Visited South Africa.`,
  `Location: ER bay 3. Labs: pending. ATTN: New Referrals. Religion: Baptist. Moved to Resus 2. Ana o 3 sIgE positive. pt apologized for delay.`,
  `MOTHER: DM2, HTN. FATHER: MI AT 60. BROTHER: HEALTHY. Epworth 14. Texas license on file.`,
  // 11. Payer fax lines.
  `Prior auth: Plan PA fax: 1-866-555-0144. Formulary exception (payer; 1-800-555-0177). Utilization review is 1-888-555-0161.`,
  // Batch 2 (written after the first changes, measured before its own): other surface forms of the same classes.
  `DICTATED BY : {{NAME:FERREIRA-LUND , JOAO P}}. , M.D.
ATTENDING : {{NAME:MACALLISTER , IONA}} , M.D.
{{NAME:MM}}/{{NAME:tc}}
DD: {{DATE:12/01/2017}}
TD: {{DATE:12/02/2017 09:40 A}}`,
  `--{{NAME:r. vanderzee-platt}} lpn
pt: {{NAME:okonkwo, adaeze}} seen in group.
{{NAME:marisol quintero}}, ladc`,
  `spoke w/ ms. {{NAME:tsvetkova}}, and fr. {{NAME:dabrowski}} came by. PO {{NAME:Gallardo}} (probation) to call back. officer {{NAME:j. mcnair}} present.`,
  `pt lives w/ granddaughter {{NAME:beatrix m}}. and her partner. goes by "{{NAME:Dot}}". Husband {{NAME:Piet Ostrander-Vail}} deceased.`,
  `Pt is {{AGE:96}}; she was {{AGE:95}} at last visit. Her brother ({{AGE:ninety-eight}}) lives in {{LOCATION:Lubec}}.`,
  `Seen {{DATE:Jan '23}}, {{DATE:Sept '24}}; next {{DATE:April 3rd}}. Ct {{DATE:10/2/2024 3:15 P}}.`,
  `Accident on {{ADDRESS:Kettering Rd}} then found on {{ADDRESS:Mill Pond Pike.}} EMS to {{ADDRESS:Route 3 and Glen Ave}}; lives on {{ADDRESS:hawthorne st}}.`,
  `CT license {{LICENSE:2006.114582}}. License RN {{LICENSE:R228104}}. CDL {{LICENSE:NH 22-093-117}}. Pharmacy ext {{PHONE:318}}, (x{{PHONE:6620}}).`,
  `Placard {{ID:HP-551902}}. Application no. {{ID:A-7782190}}. Batch # {{ID:30419}}. Transmitter serial {{DEVICE:3MNX8Q}}. Vehicle reg {{VEHICLE:KV19 TRD}}.`,
  `Lunges 2/3 sets. Sensation 8/10 sites. Urine cx 1/2 bottles. Day 5/7 cefazolin. STOP-BANG 4/8. Rehab visit 3 of 10 done. Sit-ups 10/12.`,
  `MAP 60s-70s overnight. ROM 10-0-120. EBL 1100cc. CFTR F508del, 3120+1G>A. Mesh ref 0112T.
Na   139   136-145   2951-2
Cr   1.1   0.6-1.3   2160-0`,
  `Wells score 4, Caprini 6. Huber needle removed. LE edema trace. GOLD 3. NA and AA meetings weekly. Pt reports Texas Medicaid. North Dakota license. Religion: Methodist. Bed: Resus 4. Ara h 2 positive. pt apologized, then pt cried.`,
  `Payer PA fax 1-855-555-0102. Utilization review (1-877-555-0190). Member services 1-800-555-0123.`,
  // Batch 3 (written after the batch-2 changes, measured before its own): the rest of the described
  // forms, in other words.
  `{{NAME:BRANDT-OYELARAN , MARIE-CLAIRE R}}. , M.D.
TR: {{NAME:ks}}
DD: {{DATE:07/19/2016}}
CM: {{NAME:Halloran}}, CM, CCM`,
  `HISTORY: {{AGE:91}} YO F LIVES WITH DAUGHTER. MOTHER DIED AT {{AGE:92}}. FATHER: COPD. SISTER {{NAME:EUGENIA}} IN {{LOCATION:WATERVILLE}}.`,
  `spoke w/ wife {{NAME:anne marie}} (hcp) and son {{NAME:luc}} (cell). pt's sister {{NAME:joan}} ({{PHONE:207-555-0134}}) also called. grandson {{NAME:eli r}}. to visit.`,
  `Parole/probation: PO {{NAME:Ferrante}}, {{PHONE:(603) 555-0117}}. PO {{NAME:D. Kasprzak}} notified. Pt takes meds PO.`,
  `Husband {{NAME:Teodor Nowak-Szymanski}} at bedside; his brother {{NAME:Jerzy Nowak-Szymanski}} called.`,
  `"I'm {{AGE:ninety-one}} in {{DATE:August}}," she says. Age: {{AGE:ninety-four}}.`,
  `admitted inpatient {{DATE:5/2}} from ED; labs {{DATE:5/3}} ~0610 hgb 7.9. Index No. {{ID:2019-044712}}.`,
  `IP {{ADDRESS:44 Kettle Cove Rd.}} Barrett's mucosa without dysplasia. Apgars 7 and 9. Pt attends NA and AA.`,

];

export const TUNING_6B_HANDWRITTEN_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`tune6b-hand-${i + 1}`, n));
