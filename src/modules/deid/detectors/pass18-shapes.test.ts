// Pass 18: practices and services named by words the medical and English lists hold (plants,
// emblems, landscape), and the kinds of care that name none.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDeidEngine } from '../deid-engine';

const engine = createDeidEngine();
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
  });
});
