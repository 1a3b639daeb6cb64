import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { before, describe, it } from 'node:test';
import { generateCorpus } from '../../../test/deid/corpus';
import { createDeidEngine, type DeidEngine } from './deid-engine';
import { applySpans, createReplacer, type TransformOptions } from './deid-transform';
import { createPseudonymVault } from './pseudonym-vault';
import { RESTRICTED_ZIP3, zip3 } from './zip3';

let engine: DeidEngine;
// Occurrences of `needle` as a whole value: not inside a longer word or number ("12/2" is not in "12/28").
const count = (haystack: string, needle: string) =>
  [...haystack.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu'))].length;
before(() => {
  engine = createDeidEngine();
});

describe('redact and mask', () => {
  it('redact writes type tags; mask keeps length and punctuation', () => {
    const text = 'Seen by Dr. Roe on 3/4/2021.';
    const spans = [{ start: 12, end: 15, type: 'NAME' as const }, { start: 19, end: 27, type: 'DATE' as const }];
    assert.equal(applySpans(text, spans, { mode: 'redact' }), 'Seen by Dr. [NAME] on [DATE].');
    assert.equal(applySpans(text, spans, { mode: 'mask' }), 'Seen by Dr. *** on */*/****.');
  });
});

describe('surrogate and pseudonym outputs', () => {
  // Over generated notes with their exact annotations: no original PHI string survives.
  for (const mode of ['surrogate', 'pseudonym'] as const) {
    it(`${mode}: contains none of the original PHI strings`, () => {
      // Fixed keys keep the test reproducible; several keys exercise different surrogate draws.
      for (const key of ['k1', 'k2', 'k3'].map((k) => createHash('sha256').update(k).digest()))
      for (const note of generateCorpus({ seed: 41, count: 300 })) {
        const avoid = new Set(note.spans.flatMap((x) => note.text.slice(x.start, x.end).toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? []));
        const options: TransformOptions = mode === 'surrogate'
          ? { mode, key, patientId: note.id, dictionaries: engine.dictionaries, avoid }
          : { mode, key, patientId: note.id, vault: createPseudonymVault({ key }) };
        const out = applySpans(note.text, note.spans, options);
        // The text that was never PHI (a "100" in "25/100 mg" may equal an age elsewhere).
        const kept = applySpans(note.text, note.spans, () => '\u0000');
        const replace = createReplacer(options);
        for (const s of note.spans) {
          const original = note.text.slice(s.start, s.end);
          if (original.length < 3) continue; // 1-2 characters recur by chance
          assert.equal(count(replace(s.type, original), original), 0, `${mode} kept a ${s.type} (${original.length} chars) in ${note.id}`);
          // Anywhere in the output: only dates may coincide, when one shifted date of a patient
          // lands on another of their real dates (intervals are kept, so this is expected).
          if (s.type !== 'DATE') assert.ok(count(out, original) <= count(kept, original), `${mode} output holds a ${s.type} in ${note.id}`);
        }
      }
    });
  }
  it('surrogate names are consistent within a patient and differ across patients', () => {
    const key = randomBytes(32);
    const a = createReplacer({ mode: 'surrogate', key, patientId: 'p-1', dictionaries: engine.dictionaries });
    const b = createReplacer({ mode: 'surrogate', key, patientId: 'p-2', dictionaries: engine.dictionaries });
    const full = a('NAME', 'Margaret Whitfield');
    assert.equal(a('NAME', 'Margaret Whitfield'), full);
    assert.equal(a('NAME', 'WHITFIELD'), full.split(' ')[1]!.toUpperCase(), 'the surname alone maps to the same surname');
    const others = ['Margaret Whitfield', 'John Smith', 'Ana Li'].map((n) => b('NAME', n));
    assert.ok(others.some((o, i) => o !== ['Margaret Whitfield', 'John Smith', 'Ana Li'].map((n) => a('NAME', n))[i]));
  });
  it('ZIP keeps 3 digits, restricted areas become 000; ages over 89 become 90+', () => {
    assert.equal(zip3('02114-3301'), '021');
    for (const r of RESTRICTED_ZIP3) assert.equal(zip3(`${r}17`), '000');
    const replace = createReplacer({ mode: 'surrogate', key: randomBytes(32), patientId: 'p', dictionaries: engine.dictionaries });
    assert.equal(replace('ZIP', '03601'), '000');
    assert.equal(replace('AGE', '97'), '90+');
    const pseudo = createReplacer({ mode: 'pseudonym', key: randomBytes(32), patientId: 'p', vault: createPseudonymVault({ key: randomBytes(32) }) });
    assert.equal(pseudo('ZIP', '05901'), '000');
    assert.equal(pseudo('ZIP', '59301'), '593');
    assert.equal(pseudo('AGE', '102'), '90+');
  });
  it('shifted dates of one patient keep their intervals; the vault re-identifies the rest', () => {
    const key = randomBytes(32);
    const vault = createPseudonymVault({ key });
    const text = 'Mary Jones admitted 2021-03-01, discharged 2021-03-11.';
    const out = applySpans(text, engine.detect(text), { mode: 'pseudonym', key, patientId: 'p-9', vault });
    const dates = [...out.matchAll(/\d{4}-\d{2}-\d{2}/g)].map((m) => Date.parse(m[0]));
    assert.equal(dates.length, 2);
    assert.equal((dates[1]! - dates[0]!) / 86_400_000, 10);
    // Per span: with a shift of -10 days the discharge lands on the original admission date,
    // which is fine (it is not that date's span); each date must differ from its own original.
    assert.notEqual(dates[0], Date.parse('2021-03-01'));
    assert.notEqual(dates[1], Date.parse('2021-03-11'));
    assert.ok(!out.includes('Mary'));
    assert.ok(vault.reidentify(out).startsWith('Mary Jones admitted'));
  });
});
