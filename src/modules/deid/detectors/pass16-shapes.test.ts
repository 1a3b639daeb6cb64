// Pass 16: staff initials keyed to a name or closing a dated entry, initials after more signing
// roles, landscape words in facility names and payers after "Ins:".
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDeidEngine } from '../deid-engine';

// The rules alone: the token model on top of them has its own tests (token-model.test.ts).
const engine = createDeidEngine({ tokenModel: null });
const typed = (text: string) => engine.detectWithText(text).map((s) => `${s.type}:${s.text}`);
const names = (text: string) => engine.detectWithText(text).filter((s) => s.type === 'NAME').map((s) => s.text);

describe('staff initials (pass 16)', () => {
  it('takes initials a key ties to a name, wherever they sign a row', () => {
    const log = 'Nurse key: RM = R. Molina, RN;  AS = A. Sato, LPN\n\n07/08/24   95 mg    obs      RM\n07/10/24   95 mg    TH x1    AS';
    assert.deepEqual(names(log), ['RM', 'R. Molina', 'AS', 'A. Sato', 'RM', 'AS']);
    const ob = 'Providers: J. M. Kowalski, CNM (JMK); R. Agarwal, MD (RA)\n10/01/24  neg/neg  JMK  dating US';
    assert.deepEqual(names(ob), ['J. M. Kowalski', 'JMK', 'R. Agarwal', 'RA', 'JMK']);
  });
  it('does not take the initials of a heading, a service or a place as a key', () => {
    assert.deepEqual(names('SEXUAL ASSAULT NURSE EXAMINER (SANE) REPORT\nSANE-A, SANE-P'), []);
    assert.deepEqual(names('Staten Island Riverside Hospital (SIRH) Diabetes Clinic\nseen at SIRH'), []);
    assert.deepEqual(names('Key: MS = Morning Sickness scale'), []);
  });
  it('takes lower-case initials closing a dated entry, not a unit or a word', () => {
    assert.deepEqual(names('All lots reconciled 5/23/24 bt.'), ['bt']);
    assert.deepEqual(names('Transcribed 8/14/24 mh RN'), ['mh']);
    assert.deepEqual(names('PFS intake 11/04/24 tmb: escalated to supv.'), ['tmb']);
    assert.deepEqual(names('Clinic response (mk, 4/16/24): 96 pages faxed'), ['mk']);
    assert.deepEqual(names('Apgars 3, 6 and 8 at 1/5/10 min.'), []);
    assert.deepEqual(names('bh unit nsg note  10/30/23 noc\nslept well'), []);
    assert.deepEqual(names('seen 1/24/24 and will return'), []);
  });
  it('takes initials after clerks, witnesses, grossers and preparers', () => {
    assert.deepEqual(names('reviewed with mother by clerk bz\nSpelling confirmed'), ['bz']);
    assert.deepEqual(names('Gross: AHW     Slides: A1-A9'), ['AHW']);
    assert.deepEqual(names('Printed by bk for parent request.'), ['bk']);
    assert.deepEqual(names('Sign: KB'), ['KB']);
    assert.deepEqual(names('multiple nodules w/ halo sign RUL, LLL.'), []);
    assert.deepEqual(names('Gross: 3 cm tan mass'), []);
  });
});

describe('facilities and payers (pass 16)', () => {
  it('takes a name of landscape words before a facility kind', () => {
    assert.deepEqual(typed('Location: Front Range Surgery Center'), ['FACILITY:Front Range Surgery Center']);
    assert.deepEqual(typed('TO: Iron Range Dialysis, attn: charge RN'), ['FACILITY:Iron Range Dialysis']);
  });
  it('leaves a payer after "Ins:" alone', () => {
    assert.deepEqual(typed("Pt's ins: Delta Dental ID 992041778."), ['ID:992041778']);
    assert.deepEqual(typed('Dental: Delta Dental Clinic on Main'), ['FACILITY:Delta Dental Clinic']);
  });
});

describe('county bodies and named wards (pass 16)', () => {
  it("takes a county's courts, sheriff, police, probation and examiner", () => {
    assert.deepEqual(typed('Cuyahoga County Probate Court Case No. 2024 GRD'), ['FACILITY:Cuyahoga County Probate Court', 'ID:2024']);
    assert.deepEqual(typed('IN THE PROBATE COURT OF FRANKLIN COUNTY, OHIO'), ['FACILITY:PROBATE COURT OF FRANKLIN COUNTY']);
    assert.deepEqual(typed('order from El Paso County Court at Law No. 3 reviewed'), ['FACILITY:El Paso County Court at Law No. 3']);
    assert.deepEqual(typed('Superior Court of California, County of Sacramento   Case No.'), ['FACILITY:Superior Court of California, County of Sacramento']);
    assert.deepEqual(typed('Police notified: Suffolk County PD, report pending'), ['FACILITY:Suffolk County PD']);
    assert.deepEqual(typed("call King County Medical Examiner's Office"), ["FACILITY:King County Medical Examiner's Office"]);
  });
  it('does not take an abbreviation after a court for its town', () => {
    assert.deepEqual(typed('Pierce County Superior Court, Dept. 14'), ['FACILITY:Pierce County Superior Court']);
  });
  it('takes units named after trees, flowers and landscapes, and wards after a stay', () => {
    assert.deepEqual(typed('Unit: Aspen Unit (adolescent), rm 6'), ['FACILITY:Aspen Unit']);
    assert.deepEqual(typed('Unit: Larkspur Hall Rm 118-A'), ['FACILITY:Larkspur Hall']);
    assert.deepEqual(typed('Adult Probation, Field Unit 3'), []);
    assert.deepEqual(typed('Rm 6, Ashgrove 2 (rooming-in)'), ['FACILITY:Ashgrove 2']);
    assert.deepEqual(typed('Unit contacts: Harrington 7 charge RN'), ['FACILITY:Harrington 7']);
  });
});

describe('mixed-case abbreviations (pass 16)', () => {
  it('does not take an abbreviation that starts with two capitals for a name', () => {
    assert.deepEqual(names('A/P: 78M w/ HFrEF (EF 25%), AF'), []);
    assert.deepEqual(names('events correlated w/ PACs. Report to cardiology'), []);
    assert.deepEqual(names('Seen with DeShawn McKay today'), ['DeShawn McKay']);
  });
  it("does not take a state's name alone for a town or a name, but keeps a given name", () => {
    assert.deepEqual(typed('moved from Dayton, Ohio last year'), ['LOCATION:Dayton']);
    assert.deepEqual(typed('Your Oregon Health Plan member ID'), []);
    assert.deepEqual(typed('daughter Virginia called'), ['NAME:Virginia']);
    assert.ok(typed('now at 4140 Broadway, New York, NY').includes('LOCATION:New York'));
  });
});

describe('hospital initials (pass 16)', () => {
  it('takes initials before a ward or after a credential, and again wherever they stand', () => {
    assert.deepEqual(typed('Progress note - Sturgis MICU, CUH, bed 9\nseen at CUH Whitcombe 8').filter((s) => s.startsWith('FACILITY')), ['FACILITY:CUH', 'FACILITY:CUH Whitcombe 8']);
    assert.ok(typed('Referring: Judson Farrar, MD (TRMC); follow-up').includes('FACILITY:TRMC'));
    // (Not as the label of a record number.)
    assert.deepEqual(typed('seen at CUH Whitcombe 8\nPt Ann Roe, CUH 6602714'), ['FACILITY:CUH Whitcombe 8', 'NAME:Ann Roe', 'ID:6602714']);
  });
  it('leaves clinical initials alone', () => {
    assert.deepEqual(typed('Wound #1: R plantar 1st MTH diabetic foot ulcer'), []);
    assert.deepEqual(typed('- LHC tomorrow AM with cardiology'), []);
  });
});

describe('hyphenated given names (pass 16)', () => {
  it('ends a given name after its second syllable in lower case, not after an English suffix', () => {
    assert.deepEqual(names('Patient: Kwon, Ji-ho   DOB 1/1/1990'), ['Kwon, Ji-ho']);
    assert.deepEqual(names('Patient: Lee, Seo-yeon  DOB 2/2/1992'), ['Lee, Seo-yeon']);
    assert.deepEqual(names('seen with Dr. Roe-like symptoms'), ['Roe']);
  });
});

describe('nicknames (pass 16)', () => {
  it('takes the name a person goes by beside the full name, not a company, a country or kin', () => {
    assert.deepEqual(names('Pt: "Smokey" (Lester Pruitt), 59'), ['Smokey', 'Lester Pruitt']);
    assert.deepEqual(names('Patient: Kwon, Ji-ho ("Jay")   DOB 6/14/1985'), ['Kwon, Ji-ho', 'Jay']);
    assert.deepEqual(names('Patient: Lee, Ji-young (Grace)     DOB 9/4/1983'), ['Lee, Ji-young', 'Grace']);
    assert.deepEqual(names('rep Tony Grasso (Nevro) to reprogram'), ['Tony Grasso']);
    assert.deepEqual(names('called Maria Lopez (Mom) today'), ['Maria Lopez']);
  });
});

describe('lower-case towns (pass 16)', () => {
  it('takes a lower-case town the places list knows after in, from or near', () => {
    assert.deepEqual(typed('his pcp is dr yarrow in fall river.'), ['NAME:yarrow', 'LOCATION:fall river']);
    assert.deepEqual(typed('took the truck to work in mcallen'), ['LOCATION:mcallen']);
  });
  it('leaves common words, states, countries and things one is in alone', () => {
    assert.deepEqual(typed('in bed, in pain, from home, in reading'), []);
    assert.deepEqual(typed('summers in maine, from mexico originally'), []);
    assert.deepEqual(typed('soaking in epsom salt bid'), []);
  });
});

describe('ages over 89 (pass 16)', () => {
  it('takes an age glued to its sex after a label, a column or a name, not a temperature or a room', () => {
    assert.deepEqual(typed('Pt: 93F, hospice dx: end-stage CHF'), ['AGE:93']);
    assert.ok(typed('Dorothy Bighorn 93F | NSTEMI').includes('AGE:93'));
    assert.deepEqual(typed('afebrile 98F today'), []);
    assert.deepEqual(typed('Tmax 99F, HR 92'), []);
    assert.deepEqual(typed('moved to room 92F'), []);
  });
  it('takes an age at death and an age in years closed by punctuation, not a span of time', () => {
    assert.deepEqual(typed('age at death 97\nLast admission'), ['AGE:97']);
    assert.ok(typed('Re: Mrs. Zofia Kowal, 91 years, DOB 2/4/1933').includes('AGE:91'));
    assert.deepEqual(typed('lived there for 91 years, then moved'), []);
  });
});

describe('ages over 89 after a name or a relative (pass 16)', () => {
  it('takes an age right after a found name that closes its entry, not a dose, a decimal or a span of days', () => {
    assert.deepEqual(typed('Ginny Pruett 98 - warfarin held'), ['NAME:Ginny Pruett', 'AGE:98']);
    assert.deepEqual(typed('rm 403 Estella Vigil 90 | debility'), ['NAME:Estella Vigil', 'AGE:90']);
    assert.deepEqual(typed('0829 Horace Mims ninety-one, SOB'), ['NAME:Horace Mims', 'AGE:ninety-one']);
    assert.deepEqual(typed('certificate signed. Mr. Pembroke was 91. Hospice RN'), ['NAME:Pembroke', 'AGE:91']);
    assert.deepEqual(typed('seen by Dr. Roe 90 min'), ['NAME:Roe']);
    assert.deepEqual(typed('Ann Roe 98.6 today'), ['NAME:Ann Roe']);
    assert.deepEqual(typed('Ann Roe 90-day supply'), ['NAME:Ann Roe']);
  });
  it('takes the age of a parent or spouse said with "is", a death age and dotted leaders', () => {
    assert.deepEqual(typed('callback re: discharge plan, mom is 92 and he cannot'), ['AGE:92']);
    assert.deepEqual(typed('my father is\n94 now and weaker'), ['AGE:94']);
    assert.deepEqual(typed(' - Maternal grandmother d. 96 "old age," no cancer'), ['AGE:96']);
    assert.deepEqual(typed('Age/Sex:............. 98 / M'), ['AGE:98']);
    assert.deepEqual(typed('father d. 1990 of MI'), []);
  });
});

describe('social security numbers (pass 16)', () => {
  it('takes an SSN with blanks or en dashes between its groups and the last four in more shapes', () => {
    assert.deepEqual(typed('SSN (as provided): 385 – 22 – 0917'), ['SSN:385 – 22 – 0917']);
    assert.deepEqual(typed('Last4: N6620     DOB 4/1/1951'), ['SSN:N6620', 'DATE:4/1/1951']);
    assert.deepEqual(typed('guarantor last 4 ss 6620. states denied'), ['SSN:6620']);
    assert.deepEqual(typed('Hgb 12.5 - 10.2 - 9.8 trend'), []);
  });
});

describe('lower-case census lines (pass 16)', () => {
  it('takes a lower-case surname and given name before an age and sex, and the age over 89', () => {
    assert.deepEqual(typed('bed 4 - ng, winston 93m, cmo, family arriving'), ['NAME:ng, winston', 'AGE:93']);
    assert.deepEqual(typed('bed 3 - de la cruz, rodrigo ("jun") pod 9 whipple'), ['NAME:de la cruz, rodrigo']);
    assert.deepEqual(typed('the pain, fever 38 f'), []);
  });
});
