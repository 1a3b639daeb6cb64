// Pass 9 date rules: dates without a year in real-style notes, and the ratios, scores, doses and
// counts that look like them. All strings are invented for this test.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectDates } from './dates';

const found = (text: string) => detectDates({ text } as Parameters<typeof detectDates>[0]).map((c) => text.slice(c.start, c.end));

describe('dates without a year (pass 9)', () => {
  const cases: [string, string][] = [
    ['slipped on ice, fell the 9th with no loss of consciousness', 'the 9th'],
    ['dental visit the 14th via video', 'the 14th'],
    ['dressing change tues the 6th at the clinic', 'tues the 6th'],
    ['since our call on Aug 14: doing better', 'Aug 14'],
    ['ran out of inhaler Feb-23 per daughter', 'Feb-23'],
    ['Hep C antibody reactive Sep-79.', 'Sep-79'],
    ['DATE OF SERVICE: Sep-09-2090 arrival', 'Sep-09-2090'],
    ['light therapy (Feb-Jun 2024) helped', 'Feb-Jun 2024'],
    ['PCP plans to see patient 6/10.', '6/10'],
    ['Next echo 4/5.', '4/5'],
    ['Next MRI 9/9.', '9/9'],
    ['last refill 2/4, 90-day supply', '2/4'],
    ['Upcoming: RN 4/9, SW Dana Whitfield 4/11, OT prn', '4/11'],
    ['Upcoming: RN 4/9, SW Dana Whitfield 4/11, OT prn', '4/9'],
    ['Tdap 3/9. Flu declined.', '3/9'],
    ['INR 3/11 2.6, goal 2-3', '3/11'],
    ['COURT DATE 02/07 - continued', '02/07'],
    ['PPD placed Monday, read 3/10.', '3/10'],
    ['needs letter for 2/10.', '2/10'],
    ['ambulance arrived 6/4 ~0620 per crew', '6/4'],
    ['school log - wed 1/15\nstudent seen', 'wed 1/15'],
    ['resp therapy note 9/12/25 0400\npt resting', '9/12/25 0400'],
    ['annual ECG (last 2/81 normal)', '2/81'],
    ['burns from fireworks over the Fourth, and blisters', 'Fourth'],
    ['cough since a holiday party 12/9. Lives alone', '12/9'],
    ['Seen at Mercy ED 2/7, given fluids', '2/7'],
    ['DL exp 04/2029 on file', '04/2029'],
    ['sleep worse since Ramadan', 'Ramadan'],
    ['podiatry 4/9 for nail care', '4/9'],
  ];
  for (const [text, want] of cases) {
    it(`finds ${JSON.stringify(want)} in ${JSON.stringify(text)}`, () => assert.ok(found(text).includes(want), JSON.stringify(found(text))));
  }
});

describe('look-alikes that stay unmarked (pass 9)', () => {
  const none = [
    'she fell the 3rd time this month',
    'visit the 3rd floor nurse station',
    'fracture of the 4th metacarpal',
    'hypopigmentation on the Fourth toe',
    'lives on the Fourth Street',
    'CSME by OCT today, CST 390',
    'Shingrix 1/2 given; Hep B 2/3 due in May',
    'Buprenorphine 8/2 mg SL daily',
    'smokes 1/2 ppd for years',
    'blood cx 2/4 S. epidermidis; cultures 4/4 GPC',
    'Gleason 3+4 = 7/10 cores; (total 5/9)',
    'BIMS 12/15. Beighton 4/9. teach-back 3/4',
    'strength 5/5, pain 8/10, 4/6 murmur, 2/3 bottles, 1/2 tab, Apgars 8/9, 10/10 pain',
    'next dose 1/2 tab; f/u strength 4/5; due to pain 7/10',
    'PT 4/5 visits used; OT 2/3 goals met',
    'RN gave 1/2 tab at bedtime',
    'ypT2 N1a (2/14) nodes',
    'lot ZX81 exp 11/2026 noted',
    'fasts during Ramadan',
    'ANA 1/80 speckled',
    'next 2/3 days at home',
    'to see pt, pain 5/10 today',
    'rested, sat the 3rd day in a row',
    'Next PHQ-9 4/27 points? no',
  ];
  for (const text of none) {
    it(`finds no day in ${JSON.stringify(text)}`, () => assert.deepEqual(found(text).filter((s) => !/May/.test(s)), []));
  }
  it('keeps the therapy visit counter apart from the dated line', () => {
    assert.deepEqual(found('rehab daily note   visit 5/12   10-21-2024'), ['10-21-2024']);
  });
  it('leaves the month-year alone inside a full date', () => {
    assert.deepEqual(found('Adm 25-APR-16 / D/C 2-MAY-16'), ['25-APR-16', '2-MAY-16']);
  });
});

describe('month and two-digit year, and more cues for a bare month/day (pass 12)', () => {
  it('takes a month with a two-digit year that cannot be a day', () => {
    for (const [text, date] of [['Retina exam (Dr. Soto) 4/83: no edema.', '4/83'], ['last A1c 7.9 (11/91), since then off insulin', '11/91'], ['sigmoidoscopy 6/78 benign', '6/78'], ['BCC L ear 2/69. Uses sunscreen.', '2/69']] as const) {
      assert.deepEqual(found(text), [date], text);
    }
  });
  it('leaves dose pairs, titers, dilutions, settings and scores alone', () => {
    for (const text of ['Vytorin 10/40 daily for lipids', 'amlodipine-benazepril 5/40 one tab', 'ANA titer 1/80 speckled', 'diluted 1/40 with saline', 'Vent AC 450/14/+5/40% FiO2', 'MMSE 12/30 today', 'Advair HFA 2/45 inhaler']) {
      assert.deepEqual(found(text), [], text);
    }
  });
  it('reads a bare month/day after "through", "d/c", a lab panel or a procedure as a date', () => {
    for (const [text, date] of [['Excused from school through 3/3.', '3/3'], ['anticipate d/c 8/5 if ambulating', '8/5'], ['Repeat CMP 4/5 at the lab.', '4/5'], ['s/p cholecystectomy 2/10 without issue', '2/10']] as const) {
      assert.deepEqual(found(text), [date], text);
    }
  });
});

describe('a drug with two strengths before it (pass 12, with the dictionaries)', () => {
  it('does not take "Lotrel 5/40" or "Vytorin 10/40" for a month and year, and still takes a procedure\'s date', async () => {
    const { createDeidEngine } = await import('../deid-engine');
    // The rules alone: the token model on top of them has its own tests (token-model.test.ts).
    const engine = createDeidEngine({ tokenModel: null });
    const dates = (text: string) => engine.detectWithText(text).filter((s) => s.type === 'DATE').map((s) => s.text);
    assert.deepEqual(dates('Meds:\nLotrel 5/40\nVytorin 10/40\nASA 81'), []);
    assert.deepEqual(dates('Sigmoidoscopy 6/78 benign.'), ['6/78']);
  });
});

describe('bare month/day that no scale allows (pass 12)', () => {
  it('takes a day of 13 or more, and a first number above the second, even after "of" or "at"', () => {
    for (const [text, date] of [['found on the floor the morning of 11/14, per EMS', '11/14'], ['per your request of 4/19: notes enclosed', '4/19'], ['bed avail 12/4, family aware', '12/4'], ['norepi off 7/5, MAP stable', '7/5']] as const) {
      assert.deepEqual(found(text), [date], text);
    }
  });
  it('leaves scales, ventilator pairs and common totals alone', () => {
    for (const text of ['strength 4/5 bilaterally, pain 6/10', 'on PSV 10/5 overnight, BiPAP 12/6 at night', 'MoCA 21/30, Berg 14/56', 'murmur 2/6 at the apex']) {
      assert.deepEqual(found(text), [], text);
    }
  });
});
