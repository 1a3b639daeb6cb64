// Pass 12: facilities by their initials, towns after a facility on its line, wards before a bed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDeidEngine } from '../deid-engine';

// The rules alone: the token model on top of them has its own tests (token-model.test.ts).
const engine = createDeidEngine({ tokenModel: null });
const typed = (text: string) => engine.detectWithText(text).map((s) => `${s.type}:${s.text}`);

describe('facility acronyms', () => {
  it('takes the initials of a facility the note names elsewhere', () => {
    const spans = typed('Oakmere Valley Hospital\nPMH: asthma. Echo 2019 at OVH normal. Return to OVH clinic in 2 wk.');
    assert.deepEqual(spans.filter((s) => s === 'FACILITY:OVH').length, 2, spans.join('|'));
  });
  it('takes hospital-shaped initials in a facility\'s place', () => {
    assert.ok(typed('Colonoscopy 2088 at KVH was normal.').includes('FACILITY:KVH'));
    assert.ok(typed('She was transferred from DCMC overnight.').includes('FACILITY:DCMC'));
    assert.ok(typed('PQH EMERGENCY DEPARTMENT - PHYSICIAN NOTE\nCC: cough').includes('FACILITY:PQH'));
    assert.ok(typed('Plan: refer to RMC nephrology for CKD 4.').includes('FACILITY:RMC'));
  });
  it('leaves clinical abbreviations, generic kinds and codes alone', () => {
    for (const text of ['Echo showed LVH; progressed to LVH since 2019.', 'Transferred from OSH with a CT head.', 'TSH 2.1, PTH 44, LDH 210 this morning.', 'Referred to the FQHC near her home.', 'Seen at CHC last year for a cough.', 'Report number XMC-22-0419 filed today.', 'Hx of NPH; seen at the clinic 2/3.']) {
      assert.ok(!typed(text).some((s) => s.startsWith('FACILITY:')), `${text} -> ${typed(text).join('|')}`);
    }
  });
  it('does not take two-letter initials or a common abbreviation made from a facility\'s words', () => {
    const spans = typed('Cedar Turn Clinic\nCT head negative. Auth per Utah Tribal Health: AUTH # 55.');
    assert.ok(!spans.includes('FACILITY:CT'), spans.join('|'));
  });
});

describe('a facility that defines its initials in brackets', () => {
  it('takes the name and its initials, and the initials again later', () => {
    const spans = typed('INTAKE\nJuniper Ridge Detox Program (JRDP)   04/02/2024\nIf she leaves, return to JRDP.');
    assert.ok(spans.includes('FACILITY:Juniper Ridge Detox Program'), spans.join('|'));
    assert.equal(spans.filter((s) => s === 'FACILITY:JRDP').length, 2, spans.join('|'));
  });
  it('leaves a clinical term and a generic service with their initials alone', () => {
    for (const text of ['History of Chronic Kidney Disease (CKD) stage 3.', 'Placed a Continuous Glucose Monitor (CGM) today.']) {
      assert.ok(!typed(text).some((s) => s.startsWith('FACILITY:')), `${text} -> ${typed(text).join('|')}`);
    }
  });
});

describe('initials that are also a medical word', () => {
  it('takes them before a unit or department, and not before a joint or after "at" alone', () => {
    assert.ok(typed('transferred to CMC MICU overnight').includes('FACILITY:CMC'));
    for (const text of ['CMC joint arthritis, pain at CMC', 'VERIFIED WITH CLINIC NURSE AT 2 PM']) assert.ok(!typed(text).some((s) => s.startsWith('FACILITY:')), `${text} -> ${typed(text).join('|')}`);
  });
});

describe('the town after a facility on its line', () => {
  it('takes the town after the comma at the end of a line or sentence', () => {
    assert.ok(typed('Results: Granite Peak Toxicology, Missoula. Reviewed by the MRO.').includes('LOCATION:Missoula'));
    assert.ok(typed('Electronically signed, Hollowell Creek Regional Hospital, Pierre').includes('LOCATION:Pierre'));
  });
  it('does not take a title or a clinician after the facility', () => {
    const spans = typed('Follow up at Copper Ridge Hand Center, Dr. Nakamura, next week.');
    assert.ok(!spans.includes('LOCATION:Dr'), spans.join('|'));
  });
});

describe('wards before a bed and on the service line', () => {
  it('takes a ward named before its bed or room', () => {
    assert.ok(typed('Pt is a 71 yo F, Foxglove 5, bed 3, since Monday.').includes('FACILITY:Foxglove 5'));
    assert.ok(typed('Unit Tamarind 4 East, bed 9. Vitals stable.').includes('FACILITY:Tamarind 4 East'));
    assert.ok(typed('SERVICE: Surgery, Haverford 11\nATTENDING: on file').includes('FACILITY:Haverford 11'));
  });
  it('leaves rooms, bays, pods and towers alone', () => {
    for (const text of ['Moved to Pod 3, bed 2 at 0400.', 'Bay 4 bed 1, on telemetry.', 'Tower 5 rm 12 per bed board.', 'SERVICE: Medicine, Team 4\nATTENDING: on file']) {
      assert.ok(!typed(text).some((s) => s.startsWith('FACILITY:')), `${text} -> ${typed(text).join('|')}`);
    }
  });
});
