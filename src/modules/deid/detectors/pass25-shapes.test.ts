// Pass 25: staff initials named by their role or act, ages of patients and residents said with what
// follows them, bare month/day dates beside a clock time, UPS tracking numbers, greetings of thanks,
// "manager" before a given name, and organisations named by a reading service, courier, tour
// operator, plant or wing. Every string is invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDeidEngine } from '../deid-engine';

// The rules alone: the token model on top of them has its own tests (token-model.test.ts).
const engine = createDeidEngine({ tokenModel: null });
const typed = (text: string, type: string) => engine.detectWithText(text).filter((s) => s.type === type).map((s) => s.text);

describe('staff initials named by their role or act (pass 25)', () => {
  it('takes initials after a pharmacist, a tech, a typist, a grosser or a reviewer', () => {
    assert.deepEqual(typed('Temp excursion: none.   RPh check DL   Tech bf', 'NAME'), ['DL', 'bf']);
    assert.deepEqual(typed('Typed YAK/lrb', 'NAME'), ['YAK', 'lrb']);
    assert.deepEqual(typed('Grossed by TJ (PA) 10/22/24.', 'NAME'), ['TJ']);
    assert.deepEqual(typed('refilled Lasix 20 mg.\nreviewed AK 12/3', 'NAME'), ['AK']);
    assert.deepEqual(typed('Dispensed 101 tabs.\njb CPhT', 'NAME'), ['jb']);
  });
  it('leaves credentials, clinical abbreviations and words after the same roles', () => {
    assert.deepEqual(typed('Tech ok, reviewed MD, checked by RN 3/4/24', 'NAME'), []);
    assert.deepEqual(typed('reviewed BMP 12/3 and CBC', 'NAME'), []);
  });
});

describe("a patient's or resident's age with what follows it (pass 25)", () => {
  it('takes the age over 89', () => {
    assert.deepEqual(typed('RNA at wk 4 optional.\nPt 91 but sharp, lives alone', 'AGE'), ['91']);
    assert.deepEqual(typed('Face sheet check: resident is 96 (DOB 11/30/1928)', 'AGE'), ['96']);
    assert.deepEqual(typed('1) GRABOWSKI, Stanley  rm 101A  (93)', 'AGE'), ['93']);
    assert.deepEqual(typed('| Decedent Whitaker, Lyle D. | 91y M | DOD', 'AGE'), ['91']);
  });
  it('leaves a vital sign and a younger age', () => {
    assert.deepEqual(typed('SpO2 pt 92, on RA', 'AGE'), []);
    assert.deepEqual(typed('resident is 86 (DOB 1/2/1939)', 'AGE'), []);
  });
});

describe('a bare month/day beside a clock time, in a note dated in that month (pass 25)', () => {
  it('takes it', () => {
    assert.ok(typed('Admit 3/1/2024. events captured 3/2 1530, then 3/3 0905 - L temporal', 'DATE').includes('3/3'));
    assert.ok(typed('prelim 4/2/2024; called to dr kapoor 1410 4/4, rn aware', 'DATE').includes('4/4'));
  });
  it('leaves a fraction beside a number in a note dated in other months', () => {
    assert.deepEqual(typed('Admit 9/1/2024. pain 3/10 0800 improved', 'DATE'), ['9/1/2024']);
  });
});

describe('parcels, thanks, managers and organisations (pass 25)', () => {
  it('takes a UPS tracking number, spaced or not', () => {
    assert.deepEqual(typed('UPS ground to clinic, tracking 1Z 88W 402 03 4418 2291', 'ID'), ['1Z 88W 402 03 4418 2291']);
  });
  it('takes a given name after a manager and after thanks', () => {
    assert.deepEqual(typed('nurse manager Trevor.', 'NAME'), ['Trevor']);
    assert.deepEqual(typed('[08:31] call back ok, thanks Marisol', 'NAME'), ['Marisol']);
  });
  it('takes a reading service, a courier, a tour operator, a plant and a named wing', () => {
    assert.deepEqual(typed('Original reader (Cascade Teleradiology)   Reviewer', 'FACILITY'), ['Cascade Teleradiology']);
    assert.deepEqual(typed('Courier: Apex Medical Courier pickup 1530', 'FACILITY'), ['Apex Medical Courier']);
    assert.deepEqual(typed('Group organizer: Al-Noor Travel & Tours, 313-555-0146.', 'FACILITY'), ['Al-Noor Travel & Tours']);
    assert.deepEqual(typed('Site: Prairie Gold Pork Processing, 2200 Industrial Pkwy', 'FACILITY'), ['Prairie Gold Pork Processing']);
    assert.deepEqual(typed('Unit: Whitcomb Wing, rm 212-B', 'FACILITY'), ['Whitcomb Wing']);
  });
  it('leaves a wing named by its direction', () => {
    assert.deepEqual(typed('Unit: North Wing, rm 212-B', 'FACILITY'), []);
  });
});
