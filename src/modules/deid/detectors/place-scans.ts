// The states' names and codes, and the scans for where "City, ST" and "City, Country" can start
// (pass 16, out of locations.ts): each pattern is tried only at those positions.
import type { Token } from '../text-tokens';

export const STATE_NAMES = 'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|District of Columbia|Puerto Rico';
/** The states' two-letter codes (and DC, PR), as a pattern alternation. */
export const STATE_ABBR = 'AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|PR';
const STATE_FIRST_WORDS: ReadonlySet<string> = new Set([...STATE_NAMES.split('|'), ...STATE_NAMES.toUpperCase().split('|'), ...STATE_ABBR.split('|')].map((s) => s.split(' ')[0]!));

export const isUpperAscii = (c: number) => c >= 65 && c <= 90;
export const isAsciiLetter = (c: number) => isUpperAscii(c) || (c >= 97 && c <= 122);
// The characters of CITY_STATE's city words ([A-Za-z.'-]) and of its separators ([ \t\n,]).
const isCityWordChar = (c: number) => isAsciiLetter(c) || c === 46 || c === 39 || c === 45;
const isSeparatorChar = (c: number) => c === 32 || c === 9 || c === 10 || c === 44;

/**
 * Every position where CITY_STATE can match, ascending: the capitals among the four words before
 * the separator before a state name. A match ends its words right before a separator and a state,
 * so no other position can start one, and most of a note is never tried.
 *
 * @example
 *   const text = 'seen in Salem, MA';
 *   cityStateStarts(text, tokenize(text)) // [8]: only "Salem" may start "City, ST"
 */
export function cityStateStarts(text: string, tokens: readonly Token[]): number[] {
  const starts: number[] = [];
  let done = 0;
  for (const t of tokens) {
    if (t.start === 0 || !isUpperAscii(text.charCodeAt(t.start)) || !isSeparatorChar(text.charCodeAt(t.start - 1))) continue;
    // (The state may run into other letters: "Texas's", where the pattern still finds "Texas".)
    let letters = 0;
    while (letters < t.text.length && isAsciiLetter(t.text.charCodeAt(letters))) letters += 1;
    if (!STATE_FIRST_WORDS.has(letters === t.text.length ? t.text : t.text.slice(0, letters))) continue;
    let w = t.start;
    while (w > 0 && isSeparatorChar(text.charCodeAt(w - 1))) w -= 1;
    let from = t.start;
    for (let words = 0; words < 4; words++) {
      let x = w;
      while (x > 0 && isCityWordChar(text.charCodeAt(x - 1))) x -= 1;
      if (x === w) break;
      from = x;
      let blanks = x;
      while (blanks > 0 && (text.charCodeAt(blanks - 1) === 32 || text.charCodeAt(blanks - 1) === 9)) blanks -= 1;
      if (blanks === x) break;
      w = blanks;
    }
    for (let s = Math.max(from, done); s < t.start; s++) if (isUpperAscii(text.charCodeAt(s))) starts.push(s);
    done = Math.max(done, t.start);
  }
  return starts;
}

const CAPITAL_AFTER_COMMA = /[ \t]*\p{Lu}/uy;
// Characters that may belong to CITY_COUNTRY's words (a superset: anything outside ASCII counts).
const isCountryWordChar = (c: number) => c >= 128 || isAsciiLetter(c) || c === 39 || c === 45;

/**
 * Every position where CITY_COUNTRY can match, ascending: the capitals among the (at most three)
 * words right before a comma that a capital follows. A match ends its words at such a comma, so
 * no other position can start one.
 *
 * @example
 *   cityCountryStarts('moved from Accra, Ghana') // [11]: only "Accra" may start "City, Country"
 */
export function cityCountryStarts(text: string): number[] {
  const starts: number[] = [];
  let done = 0;
  for (let comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
    CAPITAL_AFTER_COMMA.lastIndex = comma + 1;
    if (!CAPITAL_AFTER_COMMA.test(text)) continue;
    let from = comma;
    let w = comma;
    for (let words = 0; words < 3; words++) {
      let x = w;
      while (x > 0 && isCountryWordChar(text.charCodeAt(x - 1))) x -= 1;
      if (x === w) break;
      from = x;
      if (x === 0 || (text.charCodeAt(x - 1) !== 32 && text.charCodeAt(x - 1) !== 9)) break;
      w = x - 1;
    }
    for (let s = Math.max(from, done); s < comma; s++) {
      const c = text.charCodeAt(s);
      // (A capital outside ASCII is tried too; never the second half of a surrogate pair.)
      if (isUpperAscii(c) || (c >= 128 && (c < 0xdc00 || c > 0xdfff))) starts.push(s);
    }
    done = comma;
  }
  return starts;
}
