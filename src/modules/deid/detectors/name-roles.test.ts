// Pass 14: a role written in lower case before a name ("aide Precious", "dr Akinyemi").
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDeidEngine } from '../deid-engine';

// The rules alone: the token model on top of them has its own tests (token-model.test.ts).
const engine = createDeidEngine({ tokenModel: null });
const typed = (text: string) => engine.detectWithText(text).map((s) => `${s.type}:${s.text}`);

describe('names after a role in lower case', () => {
  it('takes the name, even one that is also an English word', () => {
    assert.ok(typed('home aide Charity says she ate little').includes('NAME:Charity'));
    assert.ok(typed('spoke with unit clerk Destiny this am').includes('NAME:Destiny'));
    assert.ok(typed('verbal order from dr Oyebanji, read back').includes('NAME:Oyebanji'));
    assert.ok(typed('baby Journey to nursery for bili check').includes('NAME:Journey'));
  });
  it('leaves a blood type, a score and a capitalized program alone', () => {
    for (const text of ['mom A neg, infant O pos, DAT neg.', 'Male infant, Apgars 8 and 9.', 'Referred to the Nurse Navigator Program.', 'referral coordinator   Ph 555-0100']) {
      const spans = typed(text);
      assert.ok(!spans.some((s) => s.startsWith('NAME:')), `${text} -> ${spans.join('|')}`);
    }
  });
});

describe('two-word surnames of Native American families (pass 14)', () => {
  it('takes both words after a given name that closes its column or clause', () => {
    assert.ok(typed('Pt: Darlene Runs Above   MRN 4471209').includes('NAME:Darlene Runs Above'));
    assert.ok(typed('EMPLOYEE: WILBUR TWO HAWKS   DOB: 3/3/1970').includes('NAME:WILBUR TWO HAWKS'));
    assert.ok(!typed('Mary planned a Little Rock trip').includes('NAME:Mary Little Rock'));
  });
});
