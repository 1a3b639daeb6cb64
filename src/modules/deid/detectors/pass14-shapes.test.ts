// Pass 14: street addresses known by their context (a unit or a town, state and ZIP after), intersections, plates of two groups and ages glued to their sex.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDeidEngine } from '../deid-engine';

// The rules alone: the token model on top of them has its own tests (token-model.test.ts).
const engine = createDeidEngine({ tokenModel: null });
const typed = (text: string) => engine.detectWithText(text).map((s) => `${s.type}:${s.text}`);

describe('addresses by their context', () => {
  it('takes a numbered street without a street word before a unit or a town, state and ZIP', () => {
    assert.ok(typed('Quarry Hill Dermatology\n2208 W Esplanade, Suite 410, Wichita, KS 67203').includes('ADDRESS:2208 W Esplanade, Suite 410'));
    assert.ok(typed('lives with her son at 17 Calle Roble, Trailer 3, Nogales').includes('ADDRESS:17 Calle Roble, Trailer 3'));
  });
  it('takes an intersection as one address, without the prose before it in capitals', () => {
    assert.ok(typed('struck near Larchmont Ave & 41st St around 2300').includes('ADDRESS:Larchmont Ave & 41st St'));
    assert.ok(typed('CYCLIST HIT BY CAR AT PINE ST & 3RD AVE, DOVER.').includes('ADDRESS:PINE ST & 3RD AVE'));
  });
  it('leaves a volume before a lot number and a dose in capitals alone', () => {
    for (const text of ['CONTRAST: OMNIPAQUE 350, 100 ML, LOT 15739048', 'QUIT 1998, 30 PACK-YEARS. INSULIN 20 UNITS QHS']) assert.ok(!typed(text).some((s) => s.startsWith('ADDRESS:')), text);
  });
});

describe('plates of two groups (pass 14)', () => {
  // (Pass 17: the state written between the word and the plate is part of the plate, as most
  // annotators mark it.)
  it('takes the plate after its word and state', () => {
    const spans = (text: string) => engine.detectWithText(text).filter((s) => s.type === 'VEHICLE').map((s) => s.text);
    assert.deepEqual(spans('Truck: 2017 Ford F-250, KS plate 518 RXW, parked'), ['518 RXW']);
    assert.deepEqual(spans('pickup by sister, van plate OK QPD-337.'), ['OK QPD-337']);
    assert.deepEqual(spans('wears a name tag ID 44 at work'), []);
  });
});

describe('an age glued to its sex in a column or a bracket (pass 14)', () => {
  const ages = (text: string) => engine.detectWithText(text).filter((s) => s.type === 'AGE').map((s) => s.text);
  it('takes the age, not a temperature', () => {
    assert.deepEqual(ages('QUINTERO, ADELA  MRN 5520118  96F\nSeen at bedside'), ['96']);
    assert.deepEqual(ages('Pt Oona Lavery (92 M, MRN 4410) - fall'), ['92']);
    assert.deepEqual(ages('Temp 36.7 C (98 F), HR 90; AMBIENT 104 F outside'), []);
  });
});
