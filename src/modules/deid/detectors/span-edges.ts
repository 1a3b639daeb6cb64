// (Pass 21) The edges of the name and facility spans the engine reports, set to what they name
// (the guideline keeps kin terms, newborn labels and credentials outside a name, and a name's
// suffix inside it):
//   1. A name loses a kin word, a role or a newborn's label before it ("Mom Andrea Kowalski", "Baby
//      Boy Adeyemi", "GAL Priscilla Ng", "SSgt Aram Petrosyan") and a credential or a sex letter
//      after it ("Rosa Tellez, MA", "Noor Al-Khatib, F, DOB"), and takes in a generational suffix
//      ("Wallace Begay Sr.") or a middle initial closing a surname-first name ("SZYMANSKI, WALTER J").
//   2. A facility span over a column gap loses the other column: a credential before it or a
//      common word after it ("PA-C   Lindenwood Family Practice").
import type { DeidDictionaries } from '../dictionaries';
import { CREDENTIALS, NAME_CUES } from '../lexicon';
import { FELLOWSHIPS } from './signer-affiliations';

// Newborn labels, ranks and court or school roles that stand before a name and are no cue word.
const LEADS: ReadonlySet<string> = new Set(['baby', 'boy', 'girl', 'infant', 'twin', 'newborn', 'gal', 'ssgt', 'sfc', 'spc', 'pfc', 'pvt', 'cpl', 'lt', 'maj', 'col', 'cpt', 'msgt', 'tsgt', 'deputy', 'student', 'coach', 'mum', 'mama', 'papa',
  // (pass 22) officers' and judges' titles and a manager's abbreviation: "Ofc. Hargrove", "Dep. K. Holtz", "The Honorable ..."
  'ofc', 'dep', 'agent', 'honorable', 'hon', 'mgr',
  // (pass 22) a greeting before the name it greets: "Hi Brandon"
  'hi', 'hello', 'hey',
  // (pass 23) and in the patients' languages: "Hola Juana"
  'hola', 'bonjour', 'salaam']);
// Cue words that are verbs, particles or given names as well ("Per Lindqvist", "Saw Htoo Kyaw"): kept.
const NOT_LEADS: ReadonlySet<string> = new Set(['per', 'saw', 'see', 'seeing', 're', 'from', 'to', 'and', 'or', 'by', 'with', 'called', 'paged', 'visited', 'referred', 'referring', 'admitted', 'covering', 'signed', 'dictated', 'transcribed', 'reviewed', 'cosigned', 'co-signed', 'cosign', 'dear', 'contact', 'thanks', 'regards', 'sincerely', 'sig', 'signature', 'initials', 'name', 'accompanied', 'fob', 'd/w', 'res', 'vet', 'assist', 'ordering', 'submitting', 'author', 'authored']);
const LEAD_WORD = /^(\p{L}+)\.?[ \t]+(?=\p{Lu})/u;
const TRAIL = /(?:,[ \t]*|[ \t]+)([A-Za-z][A-Za-z.-]{0,7})$/;
// (The suffix closes the name's clause or column: "Pickens, Sr. Claims Adjuster" is a rank.)
const SUFFIX_AFTER = /^,?[ \t](?:Jr|Sr|JR|SR|jr|sr|II|III|IV)\.?(?=[ \t]*(?:[,;:)\]]|\r?\n|$)|[ \t]{2}|[ \t]+\(|[ \t]+\d)/u;
// (Not a credential's first letter, "Treadwell, Cornelia M.D.")
const INITIAL_AFTER = /^[ \t]([A-Z])\.?(?![\p{L}\p{N}'’-]|\.\p{L})/u;
const CLOSING_INITIAL = /^,?[ \t](?![MF]\.[ \t]*\d)\p{Lu}\.(?=[ \t]*(?:\r?\n|$|[-–—,;:)\]])|[ \t]{2}|[ \t]+\p{Ll})/u;
const OPENING_INITIAL = /(?<![\p{L}\p{N}.'’&/<>=-])\p{Lu}\.[ \t]$/u;
const SEX_CONTEXT = /^,?[ \t]*(?:DOB\b|D\.O\.B|\d{1,3}(?:[ \t]?y|\b)|age\b)/i;
// A credential's spelling: capitals, or a capital inside ("RN", "M.D."; pass 22: "MDiv", "RPh", "PharmD").
const CREDENTIAL_SHAPE = /^[A-Z](?:[A-Z.-]+|[a-z]*[A-Z][A-Za-z]*)$/;
const CERTIFICATES: ReadonlySet<string> = new Set(['ma', 'lat', 'atc', 'cma', 'rma', 'emt', 'cna', 'mls', 'mt', 'lpn']);

/**
 * The span trimmed of a lead word and a closing credential or sex letter, or the span itself.
 *
 * @example
 *   trimNameEdges('Mom Andrea Kowalski present', 0, 19, d) // [4, 19]
 */
export function trimNameEdges(text: string, start: number, end: number, d: DeidDictionaries): [number, number] {
  // (Not inside a research corpus's placeholder, "[**Doctor First Name 312**]".)
  if (text.startsWith('[**', start - 3) || text.startsWith('**', start)) return [start, end];
  let s = start;
  let e = end;
  // (Two at most: "Baby Boy Adeyemi".)
  for (let k = 0; k < 2; k++) {
    const lead = LEAD_WORD.exec(text.slice(s, e));
    const key = lead?.[1]!.toLowerCase();
    // (Pass 22: and a credential in capitals or with an inner capital, "RPh Ollie Stamper", "PHN Janelle Fairbanks".)
    const credential = CREDENTIALS.has(key ?? '') && CREDENTIAL_SHAPE.test(lead?.[1] ?? '');
    if (!lead || !key || !(LEADS.has(key) || credential || (NAME_CUES.has(key) && !NOT_LEADS.has(key))) || (d.firstNames.has(key) && !credential)) break;
    s += lead[0].length;
  }
  const trail = TRAIL.exec(text.slice(s, e));
  // (Pass 22) A newborn's label after the surname stays outside: "Haddad, Boy".
  if (trail && /^,[ \t]*(?:Boy|Girl|BOY|GIRL)$/.test(trail[0])) e -= trail[0].length;
  // (Only after a name of two words or more: "Cheng, MA" alone may be a surname and a state; pass 22: an
  // initial counts as a word, "T. Lindqvist, MA".)
  else if (trail && /\p{L}\.?[ \t,]+\p{L}/u.test(text.slice(s, e - trail[0].length))) {
    const word = trail[1]!;
    const key = word.replace(/\./g, '').toLowerCase();
    // (A sex letter only in a name written given name first, before the birth date or the age: "Noor
    // Haddad, F, DOB ..."; "HADDAD, NOOR F" ends in a middle initial.)
    const sex = /^[MF]$/.test(word) && !text.slice(s, e - trail[0].length).includes(',') && SEX_CONTEXT.test(text.slice(e, e + 12));
    // (Pass 22: and a lawyer's "Esq.", which no surname spells.)
    if ((CREDENTIAL_SHAPE.test(word) && (CREDENTIALS.has(key) || CERTIFICATES.has(key))) || key === 'esq' || sex) e -= trail[0].length;
  }
  if (s >= e) return [start, end];
  // A generational suffix after the name is part of it ("Wallace Begay Sr.", "lamont ellis jr"), and
  // so is a middle initial closing a name written surname first ("Two Bulls, Winona K.").
  const suffix = SUFFIX_AFTER.exec(text.slice(e, e + 6));
  if (suffix) return [s, e + suffix[0].length];
  const initial = text.slice(s, e).includes(',') ? INITIAL_AFTER.exec(text.slice(e, e + 8)) : null;
  if (initial && !(/[MF]/.test(initial[1]!) && /^[ \t]*,?[ \t]*\d/.test(text.slice(e + initial[0].length, e + initial[0].length + 4)))) return [s, e + initial[0].length];
  // (Pass 23) A surname's initial with its full stop closes a name where no new sentence starts after
  // it: "Hollis D. - pre-visit", "Hodan W. via phone", "Pt Brandvold, E. s/p L leg".
  const closing = text.slice(s, e).includes(',') ? null : CLOSING_INITIAL.exec(text.slice(e, e + 8));
  // (Pass 23) and a given name's initial just before the surname opens it: "coordinators R. Szulc", "T. Ho RD".
  const opening = s === start ? OPENING_INITIAL.exec(text.slice(Math.max(0, s - 4), s)) : null;
  return [opening ? s - opening[0].length : s, closing ? e + closing[0].length : e];
}

// (Pass 22) The number of a plant, station, mine or store after its name belongs to it: "Kentwood
// Office Furniture Plant 2", "Fire Station No. 7", "Black Mountain Energy No. 3"; not a count or a dose.
const SITE_KIND = /(?:\b(?:Plant|Station|Mine|Pit|Shaft|Portal|Warehouse|Store|Yard|Camp|Site)|\bNo)$/;
const SITE_NUMBER = /^(?:\.?[ \t]*(?=\d)|[ \t]+(?:No\.?[ \t]*|#[ \t]*)?)\d{1,3}[A-Z]?\b(?![.,:/]?\d|[ \t]*(?:mg|mcg|ml|mL|units?|%|x\b|times|days?|hrs?|hours?|min))/;

function numberedSite(text: string, span: string, end: number): number {
  if (!SITE_KIND.test(span)) return end;
  const number = SITE_NUMBER.exec(text.slice(end, end + 16));
  return number && (number[0].startsWith(' ') || number[0].startsWith('\t') || span.endsWith('No')) ? end + number[0].length : end;
}

// (Pass 23) A department's or school level's initials after the name belong to it: "Leflore County
// Memorial ED", "Fort Bend County EMS", "SouthCoast DME", "Lamar Consolidated HS", "Eagle Ridge MS".
const UNIT_ABBREVIATION_AFTER = /^[ \t](?:EMS|DME|HS|MS|CHC)(?![\p{L}\p{N}]|[ \t]*[-–][ \t]*\d|\.\p{L})/u;

// A column gap inside a facility span: the span ran over into the next column.
const GAP = /[ \t]{2,}/;

/**
 * A facility span cut at a column gap when the other side is another column's: a credential before
 * it ("PA-C   Lindenwood Family Practice") or a common word after it ("Harlan Creek High School
 * Sport(s)"). (Merged spans keep their names: "Kessler    Saint Agnes Residence".)
 *
 * @example
 *   trimFacilityEdges('FNP   Lumber River Family Practice', 0, 34, d) // [6, 34]
 */
export function trimFacilityEdges(text: string, start: number, end: number, d: DeidDictionaries): [number, number] {
  const span = text.slice(start, end);
  const gap = GAP.exec(span);
  if (!gap) {
    const e = numberedSite(text, span, end);
    // (Not a state's code after a town, "Baptist Church, Jackson MS".)
    const unit = e === end && !span.includes(',') ? UNIT_ABBREVIATION_AFTER.exec(text.slice(end, end + 6)) : null;
    return [start, e + (unit?.[0].length ?? 0)];
  }
  const left = span.slice(0, gap.index);
  const right = span.slice(gap.index + gap[0].length);
  const key = (part: string) => part.replace(/\./g, '').toLowerCase();
  if (/[ \t]/.test(right) && (CREDENTIALS.has(key(left)) || FELLOWSHIPS.has(left))) return [start + gap.index + gap[0].length, end];
  const word = key(right);
  if (/[ \t]/.test(left) && /^\p{Lu}\p{Ll}+$/u.test(right) && (d.englishWords.get(word) ?? 99) <= 35 && !d.firstNames.has(word) && !d.lastNames.has(word)) return [start, start + gap.index];
  return [start, end];
}

// (Pass 23) A street's edges: a directional after its kind ("540th St SW", "1224 1st ave se", "320th
// St W."), one before its name ("on N Halsted St"), "Dr" closing it where no name follows ("on
// Lakeview Dr he wouldn't", "301 Mountain Ridge Dr, Blowing Rock"), and a house number before a
// highway ("pickup at 5512 Hwy 56").
const STREET_KIND_END = /(?:^|[ \t])(?:st|street|ave|avenue|rd|road|blvd|dr|drive|ln|lane|way|ct|court|pl|place|pkwy|ter|terr|cir|hwy|highway)\.?$/i;
const DIRECTION_AFTER = /^[ \t](?:N|S|E|W|NE|NW|SE|SW|n|s|e|w|ne|nw|se|sw)\.?(?![\p{L}\p{N}'’/-])(?![ \t]+\d)/u;
const DIRECTION_BEFORE = /(?<=^|[ \t(,])(?:N|S|E|W)\.?[ \t]$/;
const DR_AFTER = /^[ \t]Dr\.?(?=[ \t]*(?:[,;)]|\r?\n|$)|[ \t]+\p{Ll})/u;
const HOUSE_NUMBER_BEFORE = /(?:^|[ \t(,:])(\d{1,6}[ \t]+)$/;

/**
 * The edges of a span that names a street, widened to its directionals, a closing "Dr" and a highway's house number.
 *
 * @example
 *   streetEdges('Hwy 1 & 540th St SW, Washington Co', 0, 16) // [0, 19]
 */
export function streetEdges(text: string, start: number, end: number): [number, number] {
  const span = text.slice(start, end);
  let s = start;
  let e = end;
  if (!STREET_KIND_END.test(span) && /(?:^|[ \t])\p{Lu}[\p{Ll}'’-]+$/u.test(span)) {
    const dr = DR_AFTER.exec(text.slice(e, e + 8));
    if (dr) e += dr[0].length;
  }
  if (STREET_KIND_END.test(text.slice(s, e))) {
    const after = DIRECTION_AFTER.exec(text.slice(e, e + 8));
    if (after) e += after[0].length;
    const direction = /^\d/.test(span) ? null : DIRECTION_BEFORE.exec(text.slice(Math.max(0, s - 4), s));
    if (direction) s -= direction[0].length;
  }
  if (/^(?:Hwy|HWY|Highway|Route|Rte|RT|Rt|State Route|County Rd|County Road|CR|FM)\b/.test(span)) {
    const number = HOUSE_NUMBER_BEFORE.exec(text.slice(Math.max(0, s - 10), s));
    if (number) s -= number[1]!.length;
  }
  return [s, e];
}
