// Hand-written notes FOR TUNING, third generality pass (issue 6, pass 3). Synthetic and invented:
// every name, place, number and date is made up. Written from the CLASSES of misses described
// for the realistic held-out sets (facilities named by common words in context, legal-aid and
// rights projects, a city after a store or after a movement verb, MRN shapes with spaces, dashes,
// letters or on the next line) and of false positives (countries after "and", clinical acronyms,
// "account"/"license" without a number, public-health URLs), never from their strings. Markup as
// in handwritten.ts.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  // 1. Facilities named by one or two common words after a context cue.
  `Social work: pt is employed at {{FACILITY:Harbor Lights}} as a cashier, 20 hrs/week. Housing was arranged through {{FACILITY:Open Doors}}; caseworker {{NAME:Delphine Okafor}} {{PHONE:(413) 555-0148}}.`,
  `Transportation: rides to dialysis by {{FACILITY:Wheels Forward}} three days a week. Meals delivered by {{FACILITY:Kind Kitchen}}. Daughter {{NAME:Renata}} helps on weekends.`,
  `SW f/u: pt now volunteers at {{FACILITY:Second Harvest}} and attends groups at {{FACILITY:Turning Point}}. Denies SI. Next visit {{DATE:6/18}}.`,
  `Case mgmt: referred to {{FACILITY:Western Mass Legal Aid}} regarding the eviction notice and to the {{FACILITY:Disability Rights Project}} for the benefits appeal. Pt agreeable.`,
  `Psychosocial: son works for {{FACILITY:Blue Ribbon}} (trucking), often away. Pt placed through {{FACILITY:Safe Haven}} last winter. Went to work today, went to church Sunday, went to bed early.`,
  `Pt reports she was hired at {{FACILITY:Golden Crust}} bakery in {{DATE:March}}. Previously cleaned offices for {{FACILITY:Bright Star}}. Insurance pending.`,
  `Referral faxed to {{FACILITY:Family Legal Aid}}; also gave number for the {{FACILITY:Veterans Rights Project}}. Pt to call {{PHONE:802-555-0117}}.`,
  `Home health: services through {{FACILITY:Helping Hands}} resumed {{DATE:4/2}}. Aide {{NAME:Marguerite}} comes mornings. Equipment from {{FACILITY:Able Medical}}.`,

  // 2. A city after a store or facility name, and after movement verbs.
  `Pt filled the prescription at the {{FACILITY:CVS}} in {{LOCATION:Greenfield}}; later stopped at {{FACILITY:Walgreens}} in {{LOCATION:Holyoke}} for supplies.`,
  `Fell in the parking lot of the {{FACILITY:Price Chopper}} in {{LOCATION:Bennington}}. Brought by family. No LOC.`,
  `Social: moved to {{LOCATION:Amherst}} two years ago from {{LOCATION:Pittsfield}}. Daughter drove down from {{LOCATION:Brattleboro}} to be with her.`,
  `Pt lives out in {{LOCATION:Petersham}}, about 40 min away. Sister is visiting from {{LOCATION:Portland}} this week and will stay until discharge.`,
  `HPI: {{AGE:91}} yo M who came up from {{LOCATION:Hartford}} for a wedding; became dizzy at the hotel. Went to bed, woke with slurred speech. Went to school as a boy in {{LOCATION:Wethersfield}}.`,
  `Pt recently relocated out to {{LOCATION:Shelburne Falls}}; prior care at the {{FACILITY:Rite Aid}} clinic in {{LOCATION:Turners Falls}}. She went to work Monday.`,
  `Nursing: husband {{NAME:Anselm}} drove in from {{LOCATION:Keene}} this morning. Pt wishes to go home to {{LOCATION:Winchendon}}. He went to church and then came in.`,
  `The {{FACILITY:Walmart}} on the bypass in {{LOCATION:Athol}} is where she buys her supplies; moved back to {{LOCATION:Orange}} in 2021.`,

  // 3. MRN shapes.
  `Patient: {{NAME:Marisol Quintero}}    MRN: {{MRN:004 471 923}}    DOB: {{DATE:03/14/1962}}`,
  `Name: {{NAME:Teodor Bakalov}}
Med Rec #: {{MRN:88-21-4470}}
Unit No: {{MRN:0003 9918}}
Admit: {{DATE:11/02/2024}}`,
  `PATIENT NAME: {{NAME:HOLLIS, AUDRA}}
MRN:
{{MRN:00718842}}
ACCOUNT:
{{ACCOUNT:55102938}}`,
  `Hosp #
  {{MRN:5521087}}
Pt seen in clinic {{DATE:9/9/2024}} by {{NAME:Ferreira}}, NP.`,
  `MR# {{MRN:00092214}} - {{NAME:Lindqvist, Petra}} - DOS {{DATE:01/22/2025}}`,
  `Label: {{NAME:OYELARAN, TUNDE}}  MRN: {{MRN:CX-0091385}}  Loc: 4 West`,
  `Med Rec No. {{MRN:RW00417}}; Unit # {{MRN:000-448-12}}. Specimen collected {{DATE:2/7/2025}}.`,
  `Identifiers: Medical Record Number {{MRN:0001 2283 6}}. Hospital No.: {{MRN:HN 440921}}.`,

  // 4. False positives: countries after "and", clinical acronyms, account/license words, public URLs.
  `Travel: returned from Brazil and Peru last month; family also in Haiti and Jamaica. No sick contacts. Seen by {{NAME:Ostrowski}} in travel clinic.`,
  `Assessment: NSTEMI vs demand. Plan: cards and IR consulted; CABG and TAVR discussed by Dr. {{NAME:Kaleo Makoa}}. ACS protocol. Hold ASA and DAPT pending cath.`,
  `He lost his driver's license after the seizure. Per wife, account of events unclear. Billing account reviewed by financial counselor. License status to be discussed at f/u.`,
  `Education: reviewed https://www.cdc.gov/vaccines guidance and who.int fact sheet on measles with parents. Patient portal: {{URL:https://mychart.northfieldhealth.org/p/7QK2M9}}.`,
  `Patient given handout from www.cdc.gov/diabetes and medlineplus.gov on insulin. Contact {{NAME:Amara Lindgren}} RN at {{EMAIL:alindgren@northfieldhealth.org}}.`,
  `ROS negative. PMH: HTN and DM2, COPD and OSA on CPAP. Meds reviewed with pt and wife. SH: retired from the Navy and Coast Guard.`,

  // 5. Mixed.
  `Discharge: to home with services by {{FACILITY:Good Neighbors}}. Follow up with Dr. {{NAME:Idris}} at {{FACILITY:Riverbend Cardiology}} on {{DATE:7/14/2025}}. MRN {{MRN:0044 2291}}.`,
  `Pt drove up from {{LOCATION:New Haven}} with her partner {{NAME:Sunniva}}. Works at {{FACILITY:Maple Leaf}} diner. Moved to {{LOCATION:Brattleboro}} after the divorce.`,
  `ED note: brought by {{FACILITY:Care Lift}} van from the {{FACILITY:Dollar General}} in {{LOCATION:Ware}}. Unit No. {{MRN:44 190 37}}. CT head neg.`,
  // Batch 2 (written after the first changes, measured before the second).
  `CM note: pt connected with {{FACILITY:New Beginnings}} for sober housing; intake {{DATE:8/21}}. Food boxes supplied by {{FACILITY:Daily Bread}}. Rides from {{FACILITY:Silver Wheels}} approved.`,
  `Pt cleans rooms for {{FACILITY:Cozy Nights}} motel and was hired at {{FACILITY:Sunny Side}} cafe last spring. Denies workplace injury.`,
  `Referred to the {{FACILITY:Prisoners' Legal Services}}; the {{FACILITY:Immigrant Justice Project}} will assist with asylum paperwork. Interpreter {{NAME:Yusuf Demir}} present.`,
  `Meds picked up from the {{FACILITY:Rite Aid}} in {{LOCATION:Chelmsford}}. Wife bought glucose tabs at the {{FACILITY:Market Basket}} out on the highway in {{LOCATION:Tewksbury}}.`,
  `Social: moved out to {{LOCATION:Sandwich}} after retiring; son flew in from {{LOCATION:Sacramento}}. Pt went to work at 6 am as usual before the fall; went to school functions with grandkids.`,
  `Family visiting from {{LOCATION:Lowell}} and {{LOCATION:Dracut}}. Pt is originally from {{LOCATION:Biddeford}} and came down from {{LOCATION:Saco}} last fall.`,
  `MRN:  {{MRN:00 4471 88}}     Acct #: {{ACCOUNT:7710022}}
Attending: {{NAME:Corwin Abernathy}}, MD`,
  `Unit No.
{{MRN:0051177}}
Admission Date: {{DATE:12/30/2024}}`,
  `MR #: {{MRN:TG-00871}}   Hosp. No.: {{MRN:221 908}}   Pt: {{NAME:Wen Zhao}}`,
  `Plan: CABG vs PCI per CT surgery and cards. ACS ruled in. Family in Ghana and Nigeria updated by phone; brother in Canada and Mexico travels often. Discussed with {{NAME:Ndidi Eze}} (daughter).`,
  `Pt asked about account balance; no license restrictions discussed. Resources: www.nih.gov and https://www.medlineplus.gov/ency. Our clinic site {{URL:www.hollowayfamilymed.com}}.`,
];

export const TUNING_3_HANDWRITTEN_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`tune3-hand-${i + 1}`, n));
