// NAME: patients, relatives and clinicians. Names are found by context first (titles, cue words
// such as "daughter" or "Attending:", credentials such as ", MD", the "LAST, FIRST" form), then by
// the census dictionaries where the word is not also an English, medical or eponym word, and last
// by propagating every name found to its other mentions in the same note.
import { CLINICAL_ABBREVIATIONS, CREDENTIALS, MONTHS, NAME_CUES, NAME_PARTICLES, NOT_NAMES, STRONG_NAME_CUES, TITLES, WEEKDAYS } from '../lexicon';
import { markSignOffs, type NameFeatures } from './name-signoffs';
import { markMessageNames } from './name-messages';
import { markNameExtras, markPreferredNames, unmarkPlacesAndLabels } from './name-extras';
import { markLowerCaseNames } from './name-lowercase';
import { frameNames } from './name-frame';
import { AMBIGUOUS_CREDENTIALS, COMPOUND_SURNAME_FIRST, EXTRAS_SHIFT, FUNCTION_WORDS, G, GATES, NAME_BEFORE, mayContinueNameBefore, mayLeadNameBefore, mayStartDottedCredential } from './name-words';
import { gatesOf, isNameShaped, type Token } from '../text-tokens';
import { tokenFlags, type Candidate, type DetectInput } from './detector';
import { unpackWordFlags } from '../dictionaries';

// english: SCOWL level (0 when not an English word); blocked: clinical, calendar or function words.
type Features = NameFeatures;


/**
 * Finds person names.
 *
 * @example
 *   detectNames({ text: "pt's daughter Mary called Dr. Oyelaran", ... }) // NAME over "Mary", "Oyelaran"
 */
export function detectNames(input: DetectInput): Candidate[] {
  const { text, tokens, dictionaries: d } = input;
  const flagsAt = tokenFlags(input);
  const n = tokens.length;
  const gates = gatesOf(tokens, GATES);
  // Features are looked up on demand: most tokens (lower-case words, numbers) are never asked about,
  // and each look-up in the large dictionaries costs a cache miss.
  const featCache: (Features | undefined)[] = new Array<Features | undefined>(n);
  const computeFeat = (i: number): Features => {
    const g = gates[i]!;
    const w = unpackWordFlags(flagsAt(i));
    return {
      first: w.first,
      last: w.last,
      english: w.english,
      // The medical list holds some frequent names ("Gus"): a common first name outweighs it.
      medical: w.medical && !w.commonFirst,
      blocked: (g & G.blocked) !== 0 || ((g & G.country) !== 0 && !w.first && !w.last) || abbreviation(i),
      eponym: (g & G.eponym) !== 0,
    };
  };
  const feat = (i: number): Features => (featCache[i] ??= computeFeat(i));
  const isName = new Uint8Array(n);
  let lowerTokens = 0;
  for (const t of tokens) if (t.shape === 'lower') lowerTokens += 1;
  const mixedCase = lowerTokens * 4 > n;
  // A clinical abbreviation in capitals inside mixed-case text ("ED", "PEG", "DON", "ALT") is the
  // abbreviation even when a census name is spelled the same; all-caps notes keep the names.
  // (Run sheets are caps-heavy but still written in lower case in part: one token in ten suffices.)
  const someLower = lowerTokens * 10 > n;
  function abbreviation(i: number): boolean {
    const t = tokens[i]!;
    if (!(someLower && t.shape === 'upper' && CLINICAL_ABBREVIATIONS.has(t.key))) return false;
    // Except as a first name after the surname: "HOMENICK, ED".
    if (i > 0 && tokens[i - 1]!.shape === 'upper' && /^,[ \t]?$/.test(text.slice(tokens[i - 1]!.end, t.start))) return false;
    // Nor as the surname before it: "LE, ANGILRAN" (pass 6).
    if (i + 1 < tokens.length && tokens[i + 1]!.shape === 'upper' && /^,[ \t]?$/.test(text.slice(t.end, tokens[i + 1]!.start))) return false;
    return true;
  }
  // What separates token i from token i + 1, sliced when first asked for: the rules below ask for
  // it often, but only for some tokens.
  const gaps: (string | undefined)[] = new Array<string | undefined>(n);
  const gap = (i: number) => (i >= 0 && i + 1 < n ? (gaps[i] ??= text.slice(tokens[i]!.end, tokens[i + 1]!.start)) : '');
  const isInitial = (i: number) => tokens[i]!.text.length === 1 && /\p{Lu}/u.test(tokens[i]!.text) && /^\.?[ \t]?,?\s*$/.test(gap(i));
  // A name part after a strong cue: any capitalized word that is not clinical or function vocabulary.
  const calendar = (k: string) => k in MONTHS || WEEKDAYS.has(k);
  // (Each part test checks the token's shape before its features: lower-case words and numbers,
  // most of a note, then cost no dictionary look-up.)
  const strongPart = (i: number) => {
    const t = tokens[i]!;
    if (!isNameShaped(t)) return false;
    const f = feat(i);
    // Months and weekdays are also first names ("April", "June"): fine after a cue unless a number follows.
    const firstNameToo = f.first && !FUNCTION_WORDS.has(t.key) && !TITLES.has(t.key) && !abbreviation(i);
    if (f.blocked && !((calendar(t.key) || firstNameToo) && !/^[\s,.]*\d/.test(text.slice(t.end, t.end + 4)))) return false;
    // Short all-caps words are abbreviations, except a surname in "DI, MARIA" form.
    if (t.shape === 'upper' && t.text.length <= 3 && !f.first && !f.last && /^[A-Z]+$/.test(t.text) && !/^,\s?\p{Lu}/u.test(text.slice(t.end, t.end + 3))) return false;
    // In all-caps text every word looks like a name: ordinary English words need the dictionaries.
    if (t.shape === 'upper' && f.english && !f.first && !f.last) return false;
    // The medical list holds surnames too; only medical words that are also English are refused.
    return !(f.medical && f.english && !f.first && !f.last);
  };
  // A name part after a weak cue ("with", "per", "seeing"): not an English, medical or eponym word.
  const weakPart = (i: number) => {
    if (!strongPart(i)) return false;
    const f = feat(i);
    if (f.eponym || f.medical) return false;
    if (tokens[i]!.shape === 'upper' && !f.first && !f.last) return false;
    return !f.english || ((f.first || f.last) && f.english >= 35);
  };
  // A name part on dictionary evidence alone.
  const dictPart = (i: number) => {
    const t = tokens[i]!;
    if (!isNameShaped(t)) return false;
    const f = feat(i);
    if (f.blocked || f.eponym || f.medical || f.english) return false;
    if (t.text.length < 3 || (t.shape === 'upper' && t.text.length < 4)) return false;
    return f.first || f.last;
  };
  // A surname next to a first name: a census surname, or an unknown capitalized word.
  const surnamePart = (i: number) => {
    const t = tokens[i]!;
    if (!isNameShaped(t)) return false;
    const f = feat(i);
    if (f.blocked || t.text.length < 2) return false;
    if (f.last) return !(f.english && f.english <= 10 && !/^(brown|white|young|king|green|hall|wood|long|black|gray|grey|rose|price|hill|cook|hope|grant|bell|lane|ford|page|rich|frank|ray|moore|miles|mark|bill|will|may|jack|dean|chase|hunter|walker|baker|miller|carter|fisher|fox)$/.test(t.key));
    return !f.english && !f.medical;
  };
  // A first name: census first name that is not a common word (unless it leads a known surname).
  const firstPart = (i: number) => {
    const t = tokens[i]!;
    if (!isNameShaped(t)) return false;
    const f = feat(i);
    if (!f.first || (f.blocked && !(t.key in MONTHS)) || t.text.length < 2) return false;
    return true;
  };
  const spaceOnly = (i: number) => /^[ \t]*\r?\n?[ \t]*$/.test(gap(i)) && gap(i).length > 0;
  const mark = (from: number, to: number) => {
    for (let k = from; k <= to; k++) isName[k] = 1;
  };
  // Collects up to `max` name parts from i: words and initials joined by spaces, dots or hyphens.
  const run = (i: number, part: (k: number) => boolean, max = 3): number => {
    let j = i;
    let count = 0;
    let words = 0;
    while (j < n && count < max && (part(j) || (isInitial(j) && count < max - 1))) {
      count += 1;
      if (part(j)) words += 1;
      // A line break may split a name, but not run into the next line's label ("Accession #:").
      const next = j + 1 < n ? tokens[j + 1]! : undefined;
      const intoLabel = next !== undefined && gap(j).includes('\n') && /^\s*(?:[:#]|\w*\s*[:#])/.test(text.slice(next.end, next.end + 12));
      // A dot ends the name unless it closes an initial ("J. Smith"), not a sentence ("Chen. Prior").
      const dotOk = !gap(j).startsWith('.') || tokens[j]!.text.length === 1;
      // (Pass 18: nor across a column gap, "Tran, Minh Khoa   File #:".)
      const column = /[ \t]{3}|\t/.test(gap(j));
      if (next && !intoLabel && dotOk && !column && /^(?:\.?[ \t]*\r?\n?[ \t]*|-|\.\s)$/.test(gap(j)) && gap(j).length > 0) j += 1;
      else return words ? j : -1;
    }
    return words === 0 ? -1 : j - 1;
  };

  // The next list item after a name ending at token e: skips "(...)" and ", " / " and " / " & " / "/".
  const listNext = (e: number): number => {
    let at = tokens[e]!.end;
    const paren = /^[ \t]*\([^()\n]{0,40}\)/.exec(text.slice(at, at + 44));
    if (paren) at += paren[0].length;
    // (a slash joins a crew: "Crew: Oyelaran/Ng")
    const sep = /^(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+|[ \t]?\/[ \t]?(?=\p{Lu}))/u.exec(text.slice(at, at + 8));
    if (!sep) return -1;
    at += sep[0].length;
    let q = e + 1;
    while (q < n && tokens[q]!.start < at) q += 1;
    return q < n && tokens[q]!.start === at ? q : -1;
  };

  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    // (Every rule of this loop starts at a word: numbers, a quarter of the tokens, are passed over.)
    if (t.shape === 'num') continue;
    const k = t.key;
    // 1. Titles: Dr. Smith, MR. JOHN SMITH, Mrs Anne-Marie O'Neil (after a title any capitalized word)
    // ("MR No. 44-17-22" is a record-number label, not a title; pass 20: nor "Atty Reg. No. 0071184".)
    // (Pass 17: on the title's own line or, after "Dr" written in lower case or with its dot, across one
    // line break before a word that is no label; not "Jackson, MS\nPatient:" nor "mild MR.\n\nImpression:".)
    // (Pass 24: "dr", "mr" and "mrs" in lower case too, before a capitalized word on the same line:
    // "dr. Made Wirawan", "good for mr Alvarado at 11".)
    if ((t.shape !== 'lower' || (LOWER_TITLES.has(k) && i + 1 < n && tokens[i + 1]!.shape === 'cap' && /^\.?[ \t]$/.test(gap(i)) && (k !== 'mr' || feat(i + 1).last || !(feat(i + 1).medical || feat(i + 1).english)))) && gates[i]! & G.title && i + 1 < n && (/^\.?[ \t]{1,2}$/.test(gap(i)) || (/^\.?[ \t]*\n[ \t]*$/.test(gap(i)) && (t.shape === 'cap' || gap(i)[0] === '.') && !/^[ \t]*:/.test(text.slice(tokens[i + 1]!.end, tokens[i + 1]!.end + 2)))) && !(k === 'mr' && /^(?:no|number|num)$/.test(tokens[i + 1]!.key)) && !/^\.?[ \t]*(?:No\b|NO\b|Number\b)/.test(text.slice(tokens[i + 1]!.end, tokens[i + 1]!.end + 8))) {
      // Surname particles join the name when a capitalized word follows ("Mr. De la Cruz", "van der Berg").
      const particle = (q: number) => NAME_PARTICLES.has(tokens[q]!.key) && q + 1 < n && /^[ \t]$/.test(gap(q)) && (isNameShaped(tokens[q + 1]!) || NAME_PARTICLES.has(tokens[q + 1]!.key));
      const titlePart = (q: number) => (isNameShaped(tokens[q]!) && !TITLES.has(tokens[q]!.key) && (q === i + 1 || (!FUNCTION_WORDS.has(tokens[q]!.key) && strongPart(q)))) || particle(q);
      const end = run(i + 1, titlePart, 4);
      if (end >= 0) mark(i + 1, end);
      continue;
    }
    // 2. Cue words: "daughter Mary", "Attending: Smith, John", "spoke with John Smith"
    const inLaw = k === 'law' && text.slice(t.start - 4, t.start) === '-in-';
    // "w/ Smith", "d/w Dr. Roe": the slash forms of "with" and "discussed with".
    if (k === 'w' && i + 1 < n && /^\/[ \t]*$/.test(gap(i))) {
      const end = run(i + 1, (q) => weakPart(q) || (q > i + 1 && isInitial(q - 1) && feat(q).last && isNameShaped(tokens[q]!)));
      if (end >= 0) mark(i + 1, end);
    }
    // (Pass 5: after "and"/"or" joining a capitalized or clinical word that is no name, the next word
    // is another item of the same kind, "Entresto and Jardiance", "Aspirin or Plavix".)
    const conjunct = (k === 'and' || k === 'or') && i > 0 && i + 1 < n && tokens[i + 1]!.shape !== 'lower' && !isName[i - 1] && !NAME_CUES.has(tokens[i - 1]!.key) && gap(i - 1) === ' ' && (tokens[i - 1]!.shape === 'cap' || feat(i - 1).medical);
    const role = t.shape === 'lower' && (gates[i]! & G.lowerRoleCue) !== 0 && i + 1 < n && /^:?[ \t]$/.test(gap(i)) && tokens[i + 1]!.text.length >= 3;
    // (Pass 19) A credential that labels a field after a word: "Referring MD: Halvard Eikeland", "Ordering NP: ...".
    const credentialLabel = t.shape === 'upper' && CREDENTIAL_LABELS.has(k) && i > 0 && tokens[i - 1]!.shape !== 'num' && /^[ \t]$/.test(gap(i - 1)) && i + 1 < n && /^[ \t]*:[ \t]*$/.test(gap(i));
    // (Pass 22: a newborn's word is a cue with a capital, "Baby Kairo", "Infant: Theo"; in lower case only as a
    // role before a given name, "baby Wyatt", not "hold baby, OK".)
    const lowerNewborn = t.shape === 'lower' && NEWBORN_CUES.has(k);
    if ((((gates[i]! & G.nameCue) !== 0 && !lowerNewborn) || inLaw || role || credentialLabel) && !conjunct && i + 1 < n && tokens[i + 1]!.start - t.end <= 4 && /^(?:['’]s)?\s*(?:[:,(-]|#)?\s*(?:is\s+|was\s+)?$/.test(gap(i))) {
      const strong = inLaw || role || STRONG_NAME_CUES.has(k) || /:\s*$/.test(gap(i));
      // After a relation word in mixed-case text an unknown all-caps word is an abbreviation ("father CABG").
      const relPart = (q: number) => strongPart(q) && !(mixedCase && tokens[q]!.shape === 'upper' && !feat(q).first && !feat(q).last && !/:\s*$/.test(gap(i)));
      const end = run(i + 1, strong ? relPart : weakPart);
      // "flying in from Tucson": after "from" one word that is a town and no census name is a place.
      const town = k === 'from' && end === i + 1 && d.cities.has(tokens[end]!.key) && !feat(end).first && !feat(end).last;
      if (end >= 0 && !town) {
        mark(i + 1, end);
        // A list after a relation: "daughters Amy and Beth", "Children: Ruth (Omaha), Daniel, Miriam".
        if (strong) for (let e = end, more = 0; more < 6; more++) {
          const next = listNext(e);
          if (next < 0) break;
          const last = run(next, (q) => strongPart(q) && (feat(q).first || feat(q).last || !feat(q).english), 3);
          if (last < 0) break;
          mark(next, last);
          e = last;
        }
        // "Smith, John": the comma form right after a cue
        // (Not a credential in capitals: "CM: Halloran, CM, CCM".)
        if (end + 1 < n && /^ ?,\s?$/.test(gap(end)) && !(tokens[end + 1]!.shape === 'upper' && CREDENTIALS.has(tokens[end + 1]!.key)) && (firstPart(end + 1) || (strong && strongPart(end + 1)))) mark(end + 1, Math.max(end + 1, run(end + 1, strongPart, 3)));
      }
    }
    // Initials signing a note: "-- RKP", "--JS" at the end of a line.
    if (t.shape === 'upper' && t.text.length <= 3 && /^[A-Z]{2,3}$/.test(t.text) && /(?:^|\s)--?\s*$/.test(text.slice(Math.max(0, t.start - 4), t.start)) && /^\s*(?:\n|$)/.test(text.slice(t.end, t.end + 2))) mark(i, i);
    // Initials after the people who sign with them: "by tech JS."
    if (gates[i]! & G.initialsCue && i + 1 < n && /^\s{1,2}:?\s?$/.test(gap(i)) && /^[A-Z]{2,3}$/.test(tokens[i + 1]!.text) && !(k === 'by' && CLINICAL_ABBREVIATIONS.has(tokens[i + 1]!.key) && !/^[ \t]*(?:\n|$)/.test(text.slice(tokens[i + 1]!.end, tokens[i + 1]!.end + 3))) && (/^(?:[.,;)]|\s*$|\s*\n)/.test(text.slice(tokens[i + 1]!.end, tokens[i + 1]!.end + 2)) || (k.startsWith('t') && /^[ \t]+\d/.test(text.slice(tokens[i + 1]!.end, tokens[i + 1]!.end + 3))))) mark(i + 1, i + 1);
    // "John Smith, 45 yo" / "SMITH JOHN, 92M": a name leading an age.
    // Also a name before "(DOB", "(MRN", "is a 67", "92 yo": the header conventions of notes.
    if (isNameShaped(t) && mayLeadNameBefore(text.charCodeAt(t.end)) && mayContinueNameBefore(text, t.end) && NAME_BEFORE.test(text.slice(t.end, t.end + 18))) {
      let j = i;
      while (j > 0 && i - j < 3 && /^(?:,?[ \t]|\.[ \t])$/.test(gap(j - 1)) && (strongPart(j - 1) || isInitial(j - 1))) j -= 1;
      // One word alone ("Kwabena is a 45M") only when it is no ordinary or medical word.
      const single = j === i && !feat(i).english && !feat(i).medical && !feat(i).blocked && t.text.length > 2;
      if (strongPart(i) && (j < i || single) && !feat(j).blocked) mark(j, i);
    }
    // "Sue (daughter)", "Tom Baker (son-in-law, HCP)": a name before its relation in brackets.
    if (isNameShaped(t) && text.charCodeAt(t.end + (text[t.end] === ' ' ? 1 : 0)) === 40 /* ( */) {
      const rel = /^\s?\(\s*(?:pt['’]s\s+|patient['’]s\s+|her\s+|his\s+)?([A-Za-z]+)/.exec(text.slice(t.end, t.end + 30));
      if (rel && STRONG_NAME_CUES.has(rel[1]!.toLowerCase()) && !FUNCTION_WORDS.has(rel[1]!.toLowerCase()) && strongPart(i) && !(feat(i).medical && feat(i).english && !feat(i).last)) {
        let j = i;
        while (j > 0 && i - j < 2 && /^[ \t]$/.test(gap(j - 1)) && strongPart(j - 1) && !feat(j - 1).english) j -= 1;
        mark(j, i);
      }
    }
    // 3. Credentials: "Jane Roe, MD", "J. ROE RN", "Smith, PA-C", "Roe, Jane M.D."
    // (Every dotted form starts with a token of one or two letters: "M", "Ph", "PA".)
    // (Each dotted form starts with M, D, P, R or N: other tokens skip the slice and the pattern.)
    const dotted = t.text.length <= 2 && mayStartDottedCredential(text.charCodeAt(t.start)) && /^(?:M\.D\.?|D\.O\.?|Ph\.D\.?|R\.N\.?|N\.P\.?|PA-C\b)/.test(text.slice(t.start, t.start + 6));
    if (t.shape !== 'lower' && (gates[i]! & G.credential || dotted) && i > 0 && (t.shape === 'upper' || dotted || /^(?:PhD|PharmD|PsyD|MBBS)$/.test(t.text))) {
      const g = gap(i - 1);
      const comma = /^ ?,\s?$/.test(g);
      const after = text.slice(t.end, t.end + 8);
      const zipAfter = /^,?\s*\d{5}\b/.test(after); // "Baltimore, MD 21201" is a place
      // "Receiving RN: Roe" labels the next name; "EMT-P", "EMT-B" are unmistakable credentials.
      const label = /^[ \t]*:/.test(after);
      const levelled = /^-(?:[PBIA]|CC|Paramedic)\b/.test(after);
      if (!zipAfter && !label && (comma || (/^ $/.test(g) && (dotted || levelled || !AMBIGUOUS_CREDENTIALS.has(k))))) {
        let j = i - 1;
        let count = 0;
        while (j >= 0 && count < 3 && (strongPart(j) || isInitial(j))) {
          count += 1;
          if (j > 0 && /^(?:\.?[ \t]|-|,[ \t]?)$/.test(gap(j - 1)) && (strongPart(j - 1) || isInitial(j - 1))) j -= 1;
          else break;
        }
        if (count > 0) mark(j, i - 1);
      }
    }
    // 4. LAST, FIRST [M.]: "SMITH, JOHN A", "Gonzalez, Maria"
    // (Pass 6: dictation writes a space before the comma, "HALVORSEN , TRYGVE K.".)
    const commaAfter = (text.charCodeAt(t.end) === 44 /* , */ || (text.charCodeAt(t.end) === 32 && text.charCodeAt(t.end + 1) === 44)) && i + 1 < n && /^ ?,\s?$/.test(gap(i));
    if (commaAfter && isNameShaped(t) && !feat(i).blocked && firstPart(i + 1) && (feat(i).last || (!feat(i).english && !feat(i).medical)) && (t.shape === 'upper') === (tokens[i + 1]!.shape === 'upper')) {
      mark(i, i + 1);
      // (Pass 6: hyphenated surnames and given names, "BRANDT-OYELARAN , MARIE-CLAIRE R.")
      if (i > 0 && gap(i - 1) === '-' && tokens[i - 1]!.shape === t.shape && !feat(i - 1).blocked) mark(i - 1, i - 1);
      const given = i + 2 < n && gap(i + 1) === '-' && tokens[i + 2]!.shape === tokens[i + 1]!.shape && !feat(i + 2).blocked ? i + 2 : i + 1;
      if (given > i + 1) mark(given, given);
      // (Pass 14: not a grid of one-letter columns after it, "Roe, Ann    Y    N    Y".)
      if (given + 1 < n && isInitial(given + 1) && spaceOnly(given) && !(given + 2 < n && tokens[given + 2]!.text.length === 1 && /^[ \t]+$/.test(gap(given + 1)))) mark(given + 1, given + 1);
    }
    // "Calloway, R." / "SMITH, J": a census surname and an initial.
    if (commaAfter && isNameShaped(t) && feat(i).last && !feat(i).blocked && (!feat(i).english || feat(i).english > 10 || (d.lastNames.get(k) ?? Infinity) < 300) && t.text.length >= 3 && /^\p{Lu}\.(?!\s*\p{Lu}[\p{Ll}])/u.test(text.slice(tokens[i + 1]!.start, tokens[i + 1]!.start + 5)) && tokens[i + 1]!.text.length === 1) mark(i, i + 1);
    // "J. Smith": an initial makes a census surname a name, even one that is also an eponym.
    // Not "N/V/D. Wells" or "92 y/o F. Prior": the initial stands alone after a space, and the
    // surname is not one of the commonest English words.
    if (i + 1 < n && isInitial(i)) {
      // (Pass 17: an age only when a space alone stands between, "92 F. Prior", not "room 6 (D. Haas)".)
      const initialAlone = (i === 0 || /[\s(]/.test(text[t.start - 1]!)) && !(i > 0 && /^[ \t]+$/.test(gap(i - 1)) && /^(?:\d+|o|yo|yrs?|old|male|female)$/i.test(tokens[i - 1]!.text));
      // (Pass 17: or a word that no list knows at all, "T. OYELARAN FF/PM", "A. Markopoulou, Chaplain",
      // where a list or a line puts a person: not after a word that takes a letter, "Cat I. Toco",
      // "grade B. Perio", "vitamin K. Apixaban", and with a blank after the dot, not "MD, D.ABSM".)
      const f1 = feat(i + 1);
      const unknown = !f1.first && !f1.last && !f1.english && !f1.medical && !f1.eponym && tokens[i + 1]!.text.length >= 4 && !d.cities.has(tokens[i + 1]!.key) &&
        gap(i) === '. ' && /(?:^|\n|[,:;(/-])[ \t]*$/.test(text.slice(Math.max(0, t.start - 4), t.start));
      if (initialAlone && /^\.[ \t]?$/.test(gap(i)) && isNameShaped(tokens[i + 1]!) && (f1.last || unknown) && !(f1.english && f1.english <= 10) && !f1.blocked && tokens[i + 1]!.text.length >= 3) mark(i, i + 1);
    }
    // 5. FIRST [M.] LAST: "John A. Smith", "MARIA GONZALEZ", "Mary Ann Foley"
    // (Pass 14: not across a column gap, "KARTHIK      RX4419026".)
    if (firstPart(i) && i + 1 < n && spaceOnly(i) && !/[ \t]{3}/.test(gap(i))) {
      let j = i + 1;
      if (isInitial(j) && j + 1 < n) j += 1;
      if (firstPart(j) && j + 1 < n && spaceOnly(j) && surnamePart(j + 1)) j += 1;
      const commonFirst = feat(i).english > 0 && feat(i).english <= 20;
      // (Pass 7: a double surname vouches for a common-word first name, "Grace Okoro-Lind".)
      const doubleSurname = j + 1 < n && gap(j) === '-' && tokens[j + 1]!.shape === tokens[j]!.shape && surnamePart(j + 1) && !feat(j + 1).eponym;
      if (spaceOnlyOrInitial(text, tokens, j) && surnamePart(j) && (!commonFirst || feat(j).last || doubleSurname) && !(k in MONTHS && !feat(j).last)) {
        mark(i, j);
        if (j + 1 < n && /^-$/.test(gap(j)) && surnamePart(j + 1)) mark(j + 1, j + 1);
      }
    }
    // 6. A lone dictionary name: "Called Oyelaran", "Rodriguez reports"
    if (dictPart(i)) isName[i] = 1;
  }

  markPreferredNames(text, tokens, isName);

  markSignOffs(text, tokens, isName, (i) => strongPart(i), feat);
  markNameExtras(text, tokens, isName, (i) => strongPart(i), feat, gates.map((g) => g >> EXTRAS_SHIFT));
  markLowerCaseNames(text, tokens, isName, (i) => strongPart(i), feat, (w) => d.englishWords.has(w) || d.medicalTerms.has(w));
  markMessageNames(text, tokens, isName, feat);
  // (Again, for the nicknames of names the rules above found: 'guadalupe ornelas ("lupe")', 'Baby Boy X ("Magnus")'.)
  markPreferredNames(text, tokens, isName);
  // (Pass 14) A surname of two words after a given name, the first a number, colour, animal or verb
  // ("Clement Two Feathers", "LEROY TWO BULLS", "Darla Runs Above"), when the name then closes its
  // column, its clause or its line.
  for (let i = 0; i + 2 < n; i++) {
    if (!isName[i] || isName[i + 2] || !feat(i).first || !COMPOUND_SURNAME_FIRST.has(tokens[i + 1]!.key) || gap(i) !== ' ' || gap(i + 1) !== ' ') continue;
    const a = tokens[i + 1]!;
    const b = tokens[i + 2]!;
    // (The second word may be any word but a clinical one: "Runs Above", "Two Hawks".)
    if (a.shape !== tokens[i]!.shape || b.shape !== a.shape || b.text.length < 3 || NOT_NAMES.has(b.key) || CLINICAL_ABBREVIATIONS.has(b.key)) continue;
    if (!/^(?:[ \t]{2,}|[ \t]*[,;(]|[ \t]*\r?\n|$|[ \t]+(?:MRN|DOB|mrn|dob|\d))/.test(text.slice(b.end, b.end + 6))) continue;
    isName[i + 1] = 1;
    isName[i + 2] = 1;
  }

  // 6b. A name as the subject of a sentence, with no title or cue: "Tobiah ate 50%", "Oriel
  // Castellanos slept". Only before verbs said of people, and only for words no dictionary calls
  // ordinary, medical or clinical; an English word needs a census name too ("Hunter reports").
  const sentenceStart = (i: number) => i === 0 || /[.!?:;]\s*$|\n\s*$/.test(text.slice(Math.max(0, tokens[i]!.start - 4), tokens[i]!.start));
  const subjectPart = (i: number) => {
    const t = tokens[i]!;
    if (!isNameShaped(t) || t.shape === 'upper') return false;
    const f = feat(i);
    if (f.blocked || f.eponym || t.text.length < 3) return false;
    if (f.medical && !(f.first && !f.english)) return false;
    return !f.english || ((f.first || f.last) && f.english >= 35);
  };
  for (let i = 0; i + 1 < n; i++) {
    if (tokens[i]!.shape !== 'cap' || isName[i] || (!(gates[i + 1]! & G.personVerb) && !(i + 2 < n && gates[i + 2]! & G.personVerb))) continue;
    if (!sentenceStart(i) || !subjectPart(i)) continue;
    let j = i;
    if (j + 2 < n && spaceOnly(j) && !gap(j).includes('\n') && (subjectPart(j + 1) || isName[j + 1])) j += 1;
    if (!/^[ \t]+$/.test(gap(j)) || !(gates[j + 1]! & G.personVerb)) continue;
    mark(i, j);
  }
  // A first word before a found surname at a sentence start: "Oriel Castellanos slept".
  for (let i = 0; i + 1 < n; i++) if (!isName[i] && isName[i + 1] && tokens[i]!.shape === 'cap' && sentenceStart(i) && /^[ \t]$/.test(gap(i)) && subjectPart(i) && (feat(i).first || !feat(i).english)) isName[i] = 1;

  // 6c. The other half of a hyphenated surname when one half was found: "Okoro-Lind", "Lind-Okoro"
  // (pass 7). Same shape on both sides; no eponym or clinical word ("Wolff-Parkinson", "Non-").
  const hyphenHalf = (i: number, other: number) => !isName[i] && tokens[i]!.shape === tokens[other]!.shape && surnamePart(i) && !feat(i).eponym && !feat(i).medical && !feat(other).eponym && tokens[i]!.text.length >= 2;
  for (let i = 0; i + 1 < n; i++) {
    if (gap(i) !== '-' || isName[i] === isName[i + 1]) continue;
    // (Pass 20: the second half may be a common surname that is also a common word, "Sandoval-Price".)
    if (isName[i] && (hyphenHalf(i + 1, i) || (tokens[i + 1]!.shape === 'cap' && tokens[i]!.shape === 'cap' && (d.lastNames.get(tokens[i + 1]!.key) ?? Infinity) < 1000 && !feat(i + 1).blocked && !feat(i + 1).eponym))) isName[i + 1] = 1;
    else if (isName[i + 1] && hyphenHalf(i, i + 1)) isName[i] = 1;
  }

  // 7. Propagate: every other mention of a found name in this note.
  const found = new Set<string>();
  const exactFound = new Set<string>();
  for (let i = 0; i < n; i++) if (isName[i]) exactFound.add(tokens[i]!.text);
  for (let i = 0; i < n; i++) if (isName[i] && tokens[i]!.text.length > 1 && !(feat(i).english && feat(i).english <= 10) && !(gates[i]! & (G.title | G.nameCue)) && !NAME_PARTICLES.has(tokens[i]!.key) && !(tokens[i]!.shape === 'upper' && CREDENTIALS.has(tokens[i]!.key))) found.add(tokens[i]!.key);
  if (found.size) {
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      if (isName[i] || !found.has(t.key)) continue;
      // (Pass 17) In lower case only a census name that no other word list knows: "f/u bcx on abramov".
      if (!isNameShaped(t) && !(t.shape === 'lower' && t.text.length >= 4 && lowerNameWord(feat(i)) && !/[@./_]/.test(text[t.start - 1] ?? ' ') && !/^(?:@|\.\w)/.test(text.slice(t.end, t.end + 2)))) continue;
      // Short words (initials, "Ana") spread only in the same case; words spread in any case.
      if (t.text.length <= 3 && !exactFound.has(t.text)) continue;
      if (feat(i).eponym && !exactFound.has(t.text)) continue;
      isName[i] = 1;
    }
  }

  unmarkPlacesAndLabels(text, tokens, isName, feat);
  // (Pass 15) A capital initial after a found surname, closing its column or line: "| Nwachukwu, E |",
  // "HALLORAN K" at a line's end.
  for (let i = 0; i + 1 < n; i++) {
    if (!isName[i] || isName[i + 1] || tokens[i + 1]!.text.length !== 1 || !/^\p{Lu}$/u.test(tokens[i + 1]!.text) || !/^,?[ \t]$/.test(gap(i))) continue;
    const after = text.slice(tokens[i + 1]!.end, tokens[i + 1]!.end + 4);
    // (Pass 17: or before an age, a slash or a field in capitals, "Kody L. 19M", "Nez W / 2", "Thunder, J. MRN".)
    if (/^[ \t]*(?:\||\r?\n|$)|^[ \t]{2}|^\.?[ \t](?:\d|\/)|^\.(?:[ \t][A-Z]{2}|[ \t]*[,;)]|[ \t]*$)/.test(after)) isName[i + 1] = 1;
  }

  return frameNames(text, tokens, isName, (i) => (gates[i]! & (G.title | G.nameCue)) !== 0 && !feat(i).first);
}

const LOWER_TITLES: ReadonlySet<string> = new Set(['dr', 'mr', 'mrs']);
const NEWBORN_CUES: ReadonlySet<string> = new Set(['baby', 'infant', 'newborn']);
const CREDENTIAL_LABELS: ReadonlySet<string> = new Set(['md', 'do', 'np', 'pa', 'rn', 'pcp', 'dds', 'cnm', 'crna', 'lpn']);

/** A census name that no other word list knows, so that it may stand for a name in lower case too. */
function lowerNameWord(f: Features): boolean {
  return (f.last || f.first) && !f.english && !f.medical && !f.blocked && !f.eponym;
}

function spaceOnlyOrInitial(text: string, tokens: readonly Token[], j: number): boolean {
  if (j <= 0) return false;
  const g = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
  return /^\.?[ \t]*\r?\n?[ \t]*$/.test(g) && g.length > 0;
}
