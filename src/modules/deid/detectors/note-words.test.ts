import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize } from '../text-tokens';
import { needsWord, readNoteWords } from './note-words';

const typed = needsWord(['typed', 'transcribed']);
const box = needsWord(['box', 'pob']);

// The definition the gates must keep: the note holds a maximal run of ASCII letters equal to a word, case aside.
const holds = (text: string, words: readonly string[]) => (text.match(/[A-Za-z]+/g) ?? []).some((run) => words.includes(run.toLowerCase()));

describe('note words', () => {
  it('finds a word in any case, as a whole run of ASCII letters', () => {
    assert.equal(typed('Typed: kl'), true);
    assert.equal(typed('TRANSCRIBED 3/4 jdc'), true);
    assert.equal(typed('untyped note'), false);
    assert.equal(typed('typedx'), false);
    assert.equal(typed('typed2'), true); // a digit ends the run of letters
  });

  it('splits tokens at apostrophes and letters outside ASCII', () => {
    assert.equal(box("box's lid"), true);
    assert.equal(box("O'pob"), true);
    assert.equal(box('éboxé'), true);
    assert.equal(box('boxé'), true);
    assert.equal(box('Böx'), false);
  });

  it('answers for the note the engine read last, and reads any other text itself', () => {
    const note = 'RR 2 Box 14';
    readNoteWords(note, tokenize(note));
    assert.equal(box(note), true);
    assert.equal(typed(note), false);
    assert.equal(typed('typed by kl'), true);
    assert.equal(box('nothing here'), false);
  });

  it('agrees with the definition on random texts of words, apostrophes, accents and digits', () => {
    const pieces = ['box', 'Box', 'BOX', 'pob', 'typed', 'Typed', 'transcribed', "'", '’', 'é', 'ß', '2', ' ', '\n', '-', '.', 'x', 'o', 'un', 's'];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % pieces.length;
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let k = 0; k < 8; k++) text += pieces[next()];
      if (n % 2) readNoteWords(text, tokenize(text));
      assert.equal(box(text), holds(text, ['box', 'pob']), JSON.stringify(text));
      assert.equal(typed(text), holds(text, ['typed', 'transcribed']), JSON.stringify(text));
    }
  });

  it('refuses a word that is not lower-case ASCII letters', () => {
    assert.throws(() => needsWord(['Box']), /not a lower-case ASCII word/);
    assert.throws(() => needsWord(['p.o.']), /not a lower-case ASCII word/);
  });
});
