// The second part of the held-out realistic notes (see heldout-realistic.ts for the rules).
// Measure only; never tune the engine to these strings.

export const MORE_HELDOUT_MARKED = [
  `Ophthalmology
VA cc: OD 20/40, OS 20/25. IOP 18/21 by Goldmann. SLE: 2+ NS OU. DFE: C/D 0.7 OS w/ inferior notching. HVF 24-2 OS w/ sup arcuate defect.
A/P: POAG OS > OD. Start latanoprost qhs OU. OCT RNFL next visit. RTC 3 mo w/ Dr. {{NAME:Haq}} -- pt prefers Saturday clinic at the {{LOCATION:Quincy}} satellite.`,

  `NEUROLOGY CONSULT
REASON: L arm weakness.
HPI: 63 yo RH man, LKW 0730 per his wife {{NAME:Conchita}}, who found him at breakfast unable to lift his coffee cup. NIHSS 4 (LUE drift, facial droop, dysarthria). CTA no LVO. tPA given at 0912. Romberg deferred. Babinski upgoing on L.
Seen and examined with attending, Dr. {{NAME:Ulrich Baumgartner}}. Stroke fellow: {{NAME:Temitope Ajayi}}.`,

  `ONC FOLLOW UP  {{DATE:6/11/2019}}
MS. {{NAME:QUIGLEY}} returns for C3D1 of R-CHOP for DLBCL (dx {{DATE:3/2019}}, stage IIIA, IPI 2). Tolerating well, mild neuropathy in toes. Hx of Hodgkin's lymphoma treated w/ ABVD in 1998 at {{FACILITY:Dana-Farber}}. Her husband {{NAME:Ellis}} drove her in. ANC 1.9, proceed. Next cycle {{DATE:7/2}}. PET after C4.
{{NAME:Vanterpool}}`,

  `AFTER VISIT SUMMARY
Your next appointment: Dr. {{NAME:Liang}} on {{DATE:Thursday, March 7th at 2:40 PM}}
Location: {{FACILITY:Westgate Family Practice}}
{{ADDRESS:1180 Commonwealth Avenue, Suite 4}}
{{LOCATION:Brighton}}, MA {{ZIP:02135}}
Call {{PHONE:617-555-0182}} if you need to reschedule. Bring your pill bottles. MyChart code: {{ID:XK4T-9QPL-22RM}}`,

  `GI clinic. 52M w/ GERD, Barrett's w/o dysplasia on EGD {{DATE:6/2018}}. Colonoscopy 2017 normal. On omeprazole 40 daily. Mother had gastric ca at 60. Pt is originally from {{LOCATION:Guadalajara}}, moved to {{LOCATION:Pomona}} in 1995. Plan: repeat EGD w/ biopsies (Seattle protocol) in {{DATE:June}}. Referred by {{NAME:Marguerite Fontaine}}, NP.`,

  `SBAR handoff 1900
S: {{AGE:97}}F, admitted for urosepsis, now on CTX day 3.
B: Dementia, CKD, hx CVA. From {{FACILITY:Lakeview Terrace}} ALF.
A: afebrile, BP 118/64, mildly confused at baseline per son. UOP ok.
R: f/u BCx, PT eval in AM. Son {{NAME:Darnell}} (HCP) {{PHONE:404-555-0117}} wants a call if any change.
- {{NAME:Chantal}} RN to {{NAME:Abimbola}} RN`,

  `ID CONSULT
Q: fever in returning traveler.
34M software engineer, returned {{DATE:1/8}} from 3 wks visiting family in {{LOCATION:Lagos}} and {{LOCATION:Ibadan}}, Nigeria. Did not take malaria ppx. Fever to 39.8, rigors, HA. Thick/thin smear: P. falciparum 2.1%. Started IV artesunate. Contacts: wife {{NAME:Adaeze}} also travelled, asymptomatic, advised testing at {{FACILITY:Brigham and Women's Hospital}} travel clinic.`,

  `ED NOTE (MVC)
Pt was restrained driver of a silver Ford F-150, MA plate {{VEHICLE:4TKL92}}, T-boned on driver side at ~35 mph on {{ADDRESS:Route 1A}} in {{LOCATION:Revere}}. +airbag. C/o L chest wall pain. FAST neg. CXR: L 6-8 rib fx, no PTX. Police officer Sgt. {{NAME:Mahoney}} requested BAL - drawn w/ pt consent at 2140: 0.00.`,

  `EP clinic. S/p dual-chamber PPM (Medtronic Azure XT DR, SN {{DEVICE:PJN448210H}}) implanted {{DATE:10/21/2018}} for CHB. Device check: AP 34%, VP 99%. Battery 10.5 yrs. No AHREs. Pt asks about MRI for his back - device is MRI-conditional. Next remote {{DATE:4/2019}}. Pt's email {{EMAIL:t.okonjo@example.org}} for remote monitoring reports.`,

  `PEDIATRIC WELL VISIT 4 yr
Accompanied by mother ({{NAME:Keziah}}) and younger sib. Attends {{FACILITY:Little Acorns Preschool}}. Speech: 3-4 word sentences, referred for SLP eval in {{DATE:Jan}}. Vision screen passed. Growth: wt 50th %ile, ht 40th %ile. Vaccines: DTaP, IPV, MMR, Varicella given. Next WCC at 5 yrs with Dr. {{NAME:Ortega-Sandoval}}.`,

  `Correctional health transfer note. Pt is a 41 yo man currently incarcerated at {{FACILITY:MCI-Norfolk}}, inmate # {{ID:W95512}}. Brought in shackles by two officers for eval of hematemesis. EGD: LA grade C esophagitis. Return to facility w/ PPI BID. Results faxed to {{FACILITY:MCI-Norfolk}} HSU at {{FAX:508-555-0160}}.`,

  `HOMELESS OUTREACH
Pt known to our team, sleeps most nights at {{FACILITY:Pine Street Inn}} or under the {{ADDRESS:Mass Ave}} bridge. Presents w/ cellulitis L shin, 8 cm erythema, no fluctuance. Started on cephalexin. Pt has no phone; can be reached via case worker {{NAME:Odalys}} at {{FACILITY:Boston Health Care for the Homeless}} ({{PHONE:617-555-0101}}).`,

  `ED course: pt BIBA from home, {{ADDRESS:43 Quarry Rd, Apt 3F}}
{{LOCATION:Milford}}, CT {{ZIP:06460}}
after daughter found her confused. FSBG 38 -> D50 -> 142 and mental status cleared. Pt on glipizide, recent poor PO intake. {{AGE:93}} y.o. per ID; lives w/ daughter {{NAME:Theresa Vukovic}}.`,

  `{{DATE:Sept. 9, 2019}}
To: {{NAME:Gwendolyn Tsai}}, NP
{{FACILITY:Chinatown Community Clinic}}
Re: {{NAME:Lam, Kwok-Wah}} (DOB {{DATE:2/2/1951}})
Dear Ms. {{NAME:Tsai}},
I saw Mr. {{NAME:Lam}} today in the hepatology clinic. HBV DNA undetectable on entecavir. Fibroscan 6.2 kPa. AFP 3. US liver w/o masses. Continue entecavir and HCC surveillance q6 months.
cc: {{NAME:Gwendolyn Tsai}}, NP
Dr. {{NAME:Solveig Amundsen}}`,

  `Family history: Mother deceased at 88 (MI). Father deceased at 70 (lung ca). Children: {{NAME:Ruth}} (lives in {{LOCATION:Omaha}}, healthy), {{NAME:Daniel}} (deceased, MVA), {{NAME:Miriam}} (lives w/ pt, type 1 DM). Siblings: brother {{NAME:Avram}} w/ prostate ca. No hx of colon ca.`,

  `Progress note -- Hospital day 5
Overnight: pt pulled out PIV x2. Sitter at bedside. Pt's nephew {{NAME:Jamal}} visited, pt calmer w/ him. Per {{NAME:Jamal}}'s mother (pt's sister), pt has been "off" for 2 weeks.
Exam: A&Ox1. Asterixis +.
A/P: hepatic encephalopathy, titrate lactulose to 3-4 BM/day, add rifaximin. Discussed w/ hepatology fellow Dr. {{NAME:Kaveh Tehrani}}.`,

  `MR. {{NAME:O'SHAUGHNESSY}} IS A 67 YO MAN W/ COPD ON 2L HOME O2 WHO PRESENTS W/ 3 DAYS OF INCREASED SPUTUM AND DYSPNEA. HE LIVES IN {{LOCATION:DORCHESTER}} W/ HIS WIFE {{NAME:BRIDGET}}. SMOKES 1/2 PPD. LAST ADMIT {{DATE:DEC 2018}} AT {{FACILITY:CARNEY HOSPITAL}}.`,

  `Mr. {{NAME:De la Cruz}} and Mr. {{NAME:van der Berg}} (roommates) both presented after CO exposure from a faulty space heater in their apartment at {{ADDRESS:12 Wendell Street, Unit 2}}, {{LOCATION:Cambridge}}. COHb 18% and 22%. Both placed on NRB. Hyperbaric consulted at {{FACILITY:MGH}}.`,

  `ANESTHESIA PRE-OP EVALUATION
Planned procedure: R TKA w/ Dr. {{NAME:Wojcik}} on {{DATE:the 3rd of January}}.
ASA III. Mallampati 2. METs > 4. OSA on CPAP. Prior anesthetic: uneventful GA for appy in 1988. Family hx MH: none. NPO after MN. Hold metformin AM of surgery.
Pt's ride home: brother-in-law {{NAME:Stanislaw}}.`,

  `SLEEP STUDY REPORT
Study date: {{DATE:08/14/2019}}   Study #: {{ID:PSG-19-3381}}
Referring: {{NAME:Helga Strand}}, MD
AHI 32.4/h, RDI 38, nadir SpO2 78%. Supine predominant. PLMI 4.
Interpretation: severe OSA. Recommend CPAP titration.
Interpreting physician: {{NAME:Rafael Antunes}}, MD, D.ABSM`,

  `ED dispo: d/c'd {{DATE:3/4}} after reduction of R distal radius fx (Colles). Splint, sling. Follow-up with hand surgery (Dr. {{NAME:Ikeda}}) in 1 wk; return {{DATE:3/11}} for repeat xray. Tylenol/ibuprofen for pain. Work note given for employer ({{FACILITY:Amazon}} fulfillment center in {{LOCATION:Fall River}}).`,

  `Endocrine: T2DM dx'd 2011. A1c 8.2 ({{DATE:3/2019}}) -> 7.4 today. On metformin 1000 BID, empagliflozin 10. No hypos. Retinal exam {{DATE:Jan 2019}} at {{FACILITY:Kellogg Eye Center}}: no DR. Foot exam: monofilament intact. Lives in {{LOCATION:Ypsilanti}}, works nights at the {{FACILITY:Ford Rawsonville}} plant.`,

  `Geri clinic. Pt seen {{DATE:Tuesday 3/4}} with her son {{NAME:Ezekiel}}. She is a {{AGE:ninety-six}}-year-old widow who still lives alone. Gait slow, uses cane. Hearing poor (R aid). Son reports she got lost driving to {{LOCATION:Woonsocket}} last month. MoCA 21/30. Discussed driving cessation -> pt tearful but agrees.`,

  `GENETICS
Proband is a 19 yo M with tall stature, arachnodactyly, ectopia lentis: clinical dx of Marfan (Ghent). Echo: aortic root 4.1 cm (Z 3.2). Father {{NAME:Reginald}} has similar habitus and had an aortic dissection at 44 at {{FACILITY:Cleveland Clinic}}. FBN1 sequencing sent to {{FACILITY:GeneDx}}, req # {{ID:GDX-2219017}}.`,

  `Transplant hepatology. Listed {{DATE:02/20/2019}}, MELD-Na 27. UNOS ID {{ID:KLM4471}}. Blood type O+. Pt's living donor evaluation: friend {{NAME:Caridad Montalvo}} (not a match). Pt's wife {{NAME:Yesenia}} is primary caregiver, lives 20 min from {{FACILITY:Tampa General}}.`,

  `Radiology - MRI BRAIN W/WO
CLINICAL HX: 38F w/ new HA, r/o mass.
TECHNIQUE: Multiplanar multisequence MRI before and after 7 mL Gadavist.
COMPARISON: CT head {{DATE:05/02/2019}} ({{FACILITY:Good Samaritan}}).
FINDINGS: 1.2 cm extra-axial dural-based enhancing lesion along the L convexity, c/w meningioma. No edema. Ventricles nl.
IMPRESSION: Small L convexity meningioma. Neurosurgery referral suggested.
Attending radiologist: {{NAME:Lindiwe Khumalo}}, MD   {{DATE:05/09/2019 08:47}}`,

  `Pt {{NAME:KYLE}} is a 45 y/o with EtOH use d/o, here for detox. Last drink this am. CIWA 14. Lives w/ girlfriend {{NAME:Kayleigh}} in {{LOCATION:Brockton}}. Works construction for {{FACILITY:Shawmut}}.
Plan: librium taper, thiamine, folate, MVI. SW consult.
-- {{NAME:JOHN}} (RN)
cosign {{NAME:J. Smith}}, MD`,

  `Discharge summary (brief)
Patient: {{NAME:Smith, J.}}   Unit: {{FACILITY:White 9}}   Adm: {{DATE:Jan 3rd}}   D/C: {{DATE:Jan 7th}}
Dx: C. diff colitis. Tx: PO vanc x 10 d. Contact precautions.
F/u: PCP (Dr. {{NAME:Amaral}}) in 1 wk. Home w/ wife {{NAME:Gloria}}.
Dictated by {{NAME:Henrietta Blumenthal}}, PA-C`,

  `OT note. Pt requires mod A for LB dressing, min A for toileting. Cognition: impaired safety awareness. Recommend d/c to {{FACILITY:Sunny Acres Nursing and Rehabilitation}} vs home w/ 24h supervision. Pt's daughter {{NAME:Wilhelmina}} prefers home, she will move in w/ pt at {{ADDRESS:8 Cobblestone Ct}}
{{LOCATION:Shrewsbury}}. Will provide DME list.
{{NAME:Marguerite}} (OTR/L)`,

  `Urology. 68 yo M w/ BPH, IPSS 22, PVR 180 mL. On tamsulosin + finasteride. Cysto: trilobar hypertrophy. Discussed HoLEP vs TURP. Pt wants to think it over and talk with his wife {{NAME:Agnieszka}}. Will call office ({{PHONE:(312) 555-0148 ext. 3}}) to schedule. PSA 3.1 (Spring 2019: 2.9).`,

  `Ambulatory ECG monitor: recorded {{DATE:07/08/2019}} - {{DATE:07/22/2019}}, serial {{DEVICE:ZIO-AT-0088213}}. Predominant rhythm SR, avg HR 74. 3 runs of SVT, longest 11 beats. Pt-triggered events correlated w/ PACs. Report to Dr. {{NAME:Cheng-Whitaker}}, {{FACILITY:Sandpoint Cardiology}}, fax {{FAX:208-555-0133}}.`,

  `Psych progress note. Pt more organized today. Denies AH. Slept 7 hrs. Attended group. Called her mother (Mrs. {{NAME:Oyelaran}}) who will visit Sunday. Pt's outpt psychiatrist is Dr. {{NAME:Bettina Kroll}} at {{FACILITY:North Suffolk Mental Health}}; appt set for {{DATE:10/15}} at 10 am.`,

  `CARDIAC CATH REPORT
Pt: {{NAME:FITZPATRICK, DESMOND}}   Age: {{AGE:91}}   MRN: {{MRN:00918273}}   Date: {{DATE:12/30/2019}}
Operator: {{NAME:R. Anantharaman}}, MD
Findings: LM nl. LAD 90% prox -> DES x1 (3.0 x 18). LCx 40%. RCA 100% chronic w/ L-R collaterals.
Closure: TR band R radial.
Pt's daughter {{NAME:Siobhan}} updated in waiting room.`,

  `HOME VISIT - VNA
Visit {{DATE:2/14}}, 1030. Pt {{NAME:Olaf Lindgren}}, {{AGE:95}} yo, at home at
{{ADDRESS:203 Birchwood Dr}}
{{LOCATION:Duluth}}, MN {{ZIP:55803}}.
Wife {{NAME:Greta}} is caregiver. Wt up 2 lb. Lungs w/ bibasilar crackles. Called Dr. {{NAME:Haugen}}'s office ({{PHONE:218.555.0159}}), lasix increased to 40 BID x 3 d. Next visit {{DATE:2/17}}.`,
];
