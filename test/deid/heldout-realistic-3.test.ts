// Checks only that the third held-out realistic set is well-formed (offsets, types, markup).
// No quality floor on purpose: the set is measured by `npm run bench -- deid`, never tuned on.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPhiType, PHI_TYPES } from '../../src/modules/deid/deid.types';
import { parseMarked } from './handwritten';
import { HELDOUT_REALISTIC_3_NOTES } from './heldout-realistic-3';

const TITLE = /^(?:Dr|Mr|Mrs|Ms|Miss|Sr|Fr|Rev|Rabbi|Det|Officer|Sra?)\b\.?\s/i;

describe('held-out realistic set 3', () => {
  it('has 60+ notes of realistic length and 900+ spans with unique ids and no leftover markup', () => {
    const notes = HELDOUT_REALISTIC_3_NOTES;
    assert.ok(notes.length >= 60, String(notes.length));
    const spans = notes.reduce((a, n) => a + n.spans.length, 0);
    assert.ok(spans >= 900, `${spans} spans`);
    assert.equal(new Set(notes.map((n) => n.id)).size, notes.length);
    for (const n of notes) {
      assert.ok(n.text.length >= 500 && n.text.length <= 2500, `${n.id}: ${n.text.length} chars`);
      assert.doesNotMatch(n.text, /\{\{|\}\}/, n.id);
      assert.ok(n.spans.length > 0, n.id);
    }
  });

  it('has ordered, non-overlapping spans of known types that cover trimmed identifier text', () => {
    for (const n of HELDOUT_REALISTIC_3_NOTES) {
      let last = 0;
      for (const s of n.spans) {
        const text = n.text.slice(s.start, s.end);
        assert.ok(isPhiType(s.type), `${n.id}: type ${s.type}`);
        assert.ok(s.start >= last && s.end > s.start && s.end <= n.text.length, `${n.id}: ${s.start}-${s.end}`);
        assert.equal(text, text.trim(), `${n.id}: span has edge whitespace ${JSON.stringify(text)}`);
        assert.match(text, /[\p{L}\p{N}]/u, `${n.id}: empty span`);
        if (s.type === 'NAME') assert.doesNotMatch(text, TITLE, `${n.id}: title inside NAME span ${JSON.stringify(text)}`);
        last = s.end;
      }
    }
  });

  it('covers most PHI kinds, so per-type figures mean something', () => {
    const seen = new Set(HELDOUT_REALISTIC_3_NOTES.flatMap((n) => n.spans.map((s) => s.type)));
    const absent = PHI_TYPES.filter((t) => !seen.has(t));
    assert.deepEqual(absent, ['BIOMETRIC', 'PHOTO']);
  });

  it('parses markup into the text and offsets the annotations name', () => {
    const n = parseMarked('x', 'Seen by Dr. {{NAME:Ann Roe}} on {{DATE:3/4/21}}.');
    assert.equal(n.text, 'Seen by Dr. Ann Roe on 3/4/21.');
    assert.deepEqual(
      n.spans.map((s) => [s.type, n.text.slice(s.start, s.end)]),
      [
        ['NAME', 'Ann Roe'],
        ['DATE', '3/4/21'],
      ],
    );
  });
});
