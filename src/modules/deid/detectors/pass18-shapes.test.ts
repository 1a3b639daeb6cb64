// Pass 18: practices and services named by words the medical and English lists hold (plants,
// emblems, landscape), and the kinds of care that name none.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDeidEngine } from '../deid-engine';

// The rules alone: the token model on top of them has its own tests (token-model.test.ts).
const engine = createDeidEngine({ tokenModel: null });
const typed = (text: string, type: string) => engine.detectWithText(text).filter((s) => s.type === type).map((s) => s.text);

describe('a practice named by a plant, an emblem or a landscape word (pass 18)', () => {
  it('takes the name before a specialty, a group or a service', () => {
    assert.deepEqual(typed('Pediatrician: Dr. Truong, Sugar Cane Pediatrics.', 'FACILITY'), ['Sugar Cane Pediatrics']);
    assert.deepEqual(typed('To: Billing (Foxglove Medical Group)', 'FACILITY'), ['Foxglove Medical Group']);
    assert.deepEqual(typed('Follow-up  |  Dogwood Breast Center, Chattanooga', 'FACILITY'), ['Dogwood Breast Center']);
    assert.deepEqual(typed('HIGH DESERT REFERENCE LABORATORY   CLIA 29D0000000', 'FACILITY'), ['HIGH DESERT REFERENCE LABORATORY']);
  });
  it('leaves the kinds of care and of service', () => {
    assert.deepEqual(typed('Seen by Sleep Medicine; Specialty Pharmacy called.', 'FACILITY'), []);
    assert.deepEqual(typed('Referred to Breast Center for imaging.', 'FACILITY'), []);
    for (const header of ['ANTICOAGULATION CLINIC - TELEPHONE NOTE', 'OPIOID TREATMENT PROGRAM - ADMISSION', 'REFUGEE HEALTH SCREENING - DOMESTIC MEDICAL']) assert.deepEqual(typed(header, 'FACILITY'), [], header);
  });
});

describe('lower-case practices, dialysis units and health centres (pass 18)', () => {
  it('takes a named practice, unit or health centre after a cue', () => {
    assert.deepEqual(typed('charge rn handoff - eastbrook dialysis - tue 3/11/25', 'FACILITY'), ['eastbrook dialysis']);
    assert.deepEqual(typed('ref: dr. ames @ stowe family practice', 'FACILITY'), ['stowe family practice']);
    assert.deepEqual(typed('follow up: dr. wendy albrecht at harmony pediatrics on friday', 'FACILITY'), ['harmony pediatrics']);
    assert.deepEqual(typed('partnership w/ squirrel hill health center', 'FACILITY'), ['squirrel hill health center']);
  });
  it('leaves sports practice, a health plan and a tribal programme', () => {
    assert.deepEqual(typed('return to soccer practice non-contact now', 'FACILITY'), []);
    assert.deepEqual(typed('medicaid (sunshine health 6612093381) - pending', 'FACILITY'), []);
    assert.deepEqual(typed('travel arranged by tribal health, beneficiary', 'FACILITY'), []);
  });
});

describe('the person a programme record is about, and column gaps (pass 18)', () => {
  it('takes a name after participant, applicant or texter', () => {
    assert.deepEqual(typed('PARTICIPANT: Tanner Meadows, phase II', 'NAME'), ['Tanner Meadows']);
    assert.deepEqual(typed('Applicant: Osvaldo Pena Castillo   Applicant ID RLH-APP-77310', 'NAME'), ['Osvaldo Pena Castillo']);
  });
  it('ends a name at a column gap, not at the next column label', () => {
    assert.deepEqual(typed('Resident: Marlys Oostdyk   Rm 9   Date 9/17', 'NAME'), ['Marlys Oostdyk']);
    assert.deepEqual(typed('Patient: Thaddeus Okeke   Chair 12, MWF 2nd shift', 'NAME'), ['Thaddeus Okeke']);
  });
});

describe('a house on a numbered or lettered road (pass 18)', () => {
  it('takes "Rt", "Avenue 12" and "Road G", and after a column gap or a dash', () => {
    assert.deepEqual(typed('mr MLH-66104  4702 Rt 23, Paintsville ky 41240', 'ADDRESS'), ['4702 Rt 23']);
    assert.deepEqual(typed('Site: labor camp, 4400 Avenue 12, Madera CA', 'ADDRESS'), ['4400 Avenue 12']);
    assert.deepEqual(typed('Lives with her at 12490 Road G, Towaoc.', 'ADDRESS'), ['12490 Road G']);
    assert.deepEqual(typed('(freestanding ER) - 21410 FM 1093, Richmond TX 77407', 'ADDRESS'), ['21410 FM 1093']);
  });
  it('leaves vital signs and a count of weeks', () => {
    assert.deepEqual(typed('BP 120/80  HR 88 RR 16 SR 2', 'ADDRESS'), []);
    assert.deepEqual(typed('ages 12  Rt 2 weeks, Lt 3 weeks', 'ADDRESS'), []);
  });
});

describe('accounts by their last digits and VA file numbers, ages in a bracket after a name (pass 18)', () => {
  it('takes the last four digits of a bank or card account', () => {
    assert.deepEqual(typed('EFT to checking acct ending 8812.', 'ACCOUNT'), ['8812']);
    assert.deepEqual(typed('Refund to the card ending in 2281; la tarjeta que termina en 2281', 'ACCOUNT'), ['2281', '2281']);
    assert.deepEqual(typed('week ending 12/4, account reviewed', 'ACCOUNT'), []);
  });
  it('takes a VA claim file number in groups', () => {
    assert.deepEqual(typed('VA File No.: 31 770 462', 'ACCOUNT'), ['31 770 462']);
    assert.deepEqual(typed('File #: C-27 441 806   SC: 40%', 'ACCOUNT'), ['C-27 441 806']);
  });
  it('takes an age over 89 in a bracket after a name, not a dose or a share', () => {
    assert.deepEqual(typed('Nephew Graham Abernethy (91, Wellesley) is HCP', 'AGE'), ['91']);
    assert.deepEqual(typed('Case: Harold Jensen (grandfather, 91) hospitalized', 'AGE'), ['91']);
    assert.deepEqual(typed('Stanley Szymanski is now 94. He came with his son', 'AGE'), ['94']);
    assert.deepEqual(typed('5. Eleanor Tewksbury (grandmother) 94F - COHb 26%', 'AGE'), ['94']);
    assert.deepEqual(typed('1,"Kaczmarek, Stanislaw",90,M,fall/hip pain', 'AGE'), ['90']);
    assert.deepEqual(typed('Dr. Ana Ruiz (90 min visit); Lena Holt (95%); wife Loretta Okoro (89)', 'AGE'), []);
    assert.deepEqual(typed('Eleanor Tewksbury (daughter) 95 mg', 'AGE'), []);
  });
});

describe('driver licences after "DL" and a state before a licence number (pass 18)', () => {
  it('takes the number after DL, and a state code that opens a licence number', () => {
    assert.deepEqual(typed('Verified ID: Idaho DL RA448127K by mpd.', 'LICENSE'), ['RA448127K']);
    assert.deepEqual(typed('photo ID (PA DL 28 104 556)', 'LICENSE'), ['28 104 556']);
    assert.deepEqual(typed('Colby Fenstermacher, PT, DPT   lic NM PT-5521', 'LICENSE'), ['NM PT-5521']);
  });
  it('leaves a unit of concentration and cholesterol fractions', () => {
    assert.deepEqual(typed('Hgb 12 g/dL 4 units; LDL 104 HDL 45', 'LICENSE'), []);
  });
});

describe('a ZIP code closing an address line without "City, ST" (pass 18)', () => {
  it('takes it after a town, a state in any case or a state field', () => {
    assert.deepEqual(typed('home: 1762 e magnolia ave, st paul 55106', 'ZIP'), ['55106']);
    assert.deepEqual(typed('1 Mansfield Ave, ste 220, burlington vt 05401', 'ZIP'), ['05401']);
    assert.deepEqual(typed('5401 Georgia Ave NW, Washington, DC 20011', 'ZIP'), ['20011']);
    assert.deepEqual(typed('|116 BAYBERRY LN|MONCKS CORNER|SC|29461|8435550119', 'ZIP'), ['29461']);
  });
  it('leaves doses, counts and a house number before its street', () => {
    assert.deepEqual(typed('heparin 10000 units; WBC 15000; walked Boston 12345 steps', 'ZIP'), []);
    assert.deepEqual(typed('clinic at Ranchito Labor Camp, 11855 County Rd 12, Weld County', 'ZIP'), []);
  });
});

describe('plates with their state and a closing group of capitals (pass 18)', () => {
  it('takes the whole plate', () => {
    assert.deepEqual(typed('sheriff transport bus, plate AZ G44718', 'VEHICLE'), ['AZ G44718']);
    assert.deepEqual(typed('white 2019 Buick, IL plate HP 2287 LB, VIN', 'VEHICLE'), ['HP 2287 LB']);
    assert.deepEqual(typed('van plate KY 782 TRN.', 'VEHICLE'), ['KY 782 TRN']);
  });
  it('stops before a lower-case word or the next label', () => {
    assert.deepEqual(typed('plate 4HX 992 and keys in safe', 'VEHICLE'), ['4HX 992']);
    assert.deepEqual(typed('plate 4HX 992 DOB 1/2/1990', 'VEHICLE'), ['4HX 992']);
  });
});

describe('video files and an SSN by its last digits (pass 18)', () => {
  it('takes a video file of the person as PHOTO and "SSN ending" as SSN', () => {
    assert.deepEqual(typed('ASL video statement recorded, file consent_vid_HB_1203.mp4).', 'PHOTO'), ['consent_vid_HB_1203.mp4']);
    assert.deepEqual(typed('DOB 01/19/1977, SSN ending 4409, for dates', 'SSN'), ['4409']);
  });
});

describe('a town right after a person (pass 18)', () => {
  it('takes a known town in brackets or after "in" closing the clause', () => {
    assert.deepEqual(typed('son David Feinstein (Philadelphia) monthly', 'LOCATION'), ['Philadelphia']);
    assert.deepEqual(typed('Dr. Lisbeth Grønholt (outpt psychiatrist, Concord) once extubated', 'LOCATION'), ['Concord']);
    assert.deepEqual(typed('kids w/ her aunt Lourdes Colón in Reading.', 'LOCATION'), ['Reading']);
  });
  it('leaves a nickname, a rep\'s firm, a month and a word that goes on', () => {
    assert.deepEqual(typed('Pt: Yoon, Jung-Hee (Grace)   DOB 1952-08-30', 'LOCATION'), []);
    assert.deepEqual(typed('Device rep: Colm Fitzwilliam (Abbott), cell 617-555-0129', 'LOCATION'), []);
    assert.deepEqual(typed('Dr. Patel in May; Mary Smith in Reading the paper', 'LOCATION'), []);
  });
});

describe('user names in access logs, portal and authorization codes, dictation jobs (pass 18)', () => {
  it('takes the user column after a log time stamp, not a system word', () => {
    assert.deepEqual(typed('2024-06-05 23:14:09   erikkrist      73.118.40.221    LOGIN FAIL', 'ID'), ['erikkrist']);
    assert.deepEqual(typed('2025-01-10 02:14:37   system   batch run', 'ID'), []);
  });
  it('takes a code after a portal or a CoverMyMeds label and a dictation job number', () => {
    assert.deepEqual(typed('Portal code: BER7Q4MZ', 'ID'), ['BER7Q4MZ']);
    assert.deepEqual(typed('Please submit via CoverMyMeds key BFJ7X2QK or call plan.', 'ID'), ['BFJ7X2QK']);
    assert.deepEqual(typed('LH/kmb   Job: 68213', 'ID'), ['68213']);
    assert.deepEqual(typed('started a new job 2 years ago; access code 12', 'ID'), []);
  });
});

describe('eponymous signs and scales, brands and mixed-case abbreviations are no names (pass 18)', () => {
  it('leaves them, and still takes a person after them', () => {
    assert.deepEqual(typed('Waddell signs 3/5, Borg 13, Aldrete 9; Bair Hugger on.', 'NAME'), []);
    assert.deepEqual(typed('Libre 3 sensor; Brilinta 90 bid; Tdap, HepA, HepB given; PEth 48.', 'NAME'), []);
    assert.deepEqual(typed('monthly PEth.\nHana Kobayashi-Grant, MD, C-L Psychiatry', 'NAME'), ['Hana Kobayashi-Grant']);
  });
});
