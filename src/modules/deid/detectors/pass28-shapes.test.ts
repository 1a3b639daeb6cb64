// Pass 28: one word before a dose is a drug, not a person or a town. Every string is invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDeidEngine } from '../deid-engine';

// The rules alone: the token model on top of them has its own tests (token-model.test.ts).
const engine = createDeidEngine({ tokenModel: null });
const texts = (text: string) => engine.detectWithText(text).map((s) => `${s.type}:${s.text}`);

describe('a word before a dose (pass 28)', () => {
  it('is a drug: no name and no town', () => {
    assert.deepEqual(texts('d/c home today. Norco 5/325 1 tab q6h prn, #8.'), []);
    assert.deepEqual(texts('Access: R radial 6 Fr. Heparin 5000 u, verapamil 2.5 mg.'), []);
    assert.deepEqual(texts('offered switch to Apretude 600 mg IM q2mo'), []);
  });
  it('leaves a town, and a newborn before her weight or a feed', () => {
    assert.deepEqual(texts('Lives in Norco, CA with her son.'), ['LOCATION:Norco']);
    assert.ok(texts('EBL 350. Baby girl Camila 3120 g, Apgars 8/9.').includes('NAME:Camila'));
    assert.ok(texts('2215 Rowan 75 mL EBM, burped x2').includes('NAME:Rowan'));
  });
});
