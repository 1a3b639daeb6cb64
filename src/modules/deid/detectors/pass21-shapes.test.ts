// Pass 21: typists after a signer, the practice after a signer, wards after a hospital, hospital
// initials that extend a short name, lists of days, values cut by a line's end and OCR'd dates.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDeidEngine } from '../deid-engine';

// The rules alone: the token model on top of them has its own tests (token-model.test.ts).
const engine = createDeidEngine({ tokenModel: null });
const typed = (text: string, type: string) => engine.detectWithText(text).filter((s) => s.type === type).map((s) => s.text);

describe('a typist\'s initials after the signer (pass 21)', () => {
  it('takes lower-case initials after a slash or as a pair closing the signature line', () => {
    assert.deepEqual(typed('Plan as above.\nMarisol Quintero, MD   jd/rw', 'NAME'), ['Marisol Quintero', 'jd', 'rw']);
    assert.deepEqual(typed('RTC 6 wk.\nAbernathy, DO / kp', 'NAME'), ['Abernathy', 'kp']);
    assert.deepEqual(typed('Seen today.  Dr. T. Lindqvist/mh', 'NAME'), ['T. Lindqvist', 'mh']);
  });
  it('leaves a unit or a ratio after the slash, and words that are no credential between', () => {
    assert.deepEqual(typed('Marisol Quintero, RN / pt', 'NAME'), ['Marisol Quintero']);
    assert.deepEqual(typed('Marisol Quintero said dose / mg', 'NAME'), ['Marisol Quintero']);
  });
});

describe('the practice named after a signer (pass 21)', () => {
  it('takes a practice on the signature line or the next', () => {
    assert.deepEqual(typed('Renata Solberg, MD  Copper Canyon Family Clinic', 'FACILITY'), ['Copper Canyon Family Clinic']);
    assert.deepEqual(typed('Yours,\nIdris Baptiste, MD, FAAP\nMeadowbrook Children\'s Practice', 'FACILITY'), ['Meadowbrook Children\'s Practice']);
    assert.deepEqual(typed('Referring: Dr. Owen Tallis, Blue Ridge Mountain Medicine', 'FACILITY'), ['Blue Ridge Mountain Medicine']);
  });
  it('leaves a department or a specialty', () => {
    assert.deepEqual(typed('Renata Solberg, MD  Internal Medicine', 'FACILITY'), []);
    assert.deepEqual(typed('Renata Solberg, MD, Maternal-Fetal Medicine', 'FACILITY'), []);
    assert.deepEqual(typed('Renata Solberg, NP, Home Visits', 'FACILITY'), []);
  });
});

describe('wards after a children\'s hospital and before a service (pass 21)', () => {
  it('takes the ward', () => {
    assert.deepEqual(typed('Lakemont Children\'s Hospital, unit Heron 5', 'FACILITY'), ['Lakemont Children\'s Hospital', 'Heron 5']);
    assert.deepEqual(typed('Ridgefield Memorial (Bancroft 7 cardiac)', 'FACILITY'), ['Ridgefield Memorial', 'Bancroft 7']);
  });
  it('still leaves children and their ages', () => {
    assert.deepEqual(typed('2 children (Milo 6, Ezra 3) at home', 'FACILITY'), []);
  });
});

describe('hospital initials that extend a short name (pass 21)', () => {
  it('takes the initials in brackets and their later use', () => {
    assert.deepEqual(typed('PCI 2019 at St. Brendan\'s (SBMC); SBMC records requested', 'FACILITY'), ['St. Brendan\'s', 'SBMC', 'SBMC']);
    assert.deepEqual(typed('seen at Tanner General (TGH) in May', 'FACILITY'), ['Tanner General', 'TGH']);
  });
  it('leaves initials that do not extend the name', () => {
    assert.deepEqual(typed('seen at Tanner General (ED) in May', 'FACILITY'), ['Tanner General']);
  });
});

describe('days in a list beside a day no scale could be (pass 21)', () => {
  it('takes every item', () => {
    assert.deepEqual(typed('Home visits: 10/21, 11/4, 1/6, 1/28, with the aunt', 'DATE'), ['10/21', '11/4', '1/6', '1/28']);
    assert.deepEqual(typed('missed sessions 3/5, 3/19 per log', 'DATE'), ['3/5', '3/19']);
  });
  it('leaves scores in a list', () => {
    assert.deepEqual(typed('strength 5/5, 4/5, 3/5 bilaterally', 'DATE'), []);
    assert.deepEqual(typed('pain 6/10, 3/10 after', 'DATE'), []);
  });
});

describe('a record number cut by the line\'s end (pass 21)', () => {
  it('goes on with the digits alone at the next line\'s start', () => {
    assert.deepEqual(typed('MRN KT-04\n88213   Apr 2 2024', 'MRN'), ['KT-04\n88213']);
    assert.deepEqual(typed('Pt MRN 6610-\n2287\n\nDear Dr. Cole', 'MRN'), ['6610-\n2287']);
  });
  it('leaves a whole number and the row after it', () => {
    assert.deepEqual(typed('MRN: 4410872\n0800   BP 120/80', 'MRN'), ['4410872']);
    assert.deepEqual(typed('MRN: 12\n0800   BP 120/80', 'MRN').length <= 1, true);
  });
});

describe('OCR look-alikes between the parts of a date or an address (pass 21)', () => {
  it('reads a part made only of look-alikes as digits', () => {
    assert.deepEqual(typed('Rec\'d O4/l1/2O24 O9:l5 FR0M 6O2 555 Ol88 re: ROSAMUND lVERS, DOB O7/l2/l95O', 'DATE'), ['O4/l1/2O24 O9:l5', 'O7/l2/l95O']);
    assert.deepEqual(typed('upl0aded fr0m h0st 2O3.O.ll3.4O by the sc4nner, c0py t0 chart', 'IP'), ['2O3.O.ll3.4O']);
  });
  it('keeps a clean note as written', () => {
    assert.deepEqual(typed('I/O 1200/800, O2 sat 95%', 'DATE'), []);
  });
});

describe('an employer after a job word in capitals (pass 21)', () => {
  it('takes a name that closes its clause', () => {
    assert.deepEqual(typed('SHE LOST HER JOB AT GRANITE FALLS MILLWORKS; FOOD STAMPS PENDING', 'FACILITY'), ['GRANITE FALLS MILLWORKS']);
  });
  it('leaves a span of time and a clause that runs on', () => {
    assert.deepEqual(typed('WILL BE OUT OF WORK FOR THREE WEEKS ; NOTE GIVEN', 'FACILITY'), []);
    assert.deepEqual(typed('HE WORKS AT NIGHT AS A GUARD', 'FACILITY'), []);
  });
});

describe('the edges of a name (pass 21)', () => {
  it('leaves a kin word, a newborn label or a role before the name outside it', () => {
    assert.deepEqual(typed('Social: Mom Rosalind Ekwueme visits daily', 'NAME'), ['Rosalind Ekwueme']);
    assert.deepEqual(typed('Twin B: Baby Girl Thornbury (MRN NB-4410)', 'NAME'), ['Thornbury']);
    assert.deepEqual(typed('Present: GAL Imogen Stroud; counsel', 'NAME'), ['Imogen Stroud']);
  });
  it('leaves a credential or a sex letter after it outside', () => {
    assert.deepEqual(typed('Verified by Anouk Verhoeven, MA on intake', 'NAME'), ['Anouk Verhoeven']);
    assert.deepEqual(typed('Pt: Yusra Haddad, F, DOB 04/11/2019', 'NAME'), ['Yusra Haddad']);
  });
  it('keeps a given name that is also a cue word, a middle initial and a corpus placeholder', () => {
    assert.deepEqual(engine.detectWithText('husband Per Lindqvist at bedside').map((s) => s.text), ['Per Lindqvist']);
    assert.deepEqual(typed('HADDAD, YUSRA F   DOB 04/11/2019', 'NAME'), ['HADDAD, YUSRA F']);
    assert.deepEqual(typed('per [**Doctor Last Name 1042**] today', 'NAME'), ['Doctor Last Name 1042']);
  });
});

describe('a facility span over a column gap, and a vaccine statement\'s edition (pass 21)', () => {
  it('leaves a credential in the column before a practice outside it', () => {
    assert.deepEqual(typed('Ordered by Odile Marchetti, FNP   Sand Hollow Family Practice, Elko', 'FACILITY'), ['Sand Hollow Family Practice']);
  });
  it('keeps a name merged over the gap', () => {
    assert.ok(typed('Resident: Ottilie "Tilly" Brandvold    Saint Agnes Residence, Clarion', 'FACILITY').some((t) => t.includes('Saint Agnes Residence')));
  });
  it('leaves the edition date of a vaccine information statement, not the day it was given', () => {
    assert.deepEqual(typed('MMR lot Q1182 (VIS 8/6/21); VIS dates 8/6/21 and 8/6/21', 'DATE'), []);
    assert.deepEqual(typed('Varivax #2, VIS given 5/14/24', 'DATE'), ['5/14/24']);
  });
});

describe('a generational suffix and a closing middle initial (pass 21)', () => {
  it('takes the suffix and the initial of a name written surname first', () => {
    assert.deepEqual(typed('Patient: Ambrose Whitlock Sr., 71 yo M', 'NAME'), ['Ambrose Whitlock Sr.']);
    assert.deepEqual(typed('pt: desmond okoro sr   mrn 5521', 'NAME'), ['desmond okoro sr']);
    assert.deepEqual(typed('HALVORSEN, DAGNY J - 72F, ICM', 'NAME'), ['HALVORSEN, DAGNY J']);
  });
  it('leaves a rank after the name and a credential\'s first letter', () => {
    assert.deepEqual(typed('ATTENDING: HOLLOWAY, BRENDAN M.D.', 'NAME'), ['HOLLOWAY, BRENDAN']);
    assert.ok(!typed('Ines Valcourt, Sr. Claims Adjuster', 'NAME').some((t) => t.endsWith('Sr')));
  });
});

describe('initials after a slash closing a signature or dictation line (pass 21)', () => {
  it('takes them after a name, a credential, a dictation word, a time or a typist\'s capitals', () => {
    assert.deepEqual(typed('DICTATED: DR. H. NAKASHIMA / RW   D: 12/04/2023 15:22', 'NAME'), ['H. NAKASHIMA', 'RW']);
    assert.deepEqual(typed('Dictated 02/11/2024 10:05 / dkm', 'NAME'), ['dkm']);
    assert.deepEqual(typed('i. brandvold md / tq pa-c', 'NAME'), ['i. brandvold', 'tq']);
    assert.deepEqual(typed('JOB 771204 / rhb', 'NAME'), ['rhb']);
  });
  it('leaves lists, units, drugs and signature marks', () => {
    assert.deepEqual(typed('RSV/flu/COVID neg; meds: ACE/ARB; glucose mg/dl', 'NAME'), []);
    assert.deepEqual(typed('Rx bup/nlx 8/2 mg film daily', 'NAME'), []);
    assert.deepEqual(typed('/es/ MARGIT HOLLANDER, MD', 'NAME'), ['MARGIT HOLLANDER']);
  });
});

describe('ages over 89 in prose (pass 21)', () => {
  it('takes them after "who is", "(now", and "AT" in capitals or closing the line', () => {
    assert.deepEqual(typed('HIS SISTER, WHO IS 92 AND LIVES NEARBY, VISITS', 'AGE'), ['92']);
    assert.deepEqual(typed('Her aunt (now 94) moved in last spring', 'AGE'), ['94']);
    assert.deepEqual(typed('FATHER HAD A STROKE AT 93.', 'AGE'), ['93']);
    assert.deepEqual(typed('grandfather died 2019 at 96\nmother living', 'AGE'), ['96']);
  });
  it('leaves vital signs and percentages', () => {
    assert.deepEqual(typed('HR AT 92. sats at 91\nthe patient, who is 95% adherent, (now 96%)', 'AGE'), []);
  });
});

describe('a lower-case patient name after "pt" before the age, bed or record (pass 21)', () => {
  it('takes the whole name', () => {
    assert.deepEqual(typed('pt hazel winters 71yo f seen at bedside', 'NAME'), ['hazel winters']);
    assert.deepEqual(typed('pt nguyen van long, 80 y/o m, micu day 3', 'NAME'), ['nguyen van long']);
    assert.deepEqual(typed('pt: jorge de la vega, mrn 55102, admit 3/2', 'NAME'), ['jorge de la vega']);
  });
  it('leaves shorthand prose before a distance or a bed', () => {
    assert.deepEqual(typed('pt ambulated well 58m in hall; pt will ambulate 20m; pt tolerated diet, bed 2', 'NAME'), []);
  });
});

describe('the given name of the person spoken with (pass 21)', () => {
  it('takes it before a role, a department or the clause\'s end', () => {
    assert.deepEqual(typed('Called the pharmacy, spoke w/ Marcus (tech): ready at 5', 'NAME'), ['Marcus']);
    assert.deepEqual(typed('spoke with Jolene in billing: balance cleared', 'NAME'), ['Jolene']);
    assert.deepEqual(typed('wound check 11/21 w/ rhonda.', 'NAME'), ['rhonda']);
  });
  it('leaves words, departments and drugs after "w/"', () => {
    assert.deepEqual(typed('mix w/ water. d/c home w/ family. f/u w/ Cardiology. said grace w/ grace. chemo w/ bev, q3wk', 'NAME'), []);
  });
});
