// Pass 12: scanned notes are read with their OCR look-alikes repaired, on the same offsets.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDeidEngine } from './deid-engine';
import { loadDeidDictionaries } from './dictionaries';
import { ocrNormalized } from './ocr-normalize';

const d = loadDeidDictionaries();
const isWord = (w: string) => d.englishWords.has(w) || d.lastNames.has(w) || d.firstNames.has(w) || d.medicalTerms.has(w);
const common = (w: string) => (d.englishWords.get(w) ?? 99) <= 35;
// The rules alone: the token model on top of them has its own tests (token-model.test.ts).
const engine = createDeidEngine({ dictionaries: d, tokenModel: null });

describe('OCR look-alikes', () => {
  it('repairs letters in words and digits in numbers, one character for one', () => {
    const note = 'Dr. 0kafor saw Mrs. Ho11ister on O3/l4/2O24 at the C1inic. Ran 0ut 0f meds. Ca11 555-O147.';
    const repaired = ocrNormalized(note, isWord, common);
    assert.equal(repaired, 'Dr. Okafor saw Mrs. Hollister on 03/14/2024 at the Clinic. Ran out of meds. Call 555-0147.');
    assert.equal(repaired.length, note.length);
  });
  it('leaves a clean note alone, even with A1c, O2, T1DM and B12 in it', () => {
    const note = 'A1c 7.2, on O2 2L, T1DM since 1999, B12 low, HbA1c 8, C2M4 on EGD.';
    assert.equal(ocrNormalized(note, isWord, common), note);
  });
  it('reports the spans found on the repaired copy on the scanned note as it stands', () => {
    const spans = engine.detectWithText('FAX\nATTN: Dr. 0kafor\nPatient: Ho1lister, Margaret   D0B: O7/22/1941   ca11 555-O147 with questi0ns');
    const texts = spans.map((s) => s.text);
    for (const t of ['0kafor', 'Ho1lister, Margaret', 'O7/22/1941', '555-O147']) assert.ok(texts.includes(t), `${t} in ${texts.join('|')}`);
  });
});
