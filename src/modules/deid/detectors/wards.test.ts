// Pass 14: hospital wards named by a proper word and a floor number.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDeidEngine } from '../deid-engine';

// The rules alone: the token model on top of them has its own tests (token-model.test.ts).
const engine = createDeidEngine({ tokenModel: null });
const typed = (text: string) => engine.detectWithText(text).map((s) => `${s.type}:${s.text}`);

describe('wards by their shape', () => {
  it('takes a ward before its kind of unit', () => {
    assert.ok(typed('From PACU, then Quillfeather 4 vascular floor tonight.').includes('FACILITY:Quillfeather 4'));
    assert.ok(typed('Kendrick 3 Team A progress note').includes('FACILITY:Kendrick 3'));
    assert.ok(typed('nsg 1900-0700  holloway 7 stepdown, rm 7').includes('FACILITY:holloway 7'));
  });
  it('takes a ward after a cue that places someone, when the clause ends', () => {
    assert.ok(typed('Plan: admit Pemberton 3. Telemetry.').includes('FACILITY:Pemberton 3'));
    assert.ok(typed('DISPOSITION : ADMIT TO MEDICINE , PRENDERGAST 8 .').includes('FACILITY:PRENDERGAST 8'));
    assert.ok(typed('Pt: Ines Marquez  MRN 4410082  Rm 812A Pemberton 8\nDx: CAP').includes('FACILITY:Pemberton 8'));
    assert.ok(typed('neuro consult (Lockhart 6) requested').includes('FACILITY:Lockhart 6'));
    assert.ok(typed('SICU -> holloway 11\npt stable').includes('FACILITY:holloway 11'));
  });
  it('leaves scores, products, doses and children with their ages alone', () => {
    for (const text of ['Fall risk high (Borg 13), Wagner 2 ulcer, Aldrete 9.', 'Two kids at home (Mateo 5, Lucia 3).', 'Started Jardiance 10. Continue Libre 3.', 'Spasticity (MAS 2), cognition (BIMS 12).', 'LVAD (HeartMate 3) checked.', 'Seen by Dr. Holloway 4 pm today.', 'Mobitz 2 on tele overnight.']) {
      const spans = typed(text);
      assert.ok(!spans.some((s) => s.startsWith('FACILITY:')), `${text} -> ${spans.join('|')}`);
    }
  });
});
