import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speedNotes } from './deid-speed';

describe('speed notes of about 1 KiB', () => {
  it('joins generated notes while that brings the note nearer 1,024 characters, and keeps every note', () => {
    const parts = ['a'.repeat(300), 'b'.repeat(300), 'c'.repeat(300), 'd'.repeat(700), 'e'.repeat(1500), 'f'.repeat(100)];
    const notes = speedNotes(parts);
    assert.deepEqual(notes.map((n) => n.length), [904, 700, 1500, 100]);
    assert.equal(notes.join('\n\n').replace(/\n/g, ''), parts.join(''));
  });
});
