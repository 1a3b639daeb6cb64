// Pass 12: names in lower-case patient messages.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDeidEngine } from '../deid-engine';

// The rules alone: the token model on top of them has its own tests (token-model.test.ts).
const engine = createDeidEngine({ tokenModel: null });
const names = (text: string) => engine.detectWithText(text).filter((s) => s.type === 'NAME').map((s) => s.text);

describe('names in lower-case messages', () => {
  it('takes the writer introducing herself, a possessive before a relation, a dash sign-off and a name before a phone', () => {
    assert.deepEqual(names('hello this is marcella. my knee is worse'), ['marcella']);
    assert.deepEqual(names('hi its rosalie i need a refill'), ['rosalie']);
    assert.deepEqual(names('i am calling about ruben\'s wife, she fell'), ['ruben']);
    assert.deepEqual(names('ok thanks so much\n- loretta\n'), ['loretta']);
    assert.deepEqual(names('call me back or call bettina at 555-201-0134 please'), ['bettina']);
  });
  it('leaves ordinary words after "this is" and "its" alone', () => {
    for (const text of ['this is normal for her, its ok', 'its fine now, this is better', 'im done with the pills', 'this is will power talking']) {
      assert.deepEqual(names(text), [], text);
    }
  });
});
