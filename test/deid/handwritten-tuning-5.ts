// Hand-written notes FOR TUNING, fifth generality pass (issue 6, pass 5). Synthetic and invented:
// every name, place, number and date is made up. Written from the CLASSES of misses described for
// held-out set 4 (lower-case single names and typist initials in terse nursing notes; employers and
// practices with no facility word, lower-case facilities, "st. x" hospitals, wards named by a
// surname and a number; ages over 89 as bare numbers in context; lower-case towns; month/day after
// obstetric and event words) and of its false positives (brands, eponymous signs and catheters,
// echo abbreviations, credentials, decade ranges, CLIA numbers, fractions, therapy frequencies,
// telehealth vendor sites), never from their strings. Markup as in handwritten.ts.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  // 1. Lower-case single names and typist initials in terse nursing notes.
  `0600 pt {{NAME:brandvold}} resting quietly, no c/o pain. vss. rn {{NAME:kd}} hung 2nd unit prbc at 1400. will cont to monitor /{{NAME:mk}}`,
  `1900 pt {{NAME:vandermolen}} up to chair w/ assist x1. np {{NAME:jl}} aware of k 3.1, repleted per protocol.
cm {{NAME:tw}} working on snf placement, family aware /{{NAME:rs}}`,
  `pt {{NAME:okereke}} refused am meds, educated. sw {{NAME:dh}} to see re: housing. ambulated in hall x2 w/ walker.
lpn {{NAME:ag}} gave report to oncoming shift /{{NAME:jb}}`,
  `0300 pt {{NAME:castellanos}} restless, pulling at iv. 1:1 sitter at bedside. md {{NAME:pr}} paged, haldol 0.5 mg iv given. /{{NAME:ew}}`,
  `pt ambulating in hall, pt refused bath, pt/ot following. rn aware, np at bedside, cm to follow up. o2 2l nc, 94% on 2 l/min
iv site c/d/i, s/p cath, n/v resolved, w/c to dept.`,

  // 2. Employers and practices with no facility word, lower-case facilities, "st. x", named wards.
  `Social: works as a bookkeeper at {{FACILITY:Hadley & Crane}}; husband is a retired machinist from {{FACILITY:Brixton Tool Co}}. Daughter employed by {{FACILITY:Millbrook Roofing}}.`,
  `Pediatrician is Dr. {{NAME:Voss}} at {{FACILITY:Ostrander and Vail}}. Mother works for {{FACILITY:Kessler Bros Plumbing}}, father drives for {{FACILITY:Delgado Trucking Inc}}.`,
  `pt works at {{FACILITY:quarry hill landscaping}}, wife at {{FACILITY:pinecrest dental}}. transferred from {{FACILITY:st. brigid's}} last pm, prior admit at {{FACILITY:st. anselm}}.`,
  `Transferred to {{FACILITY:Hartwell 7}} (step-down) overnight; returned to {{FACILITY:Pemberton 4}} on {{DATE:3/19}}. Previously on {{FACILITY:Farrow 12}}.`,
  `Employer: {{FACILITY:Fenwick & Sons}}. Second job at {{FACILITY:Tamarack Auto Body}}. Former employer {{FACILITY:Blue Heron Landscaping LLC}}.`,
  `Risk & benefits discussed. Nausea & vomiting resolved. PT & OT to see. Q&A session held. Braden 14, Morse 45. On Lasix 40, Coumadin 5. Mobitz 2 on tele. Moved to room 7, bed 2.`,

  // 3. Ages over 89 as bare numbers in context.
  `{{NAME:Wilhelmina Stroud}} ({{AGE:97}}) seen in clinic with her niece. {{NAME:Ambrose Kettleby}}, {{AGE:91}}, her neighbor, also came.`,
  `Pt age ~{{AGE:92}}, lives alone. Mother died aged {{AGE:96}}; father alive at {{AGE:101}}. Patient is in her {{AGE:90s}}; sister in her late {{AGE:90s}}.`,
  `Labs: Na 139, Cl 99, K 4.1, glucose 96. HR (99), SpO2 94% RA, BP 92/60, wt 95 kg. Pt in room 91. Parents both lived into their 70s-80s.`,
  `AGE/SEX: {{AGE:94}}/F. Age - {{AGE:93}}. {{NAME:Ignatius Prewitt}} ({{AGE:90}} y) accompanied by son.`,

  // 4. Lower-case towns and towns in addresses without a ZIP.
  `pt lives alone in {{LOCATION:marblehead}} with cat. dtr drives in from {{LOCATION:haverhill}}. plans to move to {{LOCATION:peabody}} w/ son next mo.`,
  `Address: {{ADDRESS:22 Orchard Ln}}, {{LOCATION:Hollis}}. Staying with sister at {{ADDRESS:8 Wren St}}, {{LOCATION:Ashby}} until repairs done.`,
  `pt resides in {{LOCATION:lowell}} w/ wife. was living in {{LOCATION:tewksbury}} until 2019. son in {{LOCATION:chelmsford}} with grandkids.`,
  `lives in home with husband. from home, to rehab, went to bed. moved to chair. lives in apt w/ daughter.`,

  // 5. Month/day after obstetric and event words.
  `G2P1001 at 36 3/7 wk. LMP {{DATE:2/9}}, EDD {{DATE:11/16}} by 8 wk US. Prior SVD {{DATE:6/4}}. GTT {{DATE:8/20}} normal. NST {{DATE:10/2}} reactive. Apgars 8/9.`,
  `IVF: retrieval {{DATE:5/30}}, transfer {{DATE:6/4}}, beta {{DATE:6/14}} positive. Earlier IUI {{DATE:1/12}} and {{DATE:3/8}} unsuccessful. FET {{DATE:9/21}} planned.`,
  `EDC {{DATE:4/27}}. Induction {{DATE:4/20}} for GHTN. Delivered {{DATE:4/21}}; delivery {{DATE:4/21}} by c/s. Anatomy scan {{DATE:12/9}} wnl. Dating US {{DATE:9/30}}.`,

  // 6. False positives: brands, eponymous signs and catheters, echo abbreviations, credentials.
  `Given Praxbind 5 g for dabigatran reversal; Kcentra and Andexxa not needed. Trousseau sign negative, Chvostek negative, Homans sign absent. Tenckhoff catheter and Groshong line in place; Quinton catheter removed.`,
  `Echo: LVEF 55%, LAVI 38 mL/m2, TV regurgitation mild, MV normal, TAPSE 1.9 cm, RVSP 32, LVOT VTI 19. E/e' 11.`,
  `Diabetes education by {{NAME:Corliss Aubuchon}}, RN, CDCES. Lactation with {{NAME:Marit Engebretsen}}, IBCLC. Nutrition: {{NAME:Perpetua Lindqvist}}, RD, LDN.`,

  // 7. False positives: decade ranges, CLIA and lab numbers, brand-like facilities, fractions, frequencies, vendor sites.
  `Parents lived to their 70s-90s. Performing lab CLIA #22D0987654, CAP #7194632. Referred to Parkinson clinic. Ate 2/3 of meals, 1/3 of breakfast.`,
  `Plan: PT 3x/wk, OT 2w3, SLP 1w4, walk 15-min twice daily, 30-min sessions. Visit by video on doxy.me; backup via zoom.us. Patient portal {{URL:mychart.hollisfamilymed.org}}.`,
  // Batch 2 (written after the first changes, measured before its own): other surface forms of the same classes.
  `2300 pt {{NAME:haverkamp}} sleeping, easily arousable. cna {{NAME:lb}} assisted w/ turning q2h. rn {{NAME:dmt}} to recheck bg at 0200.
no acute events overnight /{{NAME:kp}}`,
  `pt {{NAME:moczygemba}} tolerated diet, pt denies pain. np {{NAME:rk}} reviewed cxr. tele: nsr 70s.
pt educated on fall risk, verbalized understanding /{{NAME:aw}}`,
  `Pt's son is a foreman at {{FACILITY:Gallagher Excavating}}; daughter-in-law bookkeeper for {{FACILITY:Pruitt & Lomax}}. Pt retired from {{FACILITY:Northfield Steel Co}}.`,
  `lives w/ wife, works nights at {{FACILITY:riverside bakery}}. brought from {{FACILITY:st. columba's}} ed by ems. f/u w/ dr {{NAME:quist}} at {{FACILITY:ridgeway pediatrics}}.`,
  `Moved back to {{FACILITY:Tilden 9}} after the MRI. Came up from {{FACILITY:Whitcomb 6}} this am.`,
  `HPI: {{NAME:Leocadia Fairweather}}, {{AGE:93}}, with dementia, brought by caregiver. Her brother {{NAME:Osric Fairweather}} ({{AGE:95}}) lives nearby. She turned {{AGE:94}} in {{DATE:May}}.`,
  `pt resides alone in {{LOCATION:swampscott}}, dtr in {{LOCATION:beverly}} w/ 3 kids. wants to move to {{LOCATION:danvers}} closer to family.`,
  `OB: G3P2002, LMP {{DATE:7/14}}, EDC {{DATE:4/20}}. Prior NSVD {{DATE:2/2}} and c/s {{DATE:11/30}}. OGTT {{DATE:1/9}}: 1 abnl value. Cerclage {{DATE:10/15}}. NIPT {{DATE:9/2}} low risk.`,
  `Chest: Kussmaul respirations absent. PleurX catheter draining 300 mL. Hickman line flushed. Gave Kcentra 2000 units. RA pressure 8, LA size normal, AV peak velocity 2.1 m/s.`,
  `Seen by {{NAME:Anneliese Brathwaite}}, MSN, RN, CCRN, and {{NAME:Dov Halperin}}, PharmD, BCPS. Wound care: {{NAME:Tamsin Oyelowo}}, BSN, CWOCN.`,
  `Symptoms since her 20s-30s, worse in 40s-50s. NDC 0409-4888-02. CLIA: 05D1029384. OT 3w4, PT 2x/wk x 6 wk, SLP 1-2x/wk. Telehealth via https://doxy.me/; group class on zoom.us.`,
  `Labs {{DATE:3/4}}: Hgb 9.1. 1/2 tab bid. Finished 2/3 of the course. Apgars 8/9. Stress test: Bruce 9 min. Braden 16. On Morse 45 precautions.`,
  // Batch 3 (written after the batch-2 changes, with the nearby forms a real corpus brings): spelled
  // ages, relations in brackets, multi-word lower-case towns, chains of credentials, more obstetric
  // events, lab accreditation numbers.
  `spoke w/ {{NAME:ottavia}} (dtr) by phone; pt's sis {{NAME:henrike}} to visit. pt from {{LOCATION:new bedford}}, lives in {{LOCATION:fall river}} w/ son.`,
  `Pt is {{AGE:ninety-two}} and sharp. Her sister, age {{AGE:ninety-six}}, lives in {{LOCATION:Tiverton}}.`,
  `PPROM {{DATE:10/2}}, AROM {{DATE:10/3}}, VBAC {{DATE:10/4}}. Postpartum visit {{DATE:11/14}}.`,
  `Note by {{NAME:Rosalind Achebe}}, MSN, APRN, FNP-BC, CDCES; cosigned {{NAME:Bo Lindgren}}, PT, DPT, OCS.`,
  `Reference lab CLIA ID: 44D1187320; CAP accreditation # 7730215. Device cleared under FDA 510(k) K203311. LOINC 2345-7.`,
  `pt works at {{FACILITY:walmart}}, wife at {{FACILITY:market basket}}. address {{ADDRESS:22 linden st}}, {{LOCATION:dedham}}. summers in maine, from mexico originally.`,
  `Started Entresto and Jardiance; Trelegy continued. Seen with {{NAME:Ysolde}} and {{NAME:Perpetua}} (nieces).`,
  `Daughter is a teller at {{FACILITY:Harwich Savings}}; son-in-law at {{FACILITY:Dunmore Trust}}. Blood Bank notified; Food Bank referral made.`,
];

export const TUNING_5_HANDWRITTEN_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`tune5-hand-${i + 1}`, n));
