import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { loadDeidDictionaries, type DeidDictionaries } from '../dictionaries';
import { letterheads } from './letterheads';

let d: DeidDictionaries;
before(() => {
  d = loadDeidDictionaries();
});
const found = (text: string) => letterheads(text, d).map((c) => text.slice(c.start, c.end));

describe('letterheads', () => {
  it('takes the name line above a street address, or before its town and state after a dash', () => {
    assert.deepEqual(found('Rajesh Iyengar, MD\nFrench Broad Rheumatology\n12 Medical Park Dr, Ste 300'), ['French Broad Rheumatology']);
    assert.deepEqual(found('CALDWELL FOOTHILLS PULMONARY & SLEEP\n221 Mulberry St SW, Suite 300'), ['CALDWELL FOOTHILLS PULMONARY & SLEEP']);
    assert.deepEqual(found('HIGH COUNTRY EYE ASSOCIATES -- Boone, NC    828-555-0158'), ['HIGH COUNTRY EYE ASSOCIATES']);
  });
  it("leaves a person's address block, departments, headings and form titles alone", () => {
    assert.deepEqual(found('Jimmie Dale Caudill\n8761 Hwy 421 S, Trlr 4'), []);
    assert.deepEqual(found('Sincerely,\nJoanna Przybylski-Reid\n6120 N Kilbourn Ave'), []);
    assert.deepEqual(found('Division of Rheumatology\n1200 Commonwealth Ave'), []);
    assert.deepEqual(found('PATIENT ADDRESS\n12 Elm St'), []);
    assert.deepEqual(found('DISCHARGE MEDICATION LIST - FAXED TO SNF'), []);
    assert.deepEqual(found('CENTRO DE SALUD FAMILIAR - NOTA DE EVOLUCION'), []);
  });
});
