// Pass 24: days spelt as ordinal words and form dates with blanks for slashes, behavioral-health,
// community-services-board and critical-access-hospital abbreviations as facilities' heads, the
// birthday a person turns, titles in lower case and police ranks written short, nicknames in quotes
// after an alias or a relative, greetings and introductions in messages, lower-case roles, and the
// state, farm or reservation road a home or a scene is on. Every string is invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDeidEngine } from '../deid-engine';

// The rules alone: the token model on top of them has its own tests (token-model.test.ts).
const engine = createDeidEngine({ tokenModel: null });
const typed = (text: string, type: string) => engine.detectWithText(text).filter((s) => s.type === type).map((s) => s.text);

describe('dates as dictation and forms write them (pass 24)', () => {
  it('takes a month with its day spelt as an ordinal word, and the year after it', () => {
    assert.deepEqual(typed('DATE OF VISIT MARCH FOURTEENTH 2024. NEXT CHANGE APRIL THIRTEENTH.', 'DATE'), ['MARCH FOURTEENTH 2024', 'APRIL THIRTEENTH']);
    assert.deepEqual(typed('she passed December second and the bill came', 'DATE'), ['December second']);
    assert.deepEqual(typed('RTC ON MARCH TWENTY SECOND.', 'DATE'), ['MARCH TWENTY SECOND']);
  });
  it('leaves a month in lower case and an ordinal in another case than its month', () => {
    assert.deepEqual(typed('we may second the motion at the meeting', 'DATE'), []);
    assert.deepEqual(typed('March SECOND floor', 'DATE'), []);
  });
  it('takes a form date with blanks for its slashes, a two-digit year only after a label', () => {
    assert.deepEqual(typed('3  DOB: 07 14 1946  SEX M', 'DATE'), ['07 14 1946']);
    assert.deepEqual(typed('24 A FROM 03 01 24 TO 03 31 24  B 12', 'DATE'), ['03 01 24', '03 31 24']);
    assert.deepEqual(typed('12 SIGNATURE ON FILE 01 02 2024', 'DATE'), ['01 02 2024']);
  });
  it('leaves spaced numbers that are no date: a two-digit year without a label, an invalid month, a longer run', () => {
    assert.deepEqual(typed('sets 10 12 15 reps today', 'DATE'), []);
    assert.deepEqual(typed('counts 13 14 2020 steps', 'DATE'), []);
    assert.deepEqual(typed('serial 4 07 14 1946 5', 'DATE'), []);
  });
});

describe('facilities named by a behavioral-health, services-board or critical-access abbreviation (pass 24)', () => {
  it('takes the name with its abbreviation', () => {
    assert.deepEqual(typed('declined Ridgeview BH (no beds)', 'FACILITY'), ['Ridgeview BH']);
    assert.deepEqual(typed('Prescreen by Alicia Moorefield, LPC, Valley CSB.', 'FACILITY'), ['Valley CSB']);
    assert.deepEqual(typed('Referring: Jackson Mountain CAH (Dr. Mbeki-Turner)', 'FACILITY'), ['Jackson Mountain CAH']);
  });
  it("leaves a named hospital's department and a payer outside, and the condition", () => {
    assert.deepEqual(typed('Sylvania Memorial BH - full, call back', 'FACILITY'), ['Sylvania Memorial']);
    assert.deepEqual(typed('care advocate (Optum BH) auth line', 'FACILITY'), []);
    assert.deepEqual(typed('Dx: Classic CAH, salt wasting', 'FACILITY'), []);
  });
});

describe('the birthday a person turns (pass 24)', () => {
  it('takes a birthday over 89 and leaves a younger one', () => {
    assert.deepEqual(typed('Dot Whitaker  90th bday 7/19! cake ok', 'AGE'), ['90']);
    assert.deepEqual(typed('after his 101st Birthday party', 'AGE'), ['101']);
    assert.deepEqual(typed('after her 80th bday', 'AGE'), []);
  });
});

describe('names after a title in lower case, a short police rank or a lower-case role (pass 24)', () => {
  it('takes the name after dr, mr and mrs written in lower case', () => {
    assert.deepEqual(typed('you still good for mr Alvarado at 11?', 'NAME'), ['Alvarado']);
    assert.deepEqual(typed('clinic physician dr. Made Wirawan.', 'NAME'), ['Made Wirawan']);
  });
  it('leaves mitral regurgitation before a clinical word', () => {
    assert.deepEqual(typed('mild mr Echo pending', 'NAME'), []);
    assert.deepEqual(typed('hx of severe mr Lasix 40', 'NAME'), []);
  });
  it('takes the name after Ofc and Cpl, not after Deputy before an office', () => {
    assert.deepEqual(typed('Elyria PD notified, Ofc Mancini.', 'NAME'), ['Mancini']);
    assert.deepEqual(typed('Filed May 24 by T. Okafor-Lynch, Deputy Clerk', 'NAME'), ['T. Okafor-Lynch']);
  });
  it('takes the name after biomed, security and reviewer in lower case', () => {
    assert.deepEqual(typed('#7 down, biomed Sal ext 2290', 'NAME'), ['Sal']);
    assert.deepEqual(typed('security Kowalski at bedside', 'NAME'), ['Kowalski']);
    assert.deepEqual(typed('security Team notified', 'NAME'), []);
  });
});

describe('nicknames in quotes after an alias, a sponsor, a crew boss or a relative (pass 24)', () => {
  it('takes the quoted name', () => {
    assert.deepEqual(typed('Name: DUBOIS, MARCEL   Alias: "Frenchie"', 'NAME'), ['DUBOIS, MARCEL', 'Frenchie']);
    assert.deepEqual(typed('sponsor "Sarge" (ok to call)', 'NAME'), ['Sarge']);
    assert.deepEqual(typed('told her teacher that Uncle "Dre" touched her', 'NAME'), ['Dre']);
  });
});

describe('greetings and introductions in messages (pass 24)', () => {
  it('takes the greeted and the introduced given name', () => {
    assert.deepEqual(typed('23:50 on-call RN: Hi Faith, this is Lorna. That can happen', 'NAME'), ['Faith', 'Lorna']);
    assert.ok(typed('from (336) 555-0192: this is Faith, his granddaughter.', 'NAME').includes('Faith'));
  });
  it('leaves a title, a team, a weekday and a payer', () => {
    assert.deepEqual(typed('Hi Team, this is Tuesday. It is Medicare, hello Doctor.', 'NAME'), []);
    assert.deepEqual(typed('Hi Dr. Keller, the cuff reads high', 'NAME'), ['Keller']);
  });
});

describe('the state, farm or reservation road a home or a scene is on (pass 24)', () => {
  it('takes the road after on, off, at and from', () => {
    assert.deepEqual(typed('DIRECTIONS: off KY-451 turn R at the church', 'ADDRESS'), ['KY-451']);
    assert.deepEqual(typed('ranch house 14 mi N of town on FM 809, cattle guard', 'ADDRESS'), ['FM 809']);
    assert.deepEqual(typed('from US-26 go N at the gas station', 'ADDRESS'), ['US-26']);
  });
  it("leaves a crash's road, a route taken, a tumour marker and an interleukin", () => {
    assert.deepEqual(typed('after MVC on US-12 near the river', 'ADDRESS'), []);
    assert.deepEqual(typed('Distance 142 mi via US-59. No events', 'ADDRESS'), []);
    assert.deepEqual(typed('trend: on CA-125 420', 'ADDRESS'), []);
    assert.deepEqual(typed('Uveitis on IL-17 - discussed switch', 'ADDRESS'), []);
  });
});
