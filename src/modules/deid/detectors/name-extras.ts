// Name shapes that the cue and dictionary rules of names.ts find only in part: surname particles
// ("Luis de la Garza", "Zaid al-Masri"), quoted nicknames (Robert "Bobby" Thibault), hyphenated
// given names with a lower-case second part ("Hyun-woo Bae"), an unknown given name before a found
// surname, and initials after the people who sign with them ("Sonographer: KM"). Also undoes two
// false names: a device maker in device context and the word after "MR." (mitral regurgitation).
import { CLINICAL_ABBREVIATIONS, NAME_CUES, NAME_PARTICLES, NOT_NAMES, TITLES } from '../lexicon';
import { firstTokenFrom, isNameShaped, wordGates, type Token } from '../text-tokens';
import type { NameFeatures } from './name-signoffs';
import { COUNTRIES, LOWER_STATES } from './locations';

const PARTICLES = new Set([...NAME_PARTICLES].filter((p) => p !== 'st'));
// Roles whose holders sign with initials ("Sonographer: KM", "images by tech RJ").
const INITIALS_ROLES = new Set(['sonographer', 'sonographers', 'technologist', 'tech', 'techs', 'technician', 'phlebotomist', 'phlebotomy', 'cna', 'lpn', 'rn', 'emt', 'scribe', 'initials', 'transcriptionist', 'typist', 'operator', 'performer', 'recorder', 'sonog']);
const ROLE_BEFORE = /(?:er|or|ist|ian|ant|ent|man|woman|mate)$/;
// (pass 6) "TR: ks": the transcriptionist field of a dictation header.
const SIGNING = new Set(['signed', 'dictated', 'transcribed', 'typed', 'initials', 'by', 'signature', 'tr']);
export const DEVICE_MAKERS = new Set(['medtronic', 'abbott', 'biotronik', 'boston', 'scientific', 'sorin', 'livanova', 'dexcom', 'tandem', 'insulet', 'zoll', 'stryker', 'zimmer', 'biomet', 'depuy', 'synthes', 'edwards', 'abiomed', 'thoratec', 'heartware', 'resmed', 'respironics', 'philips', 'nevro', 'axonics', 'cochlear', 'bard', 'teleflex', 'jude', 'guidant', 'cordis', 'gore', 'olympus', 'omnipod', 'freestyle', 'libre',
  'sapien', 'evolut', 'corevalve', 'watchman', 'mitraclip', 'heartmate', 'micra', 'azure', 'lifevest', 'dynagen', 'inogen', 'trilogy']);
const DEVICE_CONTEXT = /\b(?:pacemaker|PPM|ICD|AICD|CRT-?[DP]?|leads?|device|generator|pump|CGM|sensor|stent|valve|implant(?:ed)?|defibrillator|LVAD|VAD|catheter|monitor(?:ing)?|interrogat\w*|battery|CareLink|Merlin|Latitude|prosthe\w*|graft|brand|model|serial|dual-chamber|single-chamber|Micra|Impella|TAVR)\b/i;

// One look-up per token for all the word lists above (bits of WORD_BITS, see `wordGates`), instead
// of one per list and rule; the cheap bit tests then run before the slicing gap tests.
const { gates: WORD_BITS, bit: B } = wordGates({
  particle: { words: PARTICLES, by: 'key' },
  signs: { words: SIGNING, by: 'key' },
  role: { words: INITIALS_ROLES, by: 'key' },
  cue: { words: NAME_CUES, by: 'key' },
  title: { words: TITLES, by: 'key' },
  country: { words: COUNTRIES, by: 'key' },
  maker: { words: DEVICE_MAKERS, by: 'key' },
});
// (`detectNames` reads these bits with its own word gates, in the same look-up.)
export { WORD_BITS };

const isOpeningQuote = (c: number) => c === 34 || c === 0x201c || c === 39 || c === 40;

/**
 * Marks the name parts above in `isName` (and clears the two false names).
 *
 * @example
 *   markNameExtras('Partner Luis de la Garza', tokens, isName, strongPart, feat) // marks "de", "la" once "Luis", "Garza" are marked
 */
export function markNameExtras(text: string, tokens: readonly Token[], isName: Uint8Array, strongPart: (i: number) => boolean, feat: (i: number) => NameFeatures, wordBits?: ArrayLike<number>): void {
  const n = tokens.length;
  const gap = (i: number) => (i + 1 < n ? text.slice(tokens[i]!.end, tokens[i + 1]!.start) : '');
  let lower = 0;
  for (const t of tokens) if (t.shape === 'lower') lower += 1;
  const mixedCase = lower * 4 > n;
  // A surname after particles may be any capitalized word that is not clinical vocabulary.
  const surname = (q: number) => q < n && isNameShaped(tokens[q]!) && !feat(q).blocked && tokens[q]!.text.length >= 2;
  // (`wordBits`, when given, holds each token's WORD_BITS, looked up already by the caller.)
  let bits = wordBits;
  if (!bits) {
    const own = new Uint8Array(n);
    for (let i = 0; i < n; i++) own[i] = WORD_BITS.get(tokens[i]!.key) ?? 0;
    bits = own;
  }
  const particle = (q: number) => (bits[q]! & B.particle) !== 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    // Particles after a found name: "Luis de la Garza", "Anneke van den Broek", "Omar al-Khatib".
    if (isName[i] && i + 2 < n && particle(i + 1) && tokens[i + 1]!.shape === 'lower' && /^[ \t]$/.test(gap(i))) {
      let j = i + 1;
      while (j < n && particle(j) && tokens[j]!.shape === 'lower' && /^(?:[ \t]|-)$/.test(gap(j)) && j - i <= 3) j += 1;
      if (j > i + 1 && j < n && particle(j - 1) && surname(j) && (isName[j] || strongPart(j) || !feat(j).english)) for (let q = i + 1; q <= j; q++) isName[q] = 1;
    }
    // A given name before particles and a found surname: "Zaid al-Masri", "Teodoro de Souza".
    if (!isName[i] && t.shape === 'cap' && i + 2 < n && particle(i + 1) && tokens[i + 1]!.shape === 'lower' && /^[ \t]$/.test(gap(i))) {
      let j = i + 1;
      while (j < n && particle(j) && tokens[j]!.shape === 'lower' && /^(?:[ \t]|-)$/.test(gap(j))) j += 1;
      const f = feat(i);
      if (j < n && isName[j] && !f.blocked && (f.first || f.last || !f.english) && t.text.length >= 2) for (let q = i; q < j; q++) isName[q] = 1;
    }
    // A capitalized particle joined by a hyphen after a found name: "Abdullah bin Saleh Al-Rashidi".
    if (isName[i] && i + 2 < n && particle(i + 1) && tokens[i + 1]!.shape === 'cap' && /^[ \t]$/.test(gap(i)) && gap(i + 1) === '-' && surname(i + 2)) {
      isName[i + 1] = 1;
      isName[i + 2] = 1;
    }
    // Particles alone before a found surname after a cue or title: "by de la Cruz, NP".
    if (!isName[i] && i > 0 && particle(i) && t.shape === 'lower' && (bits[i - 1]! & (B.cue | B.title)) !== 0 && /^[ \t.]{1,2}$/.test(gap(i - 1))) {
      let j = i;
      while (j < n && particle(j) && tokens[j]!.shape === 'lower' && /^(?:[ \t]|-)$/.test(gap(j))) j += 1;
      if (j < n && j > i && (isName[j] || surname(j))) for (let q = i; q <= j; q++) isName[q] = 1;
    }
    // (Pass 12) A newborn's surname after "Baby Boy"/"Baby Girl": "Baby Boy Eskildsen", "BABY GIRL HALVORSEN-RUIZ".
    if (t.key === 'baby' && t.shape !== 'lower' && i + 2 < n && (tokens[i + 1]!.key === 'boy' || tokens[i + 1]!.key === 'girl') && gap(i) === ' ' && gap(i + 1) === ' ' && surname(i + 2) && !NOT_NAMES.has(tokens[i + 2]!.key)) {
      let j = i + 2;
      while (j + 1 < n && gap(j) === '-' && surname(j + 1)) j += 1;
      for (let q = i + 2; q <= j; q++) isName[q] = 1;
    }
    // Lower-case initials after a signing label at the end of a line: "Signed: hlk", "Typed by: mjr".
    if ((bits[i]! & B.signs) !== 0 && i + 1 < n && /^[ \t]*:[ \t]*$/.test(gap(i)) && /^[a-z]{2,4}$/.test(tokens[i + 1]!.text) && /^[ \t]*(?:\n|$)/.test(text.slice(tokens[i + 1]!.end, tokens[i + 1]!.end + 2))) {
      const q = i + 1;
      if ((!feat(q).english || feat(q).english >= 40) && !feat(q).blocked && !NOT_NAMES.has(tokens[q]!.key) && !CLINICAL_ABBREVIATIONS.has(tokens[q]!.key)) isName[q] = 1;
    }
    // Quoted nickname inside a name: Robert "Bobby" Thibault, Marguerite 'Peggy' Lavallee.
    // (The gap ends in the opening quote: that character is tested before the gap is sliced.)
    const nickname = i + 2 < n && isOpeningQuote(text.charCodeAt(tokens[i + 1]!.start - 1)) && /^[ \t]+["“'(]$/.test(gap(i)) && tokens[i + 1]!.shape === 'cap' && /^["”')][ \t]+$/.test(gap(i + 1));
    if (nickname && ((isName[i] && (isName[i + 2] || surname(i + 2))) || (isName[i + 2] && isNameShaped(t) && feat(i).first && !feat(i).blocked))) {
      isName[i] = 1;
      isName[i + 1] = 1;
      isName[i + 2] = 1;
    }
    // Hyphenated given name with a lower-case second part: "Hyun-woo Bae", "Ji-ho Park".
    if (isName[i] && i + 2 < n && gap(i) === '-' && /^[a-z]{2,4}$/.test(tokens[i + 1]!.text) && /^[ \t]$/.test(gap(i + 1)) && isNameShaped(tokens[i + 2]!)) {
      if (isName[i + 2] || (surname(i + 2) && (feat(i + 2).last || !feat(i + 2).english))) {
        isName[i + 1] = 1;
        isName[i + 2] = 1;
      }
    }
    // An unknown given name before a found surname: "Amadou Diallo-Kane" (no dictionary knows it).
    if (!isName[i] && t.shape === 'cap' && i + 1 < n && isName[i + 1] && /^[ \t]$/.test(gap(i)) && tokens[i + 1]!.shape !== 'upper') {
      const f = feat(i);
      if (!f.blocked && !f.eponym && !f.english && t.text.length >= 3 && !NOT_NAMES.has(t.key)) isName[i] = 1;
    }
    // Initials after the role that signs with them: "Sonographer: KM", "by sonographer RJ;".
    if ((bits[i]! & B.role) !== 0 && i + 1 < n && /^[ \t]*:?[ \t]{0,8}$/.test(gap(i)) && /^[A-Z]{2,3}$/.test(tokens[i + 1]!.text)) {
      const after = text.slice(tokens[i + 1]!.end, tokens[i + 1]!.end + 3);
      const verb = /^[ \t]+[a-z]+(?:ed|s)\b/.test(text.slice(tokens[i + 1]!.end, tokens[i + 1]!.end + 16)); // "US tech DM performed"
      if ((/^(?:[.,;)]|[ \t]*$|[ \t]*\n|[ \t]{2,}|\/)/.test(after) || verb) && !(CLINICAL_ABBREVIATIONS.has(tokens[i + 1]!.key) && !verb && !/^[ \t]*(?:\n|$)/.test(after))) isName[i + 1] = 1;
    }
    // "Mild MR. Images acquired": mitral regurgitation, not "Mr.", before an ordinary word.
    if (isName[i] && mixedCase && i > 0 && /^(?:MR|MS)$/.test(tokens[i - 1]!.text) && /^\.[ \t]+$/.test(gap(i - 1)) && t.shape === 'cap') {
      const f = feat(i);
      if (f.english && !f.first && !f.last) isName[i] = 0;
    }
    // A country in a place list is no name: "Cusco, Peru", "in Mexico, Brazil and Peru".
    if (isName[i] && (bits[i]! & B.country) !== 0 && i > 0 && (/^,[ \t]*$/.test(gap(i - 1)) || /^(?:and|or|in|from|to|of)$/.test(tokens[i - 1]!.key)) && (bits[i - 1]! & B.title) === 0 && !(i + 1 < n && isName[i + 1] && /^[ \t]$/.test(gap(i)))) isName[i] = 0;
    // A name in brackets after the person's role: "found by bartender (Dev)", "daughter (Ximena)".
    if (!isName[i] && t.shape === 'cap' && i > 0 && text.charCodeAt(t.start - 1) === 40 /* ( */ && /^[ \t]?\($/.test(gap(i - 1)) && /^\)/.test(text.slice(t.end, t.end + 1)) && ((bits[i - 1]! & B.cue) !== 0 || ROLE_BEFORE.test(tokens[i - 1]!.key)) && strongPart(i) && !feat(i).eponym && !(feat(i).medical && t.text.length > 4) && !(feat(i).english && !feat(i).first && !feat(i).last)) isName[i] = 1;
    // Device makers in device context: "RV lead Abbott", "Medtronic dual-chamber ICD".
    if (isName[i] && (bits[i]! & B.maker) !== 0 && DEVICE_CONTEXT.test(text.slice(Math.max(0, t.start - 60), t.end + 60))) isName[i] = 0;
  }
}

// Pass 6: preferred names in quotes, and capitalized words that a cue made a name but that name a
// state's document, a country, a heading or an allergen component.
// Words that introduce a preferred name in quotes: 'pref "Bunny"', 'goes by "Red"'.
const PREFERRED_BEFORE = /\b(?:pref(?:erred)?|prefers(?:[ \t]+to[ \t]+be[ \t]+called)?|nickname|aka|a\.k\.a\.|goes[ \t]+by)(?:[ \t]+name)?[ \t]*:?[ \t]*$/i;
// A state's or country's name before its document or insurer ('Maine license', 'Florida Blue').
const STATE_DOCUMENT_AFTER = /^[ \t]+(?:driver['’]?s|licen[cs]e|medicaid|medicare|blue|state|resident|dl\b|plates?)/i;
const COMPASS = new Set(['south', 'north', 'east', 'west', 'new']);
// Allergen components are named by genus, species letter and number: 'Ana o 3', 'Ara h 2', 'Bet v 1'.
const ALLERGEN_COMPONENT_AFTER = /^[ \t][a-z][ \t]\d{1,2}\b/;

/**
 * Marks a capitalized word in quotes after "pref", "preferred name", "nickname", "aka", "goes by".
 *
 * @example
 *   markPreferredNames('pref "Bunny".', tokens, isName) // marks "Bunny"
 */
export function markPreferredNames(text: string, tokens: readonly Token[], isName: Uint8Array): void {
  const n = tokens.length;
  // The index of the token that starts at `at`, or -1.
  const tokenAt = (at: number): number => {
    const k = firstTokenFrom(tokens, at);
    return k < n && tokens[k]!.start === at ? k : -1;
  };
  // Whether the last token before `at` (a quote or a bracket, never inside a token), with a blank
  // and a bracket between at most, is marked a name.
  const nameEndingAt = (at: number): boolean => {
    const k = firstTokenFrom(tokens, at) - 1;
    return k >= 0 && isName[k] === 1 && /^[ \t]*\(?$/.test(text.slice(tokens[k]!.end, at));
  };
  // Whether token k looks made from the name that ends before `at`: the same first two letters, or
  // three letters found inside a part ("Del" of Delbert, "lupe" of guadalupe).
  const sharesWithName = (k: number, at: number): boolean => {
    const key = tokens[k]!.key;
    let x = k - 1;
    while (x >= 0 && tokens[x]!.end > at) x -= 1;
    for (let y = x; y >= 0 && y > x - 4 && isName[y]; y--) {
      const part = tokens[y]!.key;
      if (part !== key && (part.startsWith(key.slice(0, 2)) || part.includes(key.slice(0, 3)))) return true;
    }
    return false;
  };
  for (let q = text.indexOf('"'), curly = text.indexOf('“'); q >= 0 || curly >= 0; ) {
    const at = q >= 0 && (curly < 0 || q < curly) ? q : curly;
    if (at === q) q = text.indexOf('"', q + 1);
    else curly = text.indexOf('“', curly + 1);
    // (A cheap look at the letter before first: only "pref", "prefers", "called", "nickname", "aka", "goes by", "name" end in these.)
    let b = at - 1;
    while (b > 0 && (text[b] === ' ' || text[b] === ':' || text[b] === '\t')) b -= 1;
    // (Pass 12: or a name right before, with or without a bracket: 'Bryson L. Adkins ("Bry")'.)
    const afterName = /^[ \t]*\(?$/.test(text.slice(b + 1, at)) || text[at - 1] === '(' ? nameEndingAt(at) : false;
    if (!afterName && (!'fFeEaAyYsSdD.'.includes(text[b] ?? ' ') || !PREFERRED_BEFORE.test(text.slice(Math.max(0, at - 24), at)))) continue;
    const k = tokenAt(at + 1);
    // (A lower-case nickname after a lower-case name, when it is made from it: 'guadalupe ornelas ("lupe")'.)
    if (k < 0 || !(isNameShaped(tokens[k]!) || (afterName && tokens[k]!.shape === 'lower' && tokens[k]!.text.length >= 3 && sharesWithName(k, at)))) continue;
    // (Pass 7: a hyphenated nickname, "Tee-Jay", "Chi-Chi".)
    let e = k;
    while (e + 1 < n && e - k < 2 && text[tokens[e]!.end] === '-' && tokens[e + 1]!.start === tokens[e]!.end + 1 && isNameShaped(tokens[e + 1]!)) e += 1;
    if (/^["”]/.test(text.slice(tokens[e]!.end, tokens[e]!.end + 1))) for (let x = k; x <= e; x++) isName[x] = 1;
  }
  // (Pass 12) A short name in brackets right after a found name, without quotes: with "goes by" or
  // "aka" before it, or sharing its first two letters with a part of the name ("Delbert (goes by
  // Del)", "Esperanza Lucero (Espie)", "guadalupe ornelas (lupe)").
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    const m = BRACKETED_NICKNAME.exec(text.slice(at, at + 40));
    if (!m || !nameEndingAt(at)) continue;
    const k = tokenAt(at + m[0].length - m[2]!.length - 1);
    if (k < 0) continue;
    const key = tokens[k]!.key;
    if (NOT_NAMES.has(key) || TITLES.has(key) || NAME_CUES.has(key) || COUNTRIES.has(key) || LOWER_STATES.has(key) || key.length < 2) continue;
    if (m[1] || sharesWithName(k, at)) isName[k] = 1;
  }
}
const BRACKETED_NICKNAME = /^\([ \t]*(goes[ \t]+by[ \t]+|aka[ \t]+|a\.k\.a\.[ \t]+|prefers[ \t]+)?["“]?(\p{L}[\p{L}'’]{1,14})["”]?[ \t]*\)/u;

/**
 * Unmarks capitalized words that name a state's document or insurer ("Maine license", "Florida
 * Blue"), a country with its compass word ("South Africa"), a heading ("ATTN: New Referrals") or an
 * allergen component ("Ana o 3"). Runs after propagation, so every mention is checked.
 *
 * @example
 *   unmarkPlacesAndLabels('Maine license', tokens, isName, feat) // unmarks "Maine"
 */
export function unmarkPlacesAndLabels(text: string, tokens: readonly Token[], isName: Uint8Array, feat: (i: number) => NameFeatures): void {
  const n = tokens.length;
  const gap = (i: number) => (i + 1 < n ? text.slice(tokens[i]!.end, tokens[i + 1]!.start) : '');
  for (let i = 0; i < n; i++) {
    if (!isName[i] || tokens[i]!.shape !== 'cap') continue;
    const t = tokens[i]!;
    const compass = i > 0 && COMPASS.has(tokens[i - 1]!.key) && gap(i - 1) === ' ' && (COUNTRIES.has(`${tokens[i - 1]!.key} ${t.key}`) || LOWER_STATES.has(`${tokens[i - 1]!.key} ${t.key}`));
    // "ATTN: New Referrals": a common word before a label word is a heading, no name.
    const heading = i + 1 < n && !isName[i + 1] && tokens[i + 1]!.shape === 'cap' && NOT_NAMES.has(tokens[i + 1]!.key) && gap(i) === ' ' && feat(i).english > 0 && feat(i).english <= 20 && !feat(i).first;
    if (heading || compass || ((LOWER_STATES.has(t.key) || COUNTRIES.has(t.key)) && STATE_DOCUMENT_AFTER.test(text.slice(t.end, t.end + 16))) || (t.text.length <= 4 && ALLERGEN_COMPONENT_AFTER.test(text.slice(t.end, t.end + 6)))) {
      isName[i] = 0;
      if (compass) isName[i - 1] = 0;
    }
  }
}
