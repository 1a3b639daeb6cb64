// Scanned and OCR'd documents swap look-alike characters: "Hol1ister", "0kafor", "C1inic",
// "O3/l4/2O24", "555-O147". Detection reads a copy of such a note in which, inside each word, the
// look-alikes are read the way the rest of the word is written (letters in a word of letters,
// digits in a number). Every replacement is one character for one, so offsets into the copy are
// offsets into the note, and the spans found are reported on the note as it stands.
// Only a note that shows OCR damage in several words is read this way: a clean note keeps "B12",
// "O2 sat", "A1c" and "C2M4" exactly as written.

// Where a look-alike sits inside a word: a digit between letters or before two lower-case letters
// ("Hol1ister", "0kafor"), or a letter between digits ("2O24", "O147"). Plain ASCII and no
// look-behind: the test runs on every note.
const CANDIDATE = /[A-Za-z][01][A-Za-z]|(?:^|[^A-Za-z0-9])[01][a-z]{2}|\d[OolI]\d|[OolI]\d\d|\d\d[OolI]/g;
const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const WORD = /[\p{L}\p{N}]+/gu;
const asLetters = (w: string) => w.replace(/0/g, 'o').replace(/1/g, 'l').toLowerCase();

/**
 * The note with OCR look-alikes read as the words around them, or the note itself when it shows
 * no OCR damage (fewer than three damaged words).
 *
 * @example
 *   ocrNormalized('Dr. 0kafor saw Mrs. Hol1ister on O3/l4/2O24 at the C1inic.', (w) => words.has(w))
 *   // 'Dr. Okafor saw Mrs. Hollister on 03/14/2024 at the Clinic.'
 */
export function ocrNormalized(text: string, isWord: (w: string) => boolean, isCommonWord: (w: string) => boolean = () => false): string {
  // Damaged words: a letter word that reads as a word once repaired ("A1c", "T1DM" do not), or a
  // number of three characters or more with a letter inside.
  let damaged = 0;
  let after = 0;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m && damaged < 3; m = CANDIDATE.exec(text)) {
    let start = m.index;
    while (start > 0 && isAlnum(text.charCodeAt(start - 1))) start -= 1;
    if (!isAlnum(text.charCodeAt(start))) start += 1;
    let end = m.index + m[0].length;
    while (end < text.length && isAlnum(text.charCodeAt(end))) end += 1;
    if (start < after) continue;
    after = end;
    CANDIDATE.lastIndex = end;
    const word = text.slice(start, end);
    const digits = word.replace(/[^2-9]/g, '').length;
    const letters = word.replace(/[^A-Za-z]/g, '').replace(/[OolI]/g, '').length;
    if (digits > letters ? word.length >= 3 : /[01]/.test(word) && isWord(asLetters(word))) damaged += 1;
  }
  if (damaged < 3) return text;
  return text.replace(WORD, (w, at: number) => {
    let letters = 0;
    let digits = 0;
    for (const c of w) {
      if (c === '0' || c === '1' || c === 'O' || c === 'o' || c === 'l' || c === 'I') continue;
      if (c >= '0' && c <= '9') digits += 1;
      else letters += 1;
    }
    // (Pass 21) A part made of look-alikes only is a number between the parts of a date, a time or
    // an address that a digit written as one closes or opens: "O3/l1/2O24", "2O3.O.ll3.9".
    if (letters === 0 && digits === 0) return numericNeighbour(text, at, at + w.length) ? w.replace(/[Oo]/g, '0').replace(/[lI]/g, '1') : w;
    if (digits > letters) return w.replace(/[Oo]/g, '0').replace(/[lI]/g, '1');
    if (letters > 0 && digits === 0 && /[01]/.test(w)) {
      // A word in capitals takes capitals ("F0R" -> "FOR"), else lower case ("w0man" -> "woman"),
      // except a first letter that starts no common word ("0kafor" -> "Okafor").
      // (A common word keeps its lower case at the start: "0ut 0f" -> "out of", not "Out Of".)
      const upper = w === w.toUpperCase();
      const capital = upper || !isCommonWord(asLetters(w));
      return w.replace(/[01]/g, (c, i: number) => (c === '0' ? (upper || (i === 0 && capital) ? 'O' : 'o') : upper || (i === 0 && capital) ? 'I' : 'l'));
    }
    return w;
  });
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isJoiner = (c: number) => c === 47 || c === 46 || c === 58 || c === 45;

function numericNeighbour(text: string, start: number, end: number): boolean {
  return (start >= 2 && isJoiner(text.charCodeAt(start - 1)) && isDigit(text.charCodeAt(start - 2))) || (isJoiner(text.charCodeAt(end)) && isDigit(text.charCodeAt(end + 1)));
}
