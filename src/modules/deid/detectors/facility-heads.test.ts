// Pass 14: services, offices and specialty practices named by an abbreviation or a specialty.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDeidEngine } from '../deid-engine';

// The rules alone: the token model on top of them has its own tests (token-model.test.ts).
const engine = createDeidEngine({ tokenModel: null });
const typed = (text: string) => engine.detectWithText(text).map((s) => `${s.type}:${s.text}`);

describe('organisation heads of pass 14', () => {
  it('takes a named EMS, clinic office, pharmacy or practice', () => {
    assert.ok(typed('arrived 0412 via Quinnapoxet Valley EMS with c-collar').includes('FACILITY:Quinnapoxet Valley EMS'));
    assert.ok(typed('Labs drawn at Tarrow Creek CBOC on Monday.').includes('FACILITY:Tarrow Creek CBOC'));
    assert.ok(typed('verified fill with Brimfield Discount Rx by phone').includes('FACILITY:Brimfield Discount Rx'));
    assert.ok(typed('Referral to Okemah Hepatology for elastography.').includes('FACILITY:Okemah Hepatology'));
  });
  it('takes law firms, carriers, plants, suppliers and practices named by their trade', () => {
    assert.ok(typed('cc: counsel at Marrowgate Injury Law today').includes('FACILITY:Marrowgate Injury Law'));
    assert.ok(typed('CARRIER: QUILLON TANKER LINES').includes('FACILITY:QUILLON TANKER LINES'));
    assert.ok(typed('Referral to Sallowfield Infectious Disease, fax on file.').includes('FACILITY:Sallowfield Infectious Disease'));
  });
  it('leaves a pharmacy benefit on a payer line, an adjective before its noun, a law named for someone and a credential alone', () => {
    for (const text of ['Plan: State Medicaid (Corvane Rx)   Member ID 0040', 'Interpreting physician: on file', "Court order under Kendra's Law on file.", 'Referral: Ann Roe, RN, CCM, Quillmark Case Management', 'ORDER - DURABLE MEDICAL EQUIPMENT']) {
      const spans = typed(text);
      assert.ok(!spans.some((s) => s.startsWith('FACILITY:') && !s.includes('Quillmark')), `${text} -> ${spans.join('|')}`);
    }
  });
});
