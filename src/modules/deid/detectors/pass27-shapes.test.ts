// Pass 27: a surname joined by a hyphen to the name's last word, and the speakers of chat exports
// that write the speaker before the entry's time. Every string is invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDeidEngine } from '../deid-engine';

// The rules alone: the token model on top of them has its own tests (token-model.test.ts).
const engine = createDeidEngine({ tokenModel: null });
const typed = (text: string, type: string) => engine.detectWithText(text).filter((s) => s.type === type).map((s) => s.text);

describe("a surname joined by a hyphen to the name's last word (pass 27)", () => {
  it('takes the joined surname with the name', () => {
    assert.deepEqual(typed('08/25/23    5.4     50 g     -     30    S. Nakamura-Wells -', 'NAME'), ['S. Nakamura-Wells']);
    assert.deepEqual(typed('fellow: Mwangi -> Ben-Haddad   attending on', 'NAME'), ['Mwangi', 'Ben-Haddad']);
    assert.deepEqual(typed('NNP Lucía Ferrer-Quintana / Dr Szczepanski', 'NAME'), ['Lucía Ferrer-Quintana', 'Szczepanski']);
  });
  it('leaves a credential and an English or medical word after the hyphen', () => {
    assert.deepEqual(typed('Seen by Dr. Smith-MD today', 'NAME'), ['Smith']);
    assert.ok(!typed('Geri-Psych overflow bed, Pt: Clement Harrow', 'NAME').some((n) => n.includes('Psych')));
  });
});

describe('chat speakers written before the entry time (pass 27)', () => {
  it('takes a speaker who speaks twice', () => {
    assert.deepEqual(typed('[secure chat]\nnkosi 06:12: morning. 2 admits\nyael 06:15: febrile?\nnkosi 06:15: yes 38.9\nyael 06:17: ok', 'NAME'), ['nkosi', 'yael', 'nkosi', 'yael']);
  });
  it('leaves a speaker who speaks once and a log word', () => {
    assert.deepEqual(typed('nkosi 06:12: morning.\nvitals 06:15: stable\nvitals 07:15: stable', 'NAME'), []);
  });
});
