// Pass 12: the world's large cities without a cue (names from the runtime's time-zone list).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDeidEngine } from '../deid-engine';

// The rules alone: the token model on top of them has its own tests (token-model.test.ts).
const engine = createDeidEngine({ tokenModel: null });
const places = (text: string) => engine.detectWithText(text).filter((s) => s.type === 'LOCATION').map((s) => s.text);
// A city another rule took as a name is redacted all the same.
const found = (text: string) => engine.detectWithText(text).map((s) => s.text);

describe('world cities', () => {
  it('takes a large city anywhere in title case or capitals, one word or several', () => {
    assert.deepEqual(places('Vaccines given in Lusaka per her card; then 2 yrs in Dar es Salaam.'), ['Lusaka', 'Dar es Salaam']);
    assert.deepEqual(places('FORMERLY A TEACHER IN TASHKENT, ARRIVED 2019.'), ['TASHKENT']);
    assert.deepEqual(found('Itinerary: Bogotá 2 d, then Quito.'), ['Bogotá', 'Quito']);
  });
  it('leaves countries, states, ordinary words and classifications alone', () => {
    for (const text of ['Born in Panama, raised in New Jersey.', 'Nice to see her today; Mobile phone on file.', 'Barrett segment Prague C3M5 on EGD.', 'Meets Vienna criteria, per the report.']) {
      assert.deepEqual(places(text), [], text);
    }
  });
});

describe('more world cities (pass 15)', () => {
  it('takes capitals without a zone of their own and the towns of deployment and refugee histories', () => {
    assert.deepEqual(places('flew home via Doha, then by bus'), ['Doha']);
    assert.deepEqual(found('convoy ambush outside Tikrit; evacuated to Landstuhl.'), ['Tikrit', 'Landstuhl']);
    assert.deepEqual(places('Trip to Costa Rica - San José, then home.'), ['San José']);
  });
  it('leaves a drug named like a town alone', () => {
    assert.deepEqual(places('Tx: ice, Zofran, Afrin, sinus precautions.'), []);
  });
});
