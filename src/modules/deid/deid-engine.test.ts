import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createDeidEngine, resolveOverlaps, type DeidEngine } from './deid-engine';

let engine: DeidEngine;
before(() => {
  // The rules alone: the token model on top of them has its own tests (token-model.test.ts).
  engine = createDeidEngine({ tokenModel: null });
});

/** The texts the engine reports as `type` (or as anything when type is omitted). */
function found(text: string, type?: string): string[] {
  return engine.detectWithText(text).filter((s) => !type || s.type === type).map((s) => s.text);
}
/** True when every character of `phrase` in `text` is inside a detected span. */
function covered(text: string, phrase: string): boolean {
  const at = text.indexOf(phrase);
  assert.ok(at >= 0, `test phrase missing: ${phrase}`);
  const spans = engine.detect(text);
  for (let i = at; i < at + phrase.length; i++) {
    if (/\s|[,.]/.test(text[i]!)) continue;
    if (!spans.some((s) => s.start <= i && i < s.end)) return false;
  }
  return true;
}
function untouched(text: string, phrase: string): boolean {
  const at = text.indexOf(phrase);
  assert.ok(at >= 0, `test phrase missing: ${phrase}`);
  return !engine.detect(text).some((s) => s.start < at + phrase.length && at < s.end);
}

describe('names', () => {
  it('finds names after titles, relations, labels and before credentials', () => {
    const text = "Pt's daughter Mary called. Seen by Dr. Oyelaran. Attending: Kwabena Mensah-Bonsu\nJane Q. Roe, MD\nSigned: TRAN, MINH";
    for (const name of ['Mary', 'Oyelaran', 'Kwabena Mensah-Bonsu', 'Jane Q. Roe', 'TRAN, MINH']) assert.ok(covered(text, name), name);
  });
  it('finds LASTNAME, FIRSTNAME headers, all-caps names and first-last pairs from the dictionaries', () => {
    const text = 'GONZALEZ, MARIA E   MRN 3382910\nMARGARET WHITFIELD was seen today. Will discuss with Robert Brennan tomorrow.';
    for (const name of ['GONZALEZ, MARIA', 'MARGARET WHITFIELD', 'Robert Brennan']) assert.ok(covered(text, name), name);
  });
  it('spreads a name found once to its other mentions in the note', () => {
    const text = 'Mr. Zebulon Quarterman is a 70M. Quarterman reports chest pain. QUARTERMAN denies fever.';
    assert.equal(found(text, 'NAME').length, 3);
  });
  it('does not take eponyms, drugs, units or clinical words for names', () => {
    const text = "Hx Parkinson's disease and Hodgkin lymphoma. Foley placed. Apgar 9. Murphy's sign negative. Bell's palsy. Started Lasix 40 mg IV and Coumadin 5 mg. Plan: Cardiology consult. Babinski downgoing. Glasgow Coma Scale 15.";
    assert.deepEqual(found(text, 'NAME'), []);
  });
  it('does not take all-caps clinical prose for names', () => {
    const text = 'FATHER DIED OF MI AT 62. PT DENIES CP. PLAN: CONTINUE ASA 81 MG.';
    assert.deepEqual(found(text, 'NAME'), []);
  });
});

describe('dates', () => {
  it('finds every common written form, with times that belong to them', () => {
    const forms = ['3/4', '03/04/2021', '3-4-21', '2021-03-04', '4-Mar-2021', '04MAR2021', 'March 4th', 'March 4, 2021', 'Mar. 4', '4 March 2021', '4th of March', 'March 2021', '03/2021', '03/04/2021 14:30'];
    for (const f of forms) assert.deepEqual(found(`Seen on ${f} for follow-up.`, 'DATE'), [f], f);
  });
  it('leaves years alone, scores, ratios and blood pressures untouched', () => {
    const text = 'Quit smoking in 2009. Strength 5/5 throughout. Grade 2/6 murmur. Pain 7/10. BP 132/84. Gleason 3+4=7. Carbidopa-levodopa 25/100 mg.';
    assert.deepEqual(found(text, 'DATE'), []);
  });
  it('does not read the verb "may" as a month', () => {
    assert.deepEqual(found('Pt may 2 tabs PRN. She may go home.', 'DATE'), []);
  });
});

describe('ages', () => {
  it('reports ages over 89 in every form and only those', () => {
    const text = 'A 92 yo woman. 95-year-old man. age 101. 90 y/o. 104 YEARS OLD. 91F with CHF. A 67-year-old. age 45. 89 yo.';
    assert.deepEqual(found(text, 'AGE'), ['92', '95', '101', '90', '104', '91']);
  });
  it('does not read a temperature in Fahrenheit as an age', () => {
    assert.deepEqual(found('Temp 99 F, HR 95.', 'AGE'), []);
  });
});

describe('contacts and numbers', () => {
  it('finds phones in every format and tells fax numbers apart', () => {
    const text = 'Call (617) 555-0142 or 617.555.0199 or +1 617 555 0100 x231. Fax: 617-555-0111.';
    assert.deepEqual(found(text, 'PHONE'), ['(617) 555-0142', '617.555.0199', '+1 617 555 0100 x231']);
    assert.deepEqual(found(text, 'FAX'), ['617-555-0111']);
  });
  it('finds e-mail, URL, IPv4 and IPv6', () => {
    const text = 'mail j.roe@example.org, portal https://chart.example.org/p/123, from 10.1.2.3 and fe80::1ff:fe23:4567:890a.';
    assert.deepEqual(found(text).sort(), ['10.1.2.3', 'fe80::1ff:fe23:4567:890a', 'https://chart.example.org/p/123', 'j.roe@example.org'].sort());
  });
  it('types labelled identifiers and still catches unlabelled record numbers', () => {
    const text = 'MRN: 00482913. SSN 123-45-6789. Member ID XGH882731. Acct # 5512-0091. DEA AB1234563. Serial no. PM-88213. VIN 1HGCM82633A004352. Seen for 44812903.';
    const types = Object.fromEntries(engine.detectWithText(text).map((s) => [s.text, s.type]));
    assert.equal(types['00482913'], 'MRN');
    assert.equal(types['123-45-6789'], 'SSN');
    assert.equal(types.XGH882731, 'HEALTH_PLAN');
    assert.equal(types['5512-0091'], 'ACCOUNT');
    assert.equal(types.AB1234563, 'LICENSE');
    assert.equal(types['PM-88213'], 'DEVICE');
    assert.equal(types['1HGCM82633A004352'], 'VEHICLE');
    assert.ok(covered(text, '44812903'));
  });
  it('leaves doses, lab values and reference ranges alone', () => {
    const text = 'Vancomycin 1250 mg IV q12h. Plt 250000 /uL. Ref 3.5-5.0 mmol/L. WBC 12.3. COVID-19 negative. HbA1c 7.2%.';
    assert.deepEqual(found(text), []);
  });
});

describe('places', () => {
  it('finds addresses split over lines, cities, states kept, ZIP codes', () => {
    const text = 'Lives at 1427 Old Mill Road, Apt 3B\nSpringfield, IL 62704 with her son.';
    assert.ok(covered(text, '1427 Old Mill Road, Apt 3B'));
    assert.deepEqual(found(text, 'ZIP'), ['62704']);
    assert.ok(covered(text, 'Springfield'));
    assert.ok(untouched(text, 'IL'), 'a state is not PHI');
  });
  it('finds hospitals and clinics and places named after cues', () => {
    const text = 'Transferred from St. Brigid\'s Medical Center. Moved here from Tallahassee last year.';
    assert.ok(covered(text, "St. Brigid's Medical Center"));
    assert.ok(covered(text, 'Tallahassee'));
  });
  it('does not take a credential after a name for a state or a place', () => {
    assert.deepEqual(found('Jane Roe, MD', 'LOCATION'), []);
  });
});

describe('resolveOverlaps', () => {
  it('joins overlapping candidates and keeps the type of the higher priority', () => {
    const out = resolveOverlaps([
      { start: 0, end: 5, type: 'NAME', priority: 40 },
      { start: 3, end: 9, type: 'DATE', priority: 70 },
      { start: 12, end: 14, type: 'ID', priority: 10 },
    ]);
    assert.deepEqual(out.map(({ start, end, type }) => ({ start, end, type })), [{ start: 0, end: 9, type: 'DATE' }, { start: 12, end: 14, type: 'ID' }]);
  });
});
