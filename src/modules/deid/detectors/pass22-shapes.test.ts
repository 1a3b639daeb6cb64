// Pass 22: plan group numbers after "grp", prisons, public-health districts and opioid treatment
// programs by their kind, and a heading in capitals above a facility.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDeidEngine } from '../deid-engine';

// The rules alone: the token model on top of them has its own tests (token-model.test.ts).
const engine = createDeidEngine({ tokenModel: null });
const typed = (text: string, type: string) => engine.detectWithText(text).filter((s) => s.type === type).map((s) => s.text);

describe('a plan\'s group number after "grp" (pass 22)', () => {
  it('takes the group number', () => {
    assert.deepEqual(typed('Ins: Keystone Commercial HMO  ID KCH90018473  grp H3391', 'HEALTH_PLAN'), ['H3391']);
    assert.deepEqual(typed('Member DSH4401973   grp UA-STU-24', 'HEALTH_PLAN'), ['DSH4401973', 'UA-STU-24']);
    assert.deepEqual(typed('Ins: ID BMH0093371-02, grp 7700 (through husband)', 'HEALTH_PLAN'), ['7700']);
  });
  it('leaves a size group of one or two digits', () => {
    assert.deepEqual(typed('joystick replaced; batteries grp 24 x2', 'HEALTH_PLAN'), []);
  });
});

describe('prisons, public-health districts, practices and opioid treatment programs by their kind (pass 22)', () => {
  it('takes the whole name', () => {
    assert.deepEqual(typed('To: Big Sandy Ridge Correctional Complex   Transfer 07/15/2024', 'FACILITY'), ['Big Sandy Ridge Correctional Complex']);
    assert.deepEqual(typed('Harlan Ridge Correctional Facility', 'FACILITY'), ['Harlan Ridge Correctional Facility']);
    assert.deepEqual(typed('K. Abernathy, PHN, Tri-River Public Health District', 'FACILITY'), ['Tri-River Public Health District']);
    assert.deepEqual(typed('To: TB Control, Capitol Valley Public Health Dept   fax', 'FACILITY'), ['Capitol Valley Public Health Dept']);
    assert.deepEqual(typed('NPI 1497203385   Golden Harvest Medical Practice', 'FACILITY'), ['Golden Harvest Medical Practice']);
    assert.deepEqual(typed('methadone via Eastside OTP, dose ok per their MD', 'FACILITY'), ['Eastside OTP']);
  });
  it('leaves the program\'s abbreviation as a label, and a kind without a name', () => {
    assert.deepEqual(typed('Patient: Begay-Salazar, Nicolas   OTP ID OTP-50217', 'FACILITY'), []);
    assert.deepEqual(typed('the OTP dosing window; State Public Health Department notified', 'FACILITY'), []);
  });
  it('starts the name on its own line below a heading that ends in "MEDICAL"', () => {
    assert.deepEqual(typed('EMERGENCY OFFSITE TRANSFER - MEDICAL\nBIG BLACK RIVER CORRECTIONAL FACILITY - INFIRMARY', 'FACILITY'), ['BIG BLACK RIVER CORRECTIONAL FACILITY']);
  });
});

describe('a nickname in quotes after a relation or "named" (pass 22)', () => {
  it('takes the nickname', () => {
    assert.deepEqual(typed('OD x1, reversed by friend "Tink" w/ our Narcan', 'NAME'), ['Tink']);
    assert.deepEqual(typed('Her man "Junior" says she fell asleep', 'NAME'), ['Junior']);
    assert.deepEqual(typed('owner "Chuy" ok\'d the outreach night', 'NAME'), ['Chuy']);
    assert.deepEqual(typed('pt named 1 partner, "Ama", phone not known', 'NAME'), ['Ama']);
  });
  it('leaves a pet\'s name', () => {
    assert.deepEqual(typed('Dog: 3 yo pit mix named "Diesel", no bites', 'NAME'), []);
  });
});

describe('Vietnamese honorifics (pass 22)', () => {
  it('take the name after them and leave the honorific and a record label outside', () => {
    assert.deepEqual(typed('Pts: Ông Trần Văn Minh (92); Bà Phạm Thị Hồng, 87', 'NAME'), ['Trần Văn Minh', 'Phạm Thị Hồng']);
    assert.deepEqual(typed('Ông Minh MBI 5HF3-TC2-NM19, Bà Hồng MBI 1PW8-KD6-RA55', 'NAME'), ['Minh', 'Hồng']);
  });
});

describe('a chat speaker with a surname initial (pass 22)', () => {
  it('takes the initial with the given name', () => {
    assert.deepEqual(typed('0712 Deon Mathis: morning.\n0715 Marisa K: no. last saw him\n0718 Marisa K: omg.', 'NAME'), ['Deon Mathis', 'Marisa K', 'Marisa K']);
    assert.deepEqual(typed('[0212] jess k (ED RN): hey is bed 14 ready', 'NAME'), ['jess k']);
  });
  it('still leaves a lone letter before a colon', () => {
    assert.deepEqual(typed('0715 K: 4.1\n0718 K: 3.9', 'NAME'), []);
  });
});

describe('initials closing a note after a dash (pass 22)', () => {
  it('takes them after an em dash, before a credential or a bracket, even when they spell a clinical abbreviation', () => {
    assert.deepEqual(typed('Plan help desk agent: Corinne.\n—OB', 'NAME'), ['Corinne', 'OB']);
    assert.deepEqual(typed('Paid by card.  —TG', 'NAME'), ['TG']);
    assert.deepEqual(typed('Next visit 9/19.   -SR', 'NAME'), ['SR']);
    assert.deepEqual(typed('next 3/13/25. -OA NP', 'NAME'), ['OA']);
    assert.deepEqual(typed('letter mailed 11/2. -AV]', 'NAME'), ['AV']);
  });
  it('leaves a clinical abbreviation that does not close the note, and a title', () => {
    assert.deepEqual(typed('Rhythm: -SR\nrate 72', 'NAME'), []);
    assert.deepEqual(typed('Next visit 9/19.   -Dr', 'NAME'), []);
  });
});

describe('a given name after a lower-case rep, nurse, promotora or manager (pass 22)', () => {
  it('takes the name, even one spelled like a word', () => {
    assert.deepEqual(typed('rep Marcus, ref# CH24031188702', 'NAME'), ['Marcus']);
    assert.deepEqual(typed('Called the home, nurse Precious at 847-555-0149', 'NAME'), ['Precious']);
    assert.deepEqual(typed('sober house on Elm; house mgr Skip', 'NAME'), ['Skip']);
    assert.deepEqual(typed('class 10/15 w/ promotora Lucha.', 'NAME'), ['Lucha']);
  });
  it('leaves a capitalized kind after them', () => {
    assert.deepEqual(typed('the nurse Practitioner will call; rep Rx line', 'NAME'), []);
  });
});

describe('credentials before and after a name, and words that are no names (pass 22)', () => {
  it('leaves a credential in capitals or with an inner capital outside the name', () => {
    assert.deepEqual(typed('spoke w/ RPh Ollie Stamper - confirmed', 'NAME'), ['Ollie Stamper']);
    assert.deepEqual(typed('DOT: Seaside TB Clinic PHN Janelle Fairbanks, first visit', 'NAME'), ['Janelle Fairbanks']);
    assert.deepEqual(typed('Will follow.\nMiriam Feldstein-Ochoa, MDiv, BCC', 'NAME'), ['Miriam Feldstein-Ochoa']);
    assert.deepEqual(typed('Primary counselor: Wade Eckhardt, LCDC   Medical: Sonal Mehta, MD', 'NAME'), ['Wade Eckhardt', 'Sonal Mehta']);
  });
  it('reads form sections, SpO2, vaccines, chairs, bed alarms and insurers as no names, and "Hx BCC" as no signature', () => {
    assert.deepEqual(typed('Sect C - BIMS 13\nSect GG - self-care 04\nSpO2 94% RA, Twinrix #1 L delt', 'NAME'), []);
    assert.deepEqual(typed('in Broda chair, Posey bed alarm, Invacare rails; Genworth claim opened', 'NAME'), []);
    assert.deepEqual(typed('Full skin exam. Hx BCC nose (Mohs 2021).', 'NAME'), []);
  });
});

describe('officers\' and judges\' titles before a name (pass 22)', () => {
  it('stay outside the name', () => {
    assert.deepEqual(typed('welfare check requested - Ofc. Hargrove.', 'NAME'), ['Hargrove']);
    assert.deepEqual(typed('Arresting officer Dep. K. Holtz, Agent Donnell Shaw', 'NAME'), ['K. Holtz', 'Donnell Shaw']);
    assert.deepEqual(typed('February 19, 2025\n\nThe Honorable Marisol Ybarra\nDrug Court', 'NAME'), ['Marisol Ybarra']);
    assert.deepEqual(typed('Mgr Tessa not contacted', 'NAME'), ['Tessa']);
  });
});

describe('numbers that are no days (pass 22)', () => {
  it('leaves a row number in a column before a month and its day', () => {
    assert.deepEqual(typed('wk  date          obs\n1   Sep 4 2024    RB      taken\n2   Sep 11 2024   RB', 'DATE'), ['Sep 4 2024', 'Sep 11 2024']);
    assert.deepEqual(typed('seen 4 March 2024', 'DATE'), ['4 March 2024']);
  });
  it('leaves a buprenorphine/naloxone strength', () => {
    assert.deepEqual(typed('PDMP confirms bup/nal 8/2 #60 filled 2/10/25', 'DATE'), ['2/10/25']);
    assert.deepEqual(typed('Rx: Suboxone 8/2 film; seen 8/2 for f/u', 'DATE'), ['8/2']);
  });
});

describe('tables aligned with spaces (pass 22)', () => {
  it('types the cells under a signer\'s, a patient\'s or a number\'s header, though the rows drift', () => {
    const log = 'Tx#   Date        Dose(mJ)   Erythema   Initials   Notes\n1     01/08/24    300        0          RK         1st tx, ok\n2     01/10/24    330        0          TB\n';
    assert.deepEqual(typed(log, 'NAME'), ['RK', 'TB']);
    const calls = 'CallID             time   counselor  summary\nC240822-1187     2314   JMW        caller ~30s F\n                                     safety plan done.\nC240822-1192     2351   RO         declined name';
    assert.deepEqual(typed(calls, 'NAME'), ['JMW', 'RO']);
    const doses = 'Date      Patient (last, first)        MRN        Site     By\n02/03     Orozco, Delfina            0662931    L glut   MK\n02/05     Abubakar, Hauwa, RN        0710044    R glut   Dr. Tan';
    assert.deepEqual(typed(doses, 'NAME'), ['Orozco, Delfina', 'MK', 'Abubakar, Hauwa', 'Tan']);
    assert.deepEqual(typed(doses, 'MRN'), ['0662931', '0710044']);
  });
  it('leaves the other columns, a cell that drifts under a name\'s header after the name, and a table without such a header', () => {
    const schedule = 'RM  TIME  PATIENT (AGE)                  PROCEDURE                          SURGEON\nOR1 0900  Ybarra, Celia (61)        L CTR                               Fitzgerald';
    assert.deepEqual(typed(schedule, 'NAME').filter((n) => n === 'L CTR'), []);
    assert.deepEqual(typed('Drug      Dose     Route    Freq\nASA       81 mg    PO       QD\nLasix     40 mg    IV       BID', 'NAME'), []);
  });
});

describe('a newborn\'s given name, parents and screeners (pass 22)', () => {
  it('takes the names after a capitalized newborn word, parents and a screener', () => {
    assert.deepEqual(typed('Baby Kairo home with grandma Lynnette', 'NAME'), ['Kairo', 'Lynnette']);
    assert.deepEqual(typed('Mother: Emily Ashworth-Banda | Infant: Theo (Baby Boy Ashworth-Banda)', 'NAME'), ['Emily Ashworth-Banda', 'Theo', 'Ashworth-Banda']);
    assert.deepEqual(typed('Parents Shaylene and Jaylen completed CPR class', 'NAME'), ['Shaylene', 'Jaylen']);
    assert.deepEqual(typed('Outpt rescreen - screener R. Villaseñor:', 'NAME'), ['R. Villaseñor']);
    assert.deepEqual(typed('Baby: Haddad, Boy -> named Elias', 'NAME'), ['Haddad', 'Elias']);
  });
  it('leaves what follows a newborn word in lower case unless it is a given name', () => {
    assert.deepEqual(typed('RhoGAM PP if infant Rh+; carrier does not wish to hold baby, OK to see', 'NAME'), []);
    assert.deepEqual(typed('15 days post C-section; baby Wyatt home from the nursery', 'NAME'), ['Wyatt']);
    assert.deepEqual(typed('Screener: Ivy Pham, QMHP (Corrisana Health)', 'NAME'), ['Ivy Pham']);
  });
});

describe('recovery, crisis, EMS and genetics programs by their kind (pass 22)', () => {
  it('takes the whole name', () => {
    assert.deepEqual(typed('Reporter: Yolanda Bustamante-Creel, LCSW, Pathways Adolescent IOP   ph (773) 555-0125', 'FACILITY'), ['Pathways Adolescent IOP']);
    assert.deepEqual(typed('consider step down to PHP at Prairie Wind PHP.', 'FACILITY'), ['Prairie Wind PHP']);
    assert.deepEqual(typed('DETOX ADMISSION    Beacon Cove Withdrawal Management', 'FACILITY'), ['Beacon Cove Withdrawal Management']);
    assert.deepEqual(typed('HOUSE MEETING MINUTES - Oxbow Sober Living (women\'s)', 'FACILITY'), ['Oxbow Sober Living']);
    assert.deepEqual(typed('Prairie Rose Ambulance District / Unit 3142', 'FACILITY'), ['Prairie Rose Ambulance District']);
    assert.deepEqual(typed('10/4/2023   Evergreen Perinatal Genetics', 'FACILITY'), ['Evergreen Perinatal Genetics']);
  });
  it('leaves eye pressure and a program\'s kind', () => {
    assert.deepEqual(typed('date       eye  drug           lot       VA     IOP pre/post  MD   tech', 'FACILITY'), []);
    assert.deepEqual(typed('the IOP group met; SUD IOP MON/WED/FRI; Resettlement agency: IRC', 'FACILITY'), []);
  });
});

describe('a facility\'s name does not reach back over a column\'s gap (pass 22)', () => {
  it('leaves the value of the column before, and a heading in capitals', () => {
    assert.deepEqual(typed('Pt: Earl "Buddy" Caudill   Agency ID BVN-0041877', 'FACILITY'), []);
    assert.deepEqual(typed('Guest: Ernesto Flores Chicas    Shelter ID NHM-11602', 'FACILITY'), []);
    assert.deepEqual(typed('DETOX ADMISSION    Beacon Cove Withdrawal Management', 'FACILITY'), ['Beacon Cove Withdrawal Management']);
  });
  it('keeps a name whose words an OCR\'d fax spaces by two', () => {
    assert.deepEqual(typed('FROM: MAPLEWOOD  SKILLED  NURSING  (651) 555-0131', 'FACILITY'), ['MAPLEWOOD  SKILLED  NURSING']);
  });
});

describe('a cued place name ends at a column\'s gap (pass 22)', () => {
  it('keeps the span on the words of the name', () => {
    assert.deepEqual(typed('HEMODIALYSIS TREATMENT RECORD\nUnit: Red Mesa Dialysis Center   Chair 9   Shift 2 (MWF)', 'FACILITY'), ['Red Mesa Dialysis Center']);
  });
});

describe('a spelled age of two words anywhere (pass 22)', () => {
  it('takes the age', () => {
    assert.deepEqual(typed('No SI; "at ninety-three I am allowed to be sad."', 'AGE'), ['ninety-three']);
    assert.deepEqual(typed('DOB 02/11/1930 - confirmed ninety-three by daughter.', 'AGE'), ['ninety-three']);
  });
  it('leaves a count', () => {
    assert.deepEqual(typed('a supply for ninety-two days; ninety-five percent adherent', 'AGE'), []);
  });
});

describe('a plate of two groups after its state (pass 22)', () => {
  it('takes both groups with the state', () => {
    assert.deepEqual(typed('car (2012 Buick, plate MN 7TRW 441) being sold', 'VEHICLE'), ['MN 7TRW 441']);
    assert.deepEqual(typed('blue van, plate KY 8HT 331 - tow notice', 'VEHICLE'), ['KY 8HT 331']);
    assert.deepEqual(typed('plate 412 KTJ', 'VEHICLE'), ['412 KTJ']);
  });
});

describe('the people of an attendance list (pass 22)', () => {
  it('takes given names, names with an initial, initials and nicknames', () => {
    assert.deepEqual(typed('Present (6): Angela R., Jimmy, T.O., Precious M., Kenji, Big Mike\nTopic: Step 4', 'NAME'), ['Angela R.', 'Jimmy', 'T.O.', 'Precious M.', 'Kenji', 'Big Mike']);
    assert.deepEqual(typed('Staff involved: DH, CR, LT, MV (security).', 'NAME'), ['DH', 'CR', 'LT', 'MV']);
  });
  it('leaves credentials, roles, places and a list of two', () => {
    assert.deepEqual(typed('Attendees: J. Nordquist, RN; P. Amundson, SW; Hans Keller, dietary; Poland', 'NAME'), ['J. Nordquist', 'P. Amundson', 'Hans Keller']);
    assert.deepEqual(typed('Staff: CR, MV', 'NAME'), []);
  });
});

describe('eye, ear and obstetric eponyms, devices and references (pass 22)', () => {
  it('are no names', () => {
    assert.deepEqual(typed('paracentesis, Healon, CCC ~5.5 mm; Stereo: Titmus fly +; nystagmus none (Frenzel)', 'NAME'), []);
    assert.deepEqual(typed('Maneuvers: McRoberts + suprapubic pressure; Hazelbaker function 9; compatible per LactMed', 'NAME'), []);
    assert.deepEqual(typed('Single IUP. CRL 2.31 cm c/w 8w6d. s/p FESS 2017. Pano attached. Scored by: Deshawn Pryor, RPSGT', 'NAME'), ['Deshawn Pryor']);
  });
});

describe('a study\'s protocol and its board\'s numbers (pass 22)', () => {
  it('are no person\'s', () => {
    assert.deepEqual(typed('ADVERSE EVENT REPORT FORM   Protocol HLV-2201-03   Site 014', 'ID'), []);
    assert.deepEqual(typed('Study: FANG-EMS, local IRB # 2023-044; IRB ref GPC-23-1187', 'ID'), []);
  });
  it('leaves a subject\'s own number', () => {
    assert.deepEqual(typed('Participant ID FANG-007-0044', 'ID'), ['FANG-007-0044']);
  });
});

describe('a number before a month alone across a column\'s gap (pass 22)', () => {
  it('is no day', () => {
    assert.deepEqual(typed('CDR 0.7 / 0.9    OCT RNFL 68 / 51', 'DATE'), []);
    assert.deepEqual(typed('seen on 4  March 2024', 'DATE'), ['4  March 2024']);
  });
});

describe('a lower-case surname-first name before a row\'s number (pass 22)', () => {
  it('takes the name', () => {
    assert.deepEqual(typed('rm 402A  dobbs, kendra  (2298114)  on q15 checks, voluntary', 'NAME'), ['dobbs, kendra']);
    assert.deepEqual(typed('kamau, wanjiru  8830142  39F\nbipolar II', 'NAME'), ['kamau, wanjiru']);
    assert.deepEqual(typed('2  ramirez, jose luis      07/30/1981 10/06   N', 'NAME'), ['ramirez, jose luis']);
  });
  it('leaves words that are no names', () => {
    assert.deepEqual(typed('pain, nausea  2 days\nfever, chills  (3)', 'NAME'), []);
  });
});

describe('the number of a plant, station or mine after its name (pass 22)', () => {
  it('belongs to the facility', () => {
    assert.deepEqual(typed('Location: Lubbock Fire Station No. 7, 4302 34th St', 'FACILITY'), ['Lubbock Fire Station No. 7']);
    assert.deepEqual(typed('Works at Kentwood Office Furniture Plant 2 (shift work)', 'FACILITY'), ['Kentwood Office Furniture Plant 2']);
    assert.deepEqual(typed('Mom on scene, dad works at Black Mountain Energy No. 3.', 'FACILITY'), ['Black Mountain Energy No. 3']);
  });
});

describe('a country\'s name alone (pass 22)', () => {
  it('is no name and no place', () => {
    assert.deepEqual(engine.detectWithText("I've been to Korea and back; Mien (born Laos)").map((s) => s.text), []);
  });
  it('stays a place before a ZIP code and a name after a newborn\'s label', () => {
    assert.deepEqual(typed('pt lives 146-22 Foch Blvd, Jamaica 11436.', 'LOCATION'), ['Jamaica']);
    assert.deepEqual(typed('Infant: Baby Girl Senegal ("Amara")', 'NAME'), ['Senegal', 'Amara']);
  });
});

describe('ages over 89 in the first person, after a relation, a nickname or a name, and in an age column (pass 22)', () => {
  it('takes the age', () => {
    assert.deepEqual(typed('He states: "I\'m 103. I\'ve had a good run."', 'AGE'), ['103']);
    assert.deepEqual(typed('(family wedding + visiting her mother, 96)', 'AGE'), ['96']);
    assert.deepEqual(typed('Res Bartholomew Nwachukwu-Grant ("Bart"), 90, AL apt 3-210', 'AGE'), ['90']);
    assert.deepEqual(typed('pt Wojciechowska, Halina 92 (Polish), phone interp', 'AGE'), ['92']);
    assert.deepEqual(typed('#  | resident              | rm   | age | onset\n1  | Brzezinski, Walter    | 112  | 93  | 01/19/25\n2  | Fontenot, Agnes       | 114  | 88  | 01/20/25', 'AGE'), ['93']);
  });
  it('leaves weights, percentages and decimals', () => {
    assert.deepEqual(typed("I'm 100% sure; I'm 95 lbs now; I'm 99.5 kg; mother, 95 lbs", 'AGE'), []);
  });
});

describe('a road\'s number after its type, and "Terr" (pass 22)', () => {
  it('belong to the street address', () => {
    assert.deepEqual(typed('Partner supportive. Home 1209 County Rd 14, Harlan KY.', 'ADDRESS'), ['1209 County Rd 14']);
    assert.deepEqual(typed('Lives w/ mother at 37 Vinewood Terr, Pawtucket RI.', 'ADDRESS'), ['37 Vinewood Terr']);
  });
  it('leave a count after the road', () => {
    assert.deepEqual(typed('moved to 44 Mill Rd 3 days ago', 'ADDRESS'), ['44 Mill Rd']);
  });
});

describe('a state\'s code after a town (pass 22)', () => {
  it('stays outside the place', () => {
    assert.deepEqual(typed('ADDRESS: 77 CHESTNUT ST APT 6C, HOLYOKE, MA 01040', 'LOCATION'), ['HOLYOKE']);
    assert.deepEqual(typed('Address verified: 4418 Spencer Rd, Mount Sterling KY 40353.', 'LOCATION'), ['Mount Sterling']);
  });
});

describe('a Medicare number after "Medicare MBI" (pass 22)', () => {
  it('leaves the label "MBI" outside', () => {
    assert.deepEqual(typed('MaineCare + Medicare; Medicare MBI 2GH5-TN0-XP19. Secondary', 'HEALTH_PLAN'), ['2GH5-TN0-XP19']);
  });
});

describe('a credential after an initial and a surname (pass 22)', () => {
  it('stays outside the name', () => {
    assert.deepEqual(typed('Requested by: T. Lindqvist, MA\nVaccine', 'NAME'), ['T. Lindqvist']);
  });
});

describe('greetings, honorifics and "Esq." around a name (pass 22)', () => {
  it('stay outside it', () => {
    assert.deepEqual(typed('Hi Brandon - I tried calling, left a voicemail.', 'NAME'), ['Brandon']);
    assert.deepEqual(typed('Release TO: Gordon Whitlock, Esq., Whitlock & Sandoval LLP', 'NAME'), ['Gordon Whitlock']);
    assert.deepEqual(typed('Pt\'s uncle Hastiin Begay drove him', 'NAME'), ['Begay']);
  });
});
