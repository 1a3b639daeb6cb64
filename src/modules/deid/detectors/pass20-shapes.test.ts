// Pass 20: staff initials the note ties to a person, and the initials staff sign with.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDeidEngine } from '../deid-engine';

// The rules alone: the token model on top of them has its own tests (token-model.test.ts).
const engine = createDeidEngine({ tokenModel: null });
const typed = (text: string, type: string) => engine.detectWithText(text).filter((s) => s.type === type).map((s) => s.text);

describe('initials keyed to a name (pass 20)', () => {
  it('reads a key in lower case, after a slash or in brackets, and spreads it through the note', () => {
    assert.deepEqual(typed('Wound rounds.\nRM = Rosalind Mbeki, RN, CWOCN;  tl = Thuy Le, LPN\n6/2 dressing changed tl', 'NAME'), ['RM', 'Rosalind Mbeki', 'tl', 'Thuy Le', 'tl']);
    assert.deepEqual(typed('f/u next week.\njm / Jovana Milosavljevic PTA', 'NAME'), ['jm', 'Jovana Milosavljevic']);
    assert.deepEqual(typed('return leg completed.\n-bk (Bao Khanh)', 'NAME'), ['bk', 'Bao Khanh']);
  });
  it('finds the name among the words before the key, and the initials of a hyphenated surname', () => {
    assert.deepEqual(typed('Tech E. Nakashima (EN) released units; checked EN', 'NAME'), ['E. Nakashima', 'EN', 'EN']);
    assert.deepEqual(typed('processing J. Sandoval-Price (JSP); released', 'NAME'), ['J. Sandoval-Price', 'JSP']);
    assert.deepEqual(typed('Corrected by W. Adeyemi-Frost, MLS (waf); approved', 'NAME'), ['W. Adeyemi-Frost', 'waf']);
    assert.deepEqual(typed('Kiri Paewai, OTR/L (KP)   co-tx', 'NAME'), ['Kiri Paewai', 'KP']);
  });
  it('leaves the initials of a place or a plan, and a key that names no one', () => {
    assert.deepEqual(typed('Insurance: OHP (Oregon Health Plan) ID OHP-12', 'NAME'), []);
    assert.deepEqual(typed('Kessler-Marlow Medical Center (KMMC), Hackensack', 'NAME'), []);
    assert.deepEqual(typed('bup/nx 16 mg (Buprenorphine Naloxone) daily', 'NAME'), []);
  });
});

describe('one person\'s initials after the staff who review, check or cover (pass 20)', () => {
  it('takes initials after these roles', () => {
    assert.deepEqual(typed('Crisis line log 01/27 02:14 | counselor JW\nnext', 'NAME'), ['JW']);
    assert.deepEqual(typed('Tech H. Mwangi.  2nd check MDC', 'NAME'), ['H. Mwangi', 'MDC']);
    assert.deepEqual(typed('door ajar; ack JH. No samples affected', 'NAME'), ['JH']);
    assert.deepEqual(typed('Prepared by KL; QA mk', 'NAME'), ['KL', 'mk']);
    assert.deepEqual(typed('Covering: DLK pgr 4471 | Day intern: Nakamura', 'NAME'), ['DLK', 'Nakamura']);
  });
  it('leaves an abbreviation, a list and a label after them', () => {
    assert.deepEqual(typed('Reviewed EOB: claim denied', 'NAME'), []);
    assert.deepEqual(typed('Information reviewed: APS from the attending', 'NAME'), []);
    assert.deepEqual(typed('Verified bup/nx 16 mg/d from the PDMP', 'NAME'), []);
    assert.deepEqual(typed('reviewed CT. No change.', 'NAME'), []);
  });
});

describe('surname-first names in rows, headers and record lines (pass 20)', () => {
  it('takes a name that starts a row and ends before a column, an age, a record number or the line end', () => {
    assert.deepEqual(typed('Red Cedar Kidney Care\n\nBellweather, Dontrell   57M   MRN RCK-227104', 'NAME'), ['Bellweather, Dontrell']);
    assert.deepEqual(typed('Device clinic\n0820 Benítez Ruiz, Ovidio     ICD  Medtronic', 'NAME'), ['Benítez Ruiz, Ovidio']);
    assert.deepEqual(typed('Handoff\n3) Gutiérrez Salinas, José 716 - GI bleed', 'NAME'), ['Gutiérrez Salinas, José']);
    assert.deepEqual(typed('Patient: de la Fuente Ortega, María José   DOB 05/30/1969', 'NAME'), ['de la Fuente Ortega, María José']);
    assert.deepEqual(typed('1  | 0812 | Oyelaran, T. (TRC-0048291)  | consult', 'NAME'), ['Oyelaran, T']);
    assert.deepEqual(typed('R240102-0007,2024-01-02,"Whitcomb, Harold J",00391188', 'NAME'), ['Whitcomb, Harold J']);
  });
  it('takes a lower-case name at a line start before an age and sex', () => {
    assert.deepEqual(typed('psych holds\nbed 21  whitehorse, delbert  52m  5150 day 2', 'NAME'), ['whitehorse, delbert']);
  });
  it('leaves a rank before the surname and a credential after it', () => {
    assert.deepEqual(typed('Soldier: SPC Lindqvist-Mora, Elena  SSN 471-02-6638', 'NAME'), ['Lindqvist-Mora, Elena']);
    assert.deepEqual(typed('Very truly yours,\nHelena Kasprzak, Esq.\nAtty Reg. No. 0071184', 'NAME'), ['Helena Kasprzak']);
  });
  it('leaves diagnoses, drugs, towns and states written the same way', () => {
    assert.deepEqual(typed('Dx: Hypertension, Essential   ICD I10', 'NAME'), []);
    assert.deepEqual(typed('Meds: Lasix, Coreg\nAllergies: Penicillin, Sulfa  ', 'NAME'), []);
    assert.deepEqual(typed('Home: Dallas, TX   phone on file', 'NAME'), []);
    assert.deepEqual(typed('Born: Toledo, Ohio\n', 'NAME'), []);
  });
});

describe('aliases of unidentified patients (pass 20)', () => {
  it('takes the alias with its number, and the alias again without its first word', () => {
    assert.deepEqual(typed('Pt: TRAUMA, QUARTZ   temp MRN T00918274', 'NAME'), ['TRAUMA, QUARTZ']);
    assert.deepEqual(typed('Pt name: UNKNOWN, DELTA 88    temp MRN PX-TMP-0088', 'NAME'), ['UNKNOWN, DELTA 88']);
    assert.deepEqual(typed('1 | TRAUMA, ALPHA 2501 | GSW chest\nIDs confirmed: ALPHA 2501 = Jamari Stokes', 'NAME'), ['TRAUMA, ALPHA 2501', 'ALPHA 2501', 'Jamari Stokes']);
  });
  it('leaves what describes the trauma', () => {
    assert.deepEqual(typed('HX: TRAUMA, BLUNT; no LOC', 'NAME'), []);
  });
});

describe('programs, teams and services named by their kind, and police units (pass 20)', () => {
  it('takes community teams, clubhouses, respites, fertility clinics and banks', () => {
    assert.deepEqual(typed('ACT TEAM HUDDLE -- Northside ACT  mon 2/5', 'FACILITY'), ['Northside ACT']);
    assert.deepEqual(typed('referral to Harbor ACT Team, RRP bed', 'FACILITY'), ['Harbor ACT Team']);
    assert.deepEqual(typed('accepted ride to Willow Rock Crisis Residential. Mom notified', 'FACILITY'), ['Willow Rock Crisis Residential']);
    assert.deepEqual(typed('treated Feb 2005 at Huron Valley Fertility (closed 2016)', 'FACILITY'), ['Huron Valley Fertility']);
    assert.deepEqual(typed('referred to Golden Gate Money Management org payee', 'FACILITY'), ['Golden Gate Money Management']);
  });
  it('leaves laws, headings of generic words and codes after the kind', () => {
    assert.deepEqual(typed('BAKER ACT - LAW ENFORCEMENT REPORT', 'FACILITY'), []);
    assert.deepEqual(typed('PEER RESPITE -- GUEST STAY LOG', 'FACILITY'), []);
    assert.deepEqual(typed('Donor: Lucia Delgado-Ferris   MRN ACT-5590118', 'FACILITY'), []);
  });
  it('takes a precinct, district, zone or division after a police department', () => {
    assert.deepEqual(typed('Brought by NYPD 66 Pct under MHL 9.41', 'FACILITY'), ['66 Pct']);
    assert.deepEqual(typed('CPD 7th District, RD# JH-341177.', 'FACILITY'), ['7th District']);
    assert.deepEqual(typed('Brought by APD Zone 4 Ofc. R. Villanueva', 'FACILITY'), ['Zone 4']);
    assert.deepEqual(typed('LAPD Hollywood Division Det. Rene Okimoto', 'FACILITY'), ['Hollywood Division']);
  });
});

describe('names in quotes that the note says are a person\'s (pass 20)', () => {
  it('takes a name after the words that give it, before "real name", and opening a log row', () => {
    assert.deepEqual(typed('Pt then states name is "Dre", refuses last name', 'NAME'), ['Dre']);
    assert.deepEqual(typed('Pt calls him "Mac". Imaginal exposure x 40 min', 'NAME'), ['Mac']);
    assert.deepEqual(typed('mezzanine -- "Professor" (real name unknown) asleep', 'NAME'), ['Professor']);
    assert.deepEqual(typed('night of 12/21/24, low -22F\n2215 "Walt" 60s, boots soaked', 'NAME'), ['Walt']);
    assert.deepEqual(typed('pt calls mother "Nana Rae" nightly', 'NAME'), ['Rae']);
  });
  it('takes a given name, a nickname and a surname together, without the role before them', () => {
    assert.deepEqual(typed('Records request for Ignatius "Iggy" Pawlowski, DOB 5/5/1955', 'NAME'), ['Ignatius', 'Iggy', 'Pawlowski']);
    assert.deepEqual(typed('Friend Marcus "Tank" Feeney also at the event', 'NAME'), ['Marcus', 'Tank', 'Feeney']);
  });
  it('leaves quoted words that no cue makes a name', () => {
    assert.deepEqual(typed('repeats "Ray will come" at night', 'NAME'), []);
    assert.deepEqual(typed('Plan\n"Stable": no changes today', 'NAME'), []);
  });
});

describe('the speakers of chats and timed logs (pass 20)', () => {
  it('takes names and initials that speak, without the role or credential around them', () => {
    assert.deepEqual(typed('[0214] tomasz (MICU charge): not yet\n[0215] tomasz: ok', 'NAME'), ['tomasz', 'tomasz']);
    assert.deepEqual(typed('[08:02] kayla r RN: pt called\n[08:05] Dr V-L: no hcg\n[08:33] Dr V-L: thx', 'NAME'), ['kayla r', 'V-L', 'V-L']);
    assert.deepEqual(typed('0703 dom: me. labs back?\n0711 dom: wife called', 'NAME'), ['dom', 'dom']);
  });
  it('leaves the words of the log, places and initials that speak once', () => {
    assert.deepEqual(typed('0830 Vitals: BP 142/88\n14:20 Teach-back: pt demonstrates pen use\n20:58 callback: bleeding slowed', 'NAME'), []);
    assert.deepEqual(typed('[23:44] spec: sorry to hear\n[23:46] spec: are you safe', 'NAME'), []);
    assert.deepEqual(typed('0930 Tununak: medevac delayed', 'NAME'), []);
    assert.deepEqual(typed('0703 mk: labs back', 'NAME'), []);
  });
});

describe('initials in the places staff sign (pass 20)', () => {
  it('takes a dictation footer before its date or job, whatever its parts spell', () => {
    assert.deepEqual(typed('PCP 1 wk.\nES/TR D: 09/18/2022 T: 09/19/2022', 'NAME'), ['ES', 'TR']);
    assert.deepEqual(typed('OPAT labs weekly.\n\nIC/VS/mlk   Job 88412-07', 'NAME'), ['IC', 'VS', 'mlk']);
  });
  it('takes initials signed after a dash, and at a line start before a credential, pager or training year', () => {
    assert.deepEqual(typed('Henry recheck sting, swelling down.\n-AH, camp RN', 'NAME'), ['Henry', 'AH']);
    assert.deepEqual(typed('run KFD-24-0931. -BG/LT', 'NAME'), ['BG', 'LT']);
    assert.deepEqual(typed('UA filed.\nmw, RN', 'NAME'), ['mw']);
    assert.deepEqual(typed('acc# CH24-118305.\nMTR PGY-1, pgr 4471', 'NAME'), ['MTR']);
    assert.deepEqual(typed('Wife updated.\nKR for Dr. Beaulieu', 'NAME'), ['KR', 'Beaulieu']);
  });
  it('leaves list items, studies, headings and drug pairs', () => {
    assert.deepEqual(typed('Plan:\n- CGM (Dexcom G7), ser# GR7-44\n- NIV (BiPAP ST) eval', 'NAME'), []);
    assert.deepEqual(typed('NODES.\nPET/CT 11/18/2025 (OCHSNER): SUV 9', 'NAME'), []);
    assert.deepEqual(typed('WIC / PEDIATRIC NUTRITION REFERRAL\n TMP/SMX <=0.5/9.5 S', 'NAME'), []);
  });
});

describe('identifiers that machines, couriers and police write (pass 20)', () => {
  it('takes blood and cell product donation numbers, FHIR ids and references, and object identifiers', () => {
    assert.deepEqual(typed('Issued: DIN W2290 25 004417 O POS exp 02/11/25; W2290 25 004421', 'ID'), ['W2290 25 004417', 'W2290 25 004421']);
    assert.deepEqual(typed('{"resourceType":"Device","id":"dev-cgm-440981","status":"active"}', 'ID'), ['dev-cgm-440981']);
    assert.deepEqual(typed('GET /fhir/R4/Patient/pat-7f3a9c21  200 OK', 'ID'), ['pat-7f3a9c21']);
    assert.deepEqual(typed('DICOM study 1.2.840.113619.2.55.3.604688.11.1709564812.447 burned', 'ID'), ['1.2.840.113619.2.55.3.604688.11.1709564812.447']);
  });
  it('takes numbers after a waybill, a shield or a donor', () => {
    assert.deepEqual(typed('shipped ambient, airbill 7734 1190 0482. Local', 'ID'), ['7734 1190 0482']);
    assert.deepEqual(typed('P.O. Okonkwo shield 28817 prior to arrival', 'ID'), ['28817']);
    assert.deepEqual(typed('Donor: Donor 7731 (ID-release at 18)', 'ID'), ['7731']);
  });
  it('leaves the standard\'s own identifiers, code systems, ids without digits and small numbers', () => {
    assert.deepEqual(typed('SOPClassUID 1.2.840.10008.5.1.4.1.1.7 (Secondary Capture)', 'ID'), []);
    assert.deepEqual(typed('{"system": "urn:oid:2.16.840.1.113883.3.4471.1"}', 'ID'), []);
    assert.deepEqual(typed('"reference": "Patient/example"', 'ID'), []);
    assert.deepEqual(typed('nipple shield 20 mm trialed; donor 2 of 3', 'ID'), []);
  });
});

describe('dates in more shapes (pass 20)', () => {
  it('takes the end of a range of months, a year and month in ISO form, and the day of an oath', () => {
    assert.deepEqual(typed('Teriparatide 12/2022-12/2023 (completed).', 'DATE'), ['12/2022', '12/2023']);
    assert.deepEqual(typed('hx MSSA TV endocarditis 2022-06 treated at', 'DATE'), ['2022-06']);
    assert.deepEqual(typed('Sworn to before me this 8th day of May, 2024', 'DATE'), ['8th day of May, 2024']);
  });
  it('takes a day before the event it dates or an hour, and after a hearing', () => {
    assert.deepEqual(typed('Heart Team decision at 8/9 conference.', 'DATE'), ['8/9']);
    assert.deepEqual(typed('met w/ navigator 10/10 3pm; drop-in Thursday', 'DATE'), ['10/10']);
    assert.deepEqual(typed('AOT renewal hearing 2/12 in court', 'DATE'), ['2/12']);
  });
  it('leaves spans of years, lot expiries and scores', () => {
    assert.deepEqual(typed('the 2011-12 school year; served 2006-08', 'DATE'), []);
    assert.deepEqual(typed('Tdap given (lot 7XK22, exp 2026-03).', 'DATE'), []);
    assert.deepEqual(typed('pain 5/10 review of systems negative', 'DATE'), []);
  });
});

describe('crossings, highway spots and bases (pass 20)', () => {
  it('takes two streets joined by "&" when one is numbered or has its street word', () => {
    assert.deepEqual(typed('Scene: S Halsted St & W 63rd St (Englewood).', 'ADDRESS'), ['S Halsted St & W 63rd St']);
    assert.deepEqual(typed('pt found in traffic lanes at Alameda & 4th, shouting', 'ADDRESS'), ['Alameda & 4th']);
    assert.deepEqual(typed('brought him from field at Rd 68 & Ave 400, Dinuba CA.', 'ADDRESS'), ['Rd 68 & Ave 400']);
  });
  it('takes a highway\'s shoulder or overpass at a street, its exit and its mile in lower case', () => {
    assert.deepEqual(typed('walked on I-285 shoulder near Cascade Rd this afternoon', 'ADDRESS'), ['I-285 shoulder near Cascade Rd']);
    assert.deepEqual(typed('PED STRUCK I-20/MLK EXIT   TICU', 'ADDRESS'), ['I-20/MLK EXIT']);
    assert.deepEqual(typed('"found down, I-81 mm 143",2,ED02', 'ADDRESS'), ['I-81 mm 143']);
  });
  it('leaves counted ordinals and companies', () => {
    assert.deepEqual(typed('in the 1st & 2nd trimester; 4th & 5th digits', 'ADDRESS'), []);
    assert.deepEqual(typed('Johnson & Johnson vaccine', 'ADDRESS'), []);
  });
  it('takes air bases and outposts abroad, not smears and antibodies', () => {
    assert.deepEqual(typed('Deployments: Balad AB (6/2009-1/2010), COP Keating 2009', 'FACILITY'), ['Balad AB', 'COP Keating']);
    assert.deepEqual(typed('Sputum AFB smear x3: 2+\nHBV CORE AB NEG 12/2024', 'FACILITY'), []);
    assert.deepEqual(typed('FOB Luis Ortega at bedside', 'FACILITY'), []);
  });
});

describe('names their context makes certain (pass 20)', () => {
  it('takes a name in Chinese or Korean script in brackets, not a language', () => {
    assert.deepEqual(typed('Pt: Chen Xiuying (陈秀英), 67F', 'NAME'), ['Chen Xiuying', '陈秀英']);
    assert.deepEqual(typed('Interpreter requested (普通话) for the visit', 'NAME'), []);
  });
  it('takes a consultant after the service and the surnames listed after "Drs"', () => {
    assert.deepEqual(typed('0216 epi 1 mg; ETT by anesthesia (Farooqui) 0219.', 'NAME'), ['Farooqui']);
    assert.deepEqual(typed('ex-fix femur (ortho Lindqvist), ICP monitor', 'NAME'), ['Lindqvist']);
    assert.deepEqual(typed('Attendees: Drs Szabó, Thorvaldsen, Mbatha-Lowe; SLP to follow', 'NAME'), ['Szabó', 'Thorvaldsen', 'Mbatha-Lowe']);
    assert.deepEqual(typed('MOUNTAIN STATE ORTHOPEDICS (MSO) referral; hospitalist (Salmon) swing bed', 'NAME'), []);
  });
  it('takes a user name of an initial and a surname in a log field, not an abbreviation', () => {
    assert.deepEqual(typed('2024-03-05T03:41:31Z LOCKOUT user=hsolberg54 ip=203.0.113.47', 'NAME'), ['hsolberg54']);
    assert.deepEqual(typed('2024-07-02 13:40,K0512284,O POS,IBELLAMY,N', 'NAME'), ['IBELLAMY']);
    assert.deepEqual(typed('LESION (LSIL).\nHPV (cobas): positive; CPOE|RIS', 'NAME'), []);
  });
});

describe('specialty practices named by two specialties (pass 20)', () => {
  it('takes more paired specialties, and before a bar', () => {
    assert.deepEqual(typed('Dr. Priya Natarajan, Holden Pulmonary & Sleep', 'FACILITY'), ['Holden Pulmonary & Sleep']);
    assert.deepEqual(typed('Quarry Hill Endocrine & Diabetes | Pump & Sensor Clinic', 'FACILITY'), ['Quarry Hill Endocrine & Diabetes']);
    assert.deepEqual(typed('Referral: O. Fitzpatrick, MD, Cornerstone Thyroid & Endocrine Surgery', 'FACILITY'), ['Cornerstone Thyroid & Endocrine Surgery']);
  });
  it('leaves the specialties in prose', () => {
    assert.deepEqual(typed('Pt with Heart Failure & Transplant history', 'FACILITY'), []);
  });
});

describe('names after the word a program uses for its person (pass 20)', () => {
  it('takes the name after "Veteran:", "Client:", "Decedent:" and "MSC:"', () => {
    assert.deepEqual(typed('Veteran: Gideon Ravensworth   last 4 6620', 'NAME'), ['Gideon Ravensworth']);
    assert.deepEqual(typed('Client: Philippa Marchand, 52, client # MCST-8812', 'NAME'), ['Philippa Marchand']);
    assert.deepEqual(typed('Decedent: Augustine Lorenzo Vigil\nDOD 1/6/2025', 'NAME'), ['Augustine Lorenzo Vigil']);
    assert.deepEqual(typed('PAGER 66387) AND READ BACK. CLIENT IP 180.90.221.33 LOGGED.', 'NAME'), []);
  });
});
