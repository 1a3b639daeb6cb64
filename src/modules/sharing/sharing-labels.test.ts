// The web's sharing labels name exactly the server's kinds, agreements, bases and purposes, so a
// value added on one side without the other fails here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DATA_CATEGORIES } from '../consent/consent.contract';
import { AGREEMENT_LABELS, KIND_LABELS, LEGAL_BASIS_LABELS, SHARE_PURPOSE_LABELS, STAFF_CATEGORY_LABELS } from '../../../web/src/pages/sharing/sharing-api';
import { LEGAL_BASIS_TEXT, SHARING_REASON_TEXT } from './sharing-decide';
import { AGREEMENTS, DISCLOSURE_PURPOSES, LEGAL_BASES, THIRD_PARTY_KINDS, THIRD_PARTY_KIND_LABELS } from './sharing.types';

const keys = (o: Record<string, string>) => Object.keys(o).sort();

describe('sharing labels', () => {
  it('web and server name the same values', () => {
    assert.deepEqual(keys(KIND_LABELS), [...THIRD_PARTY_KINDS].sort());
    assert.deepEqual(keys(THIRD_PARTY_KIND_LABELS), [...THIRD_PARTY_KINDS].sort());
    assert.deepEqual(keys(AGREEMENT_LABELS), [...AGREEMENTS].sort());
    assert.deepEqual(keys(LEGAL_BASIS_LABELS), [...LEGAL_BASES].sort());
    assert.deepEqual(keys(LEGAL_BASIS_TEXT), [...LEGAL_BASES].sort());
    assert.deepEqual(keys(SHARE_PURPOSE_LABELS), [...DISCLOSURE_PURPOSES].sort());
    assert.deepEqual(keys(STAFF_CATEGORY_LABELS), [...DATA_CATEGORIES].sort());
  });

  it('explains every refusal without ids or free text', () => {
    for (const [code, text] of Object.entries(SHARING_REASON_TEXT)) {
      assert.match(code, /^sharing\.[a-z_]+$/);
      assert.ok(!/[0-9a-f]{8}-/.test(text) && text.endsWith('.'), code);
    }
  });
});
