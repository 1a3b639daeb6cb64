// (Pass 15) Names in shapes of their own, found apart from the name detector's rules:
//   1. Aliases given to unidentified patients: "Trauma Zulu 14", "TRAUMA ECHO 9", "Jane Doe Tango 7".
//   2. The surname after "Baby Boy" / "Baby Girl": "Baby Boy Many Horses", "baby girl ahmadi (twin b)".
//   3. A name after a military rank: "SGT Aune, Kristoffer K.", "LT Grace-Ann Pellegrino", "1SG Haskins",
//      "CH (CPT) Oduya".
//   4. Initials after the role that signs with them: "RPh DK", "rph dk", "Asst: mb", "Nurse: dsb",
//      "QA lmh", "cosign jm", "validator D.M.", "clerk bz", "Witness: tg", "Gross: AHW".
//   5. Typist initials closing a line after a comma or a slash: "23:40, VO/lf", "/RM/tlw", "kp/rn".
import { CLINICAL_ABBREVIATIONS, CREDENTIALS, FUNCTION_WORDS, NOT_NAMES } from '../lexicon';
import type { DeidDictionaries } from '../dictionaries';
import { PRIORITY, allMatches, matchesAt, type Candidate, type DetectInput } from './detector';
import { tokenize, type Token } from '../text-tokens';

const NATO = ['Alpha', 'Alfa', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliet', 'Juliett', 'Kilo', 'Lima', 'Mike', 'November', 'Oscar', 'Papa', 'Quebec', 'Romeo', 'Sierra', 'Tango', 'Uniform', 'Victor', 'Whiskey', 'Xray', 'X-ray', 'Yankee', 'Zulu'];
const inAnyCase = (words: readonly string[]) => words.flatMap((w) => [w, w.toUpperCase(), w.toLowerCase()]).join('|');
const ALIAS = new RegExp(`\\b(?:Trauma|TRAUMA|trauma|(?:Jane|John|JANE|JOHN|jane|john)[ \\t]+(?:Doe|DOE|doe))[ \\t]+(?:${inAnyCase(NATO)})[ \\t]+\\d{1,3}\\b`, 'g');

const BABY = /\b(?:Baby|BABY|baby)[ \t]+(?:Boy|Girl|BOY|GIRL|boy|girl)(?:[ \t]+(?:[AB]|\([AB]\)))?[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2}|\p{Ll}[\p{L}'’-]+)/gu;

// Ranks whose abbreviation is no clinical word; CPT, MAJ and COL also name a code, "major" and a
// colony, so a common English word after them is no name ("CPT Code", "MAJ depressive").
const RANKS = ['PVT', 'PV2', 'PFC', 'SPC', 'CPL', 'SGT', 'SSG', 'SFC', 'MSG', '1SG', 'SGM', 'CSM', 'WO1', 'CW2', 'CW3', 'CW4', 'CW5', '2LT', '1LT', 'CPT', 'MAJ', 'COL', 'LTG',
  'ENS', 'LTJG', 'LT', 'LCDR', 'CDR', 'CAPT', 'CPO', 'SCPO', 'MCPO', 'PO1', 'PO2', 'PO3', 'HM1', 'HM2', 'HM3', 'HN', 'A1C', 'SrA', 'SSgt', 'TSgt', 'MSgt', 'SMSgt', 'CMSgt', 'LCpl', 'GySgt',
  '1stSgt', 'SgtMaj', 'Amn', 'Pvt', 'Pfc', 'Spc', 'Cpl', 'Lt', 'Maj', 'Col', 'Cmdr', 'Ens'];
// ("Sgt" and "Capt" are titles: the name detector reads the name after them.)
const NAME_WORD = `\\p{Lu}[\\p{L}'’-]+`;
const RANKED = new RegExp(`\\b(?:CH[ \\t]+\\((?:${RANKS.join('|')})\\)|(?:${RANKS.join('|')})\\.?)[ \\t]((?:\\p{Lu}\\.[ \\t]?)?${NAME_WORD}(?:,[ \\t]*${NAME_WORD}(?:[ \\t]+\\p{Lu}\\.?(?![\\p{L}]))?|(?:[ \\t]+(?:\\p{Lu}\\.[ \\t]+)?${NAME_WORD}){0,2}))`, 'uy');

// Roles that sign with their initials.
// (Pass 16: and the clerks, witnesses, pathology grossers and preparers of records: "clerk bz",
// "Witness: tg", "Gross: AHW", "Printed by bk for", "Prepared bmm / approved", "init sf".)
const INITIALS_ROLE = /\b(?:RPh|RPH|rph|R\.Ph\.|CPhT|cpht|[Aa]sst|ASST|[Nn]urse|NURSE|QA|qa|[Cc]o-?sign(?:ed)?(?:[ \t]+by)?|[Vv]alidator|[Pp]receptor|[Cc]lerk|CLERK|[Ww]itness|WITNESS|[Gg]ross|GROSS|[Ii]nit|INIT|[Ii]nitials|INITIALS|(?:[Pp]rinted|[Pp]rocessed|[Rr]eply|[Ss]igned)[ \t]+by|[Pp]repared|(?:Sign|SIGN)(?=[ \t]*:))(?:[ \t]*:)?[ \t]+([A-Z]{2,3}|[a-z]{2,3}|[A-Z]\.[A-Z]\.(?:[A-Z]\.)?|[a-z]\.[a-z]\.)(?=[ \t]*(?:$|\n|[.,;:)/]|[ \t]{2}|[ \t]+\d)|[ \t]+for[ \t])/y;
// The texts of the first tokens of the two patterns above: they are tried at those tokens only.
// (One map of both, by token text: 1 for a rank's first token, 2 for a role's.)
const FIRST_TOKENS = new Map<string, number>();
for (const text of ['CH', ...RANKS.map((r) => tokenize(r)[0]!.text)]) FIRST_TOKENS.set(text, 1);
for (const text of ['RPh', 'RPH', 'rph', 'R', 'CPhT', 'cpht', 'Asst', 'asst', 'ASST', 'Nurse', 'nurse', 'NURSE', 'QA', 'qa', 'Cosign', 'cosign', 'Cosigned', 'cosigned', 'Co', 'co', 'Validator', 'validator', 'Preceptor', 'preceptor',
  'Clerk', 'clerk', 'CLERK', 'Witness', 'witness', 'WITNESS', 'Gross', 'gross', 'GROSS', 'Init', 'init', 'INIT', 'Initials', 'initials', 'INITIALS',
  'Printed', 'printed', 'Processed', 'processed', 'Reply', 'reply', 'Signed', 'signed', 'Prepared', 'prepared', 'Sign', 'sign', 'SIGN']) {
  FIRST_TOKENS.set(text, (FIRST_TOKENS.get(text) ?? 0) | 2);
}
function startsAt(tokens: readonly Token[]): { ranked: number[]; role: number[] } {
  const ranked: number[] = [];
  const role: number[] = [];
  for (const t of tokens) {
    const bits = FIRST_TOKENS.get(t.text);
    if (bits === undefined) continue;
    if (bits & 1) ranked.push(t.start);
    if (bits & 2) role.push(t.start);
  }
  return { ranked, role };
}
// Typist initials closing a line: "VO/lf" after a comma, "/RM/tlw", "kp/rn" after a sentence.
const SLASH_INITIALS = /(?<=,[ \t]*|(?:^|\n)[ \t]*\/|[.;][ \t]+)([A-Z]{2,3}|[a-z]{2,3})\/([a-z]{2,3})(?:\/([a-z]{2,3}))?[ \t]*(?=\n|$)/g;

/**
 * Finds aliases, names after "Baby Boy/Girl" and military ranks, and initials after signing roles.
 *
 * @example
 *   detectNameAliases({ text: 'Patient: TRAUMA ZULU 14', ... }) // NAME over "TRAUMA ZULU 14"
 */
export function detectNameAliases({ text, tokens, dictionaries: d }: DetectInput): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number) => out.push({ start, end, type: 'NAME', priority: PRIORITY.labeled });
  if (/[Tt]rauma|TRAUMA|[Dd]oe|DOE/.test(text)) for (const m of allMatches(ALIAS, text)) push(m.index!, m.index! + m[0].length);
  if (/[Bb]aby|BABY/.test(text)) {
    for (const m of allMatches(BABY, text)) {
      const words = [...m[1]!.matchAll(/[\p{L}'’-]+/gu)];
      // Lower case, one word that is no ordinary word ("baby girl ahmadi", not "baby girl was").
      if (/^\p{Ll}/u.test(m[1]!) && !unknownWord(d, words[0]![0], 50)) continue;
      let kept = 0;
      while (kept < words.length && unknownWord(d, words[kept]![0], 10)) kept += 1;
      if (kept === 0) continue;
      const start = m.index! + m[0].length - m[1]!.length;
      push(start, start + words[kept - 1]!.index! + words[kept - 1]![0].length);
    }
  }
  const starts = startsAt(tokens);
  for (const m of matchesAt(RANKED, text, starts.ranked)) {
    const value = m[1]!;
    const first = /\p{Lu}[\p{L}'’-]+/u.exec(value)![0];
    const rank = m[0].slice(0, m[0].length - value.length).trim();
    // (Not a Roman numeral, "CPT II 2022F", nor a clinical word, "Physician".)
    if (/^[IVX]+$/.test(first) || (/^\p{Lu}{2,3}$/u.test(first) && !d.firstNames.has(first.toLowerCase()) && !d.lastNames.has(first.toLowerCase())) || (d.medicalTerms.has(first.toLowerCase()) && !d.lastNames.has(first.toLowerCase()) && !d.firstNames.has(first.toLowerCase())) || !unknownWord(d, first, /^(?:CPT|MAJ|COL)$/.test(rank) ? 50 : 35)) continue;
    // The name ends before a word that is no name part ("SSG Pruitt Notified", "Lt R. Alvarez FF/PM");
    // after a comma only a given name ("SGT Aune, Kristoffer K.", not "Sgt Roe, Pacific County SO").
    const comma = value.indexOf(',');
    const parts = [...value.matchAll(/\p{Lu}[\p{L}'’-]*\.?/gu)];
    const given = (w: string) => d.firstNames.has(w.toLowerCase()) || unknownWord(d, w, 50);
    let last = parts.length;
    const namePart = (w: string) => /^\p{Lu}\.?$/u.test(w) || (!/^\p{Lu}{2,3}$/u.test(w) && unknownWord(d, w, 10));
    while (last > 1 && !namePart(parts[last - 1]![0])) last -= 1;
    if (comma >= 0 && last > 1) {
      const afterComma = parts.findIndex((p) => p.index! > comma);
      if (afterComma > 0 && !given(parts[afterComma]![0])) last = afterComma;
    }
    const start = m.index! + m[0].length - value.length;
    push(start, start + parts[last - 1]!.index! + parts[last - 1]![0].length);
  }
  for (const m of matchesAt(INITIALS_ROLE, text, starts.role)) {
    if (!initialsOk(d, m[1]!)) continue;
    push(m.index! + m[0].length - m[1]!.length, m.index! + m[0].length);
  }
  // (What every match ends with, tested first: the pattern's look-behind is tried at every position.)
  if (/\/[a-z]{2,3}[ \t]*(?:\n|$)/.test(text)) {
    for (const m of allMatches(SLASH_INITIALS, text)) {
      const groups = [m[1]!, m[2]!, m[3]].filter((g): g is string => g !== undefined);
      let at = m.index!;
      for (const g of groups) {
        const from = text.indexOf(g, at);
        at = from + g.length;
        if (initialsOk(d, g)) push(from, at);
      }
    }
  }
  return out;
}

// Short words that stand where initials do and are no one's ("1/5/10 min", "10/30/23 noc", "by dtr/POA").
const NOT_INITIALS: ReadonlySet<string> = new Set(['min', 'hr', 'hrs', 'noc', 'wk', 'wks', 'mo', 'mos', 'yr', 'yrs', 'day', 'eve', 'dtr', 'chw', 'sig', 'est', 'tid', 'bid', 'qd', 'ea']);

/** Initials, not a word: no credential, clinical abbreviation, function word or common English word. */
export function initialsOk(d: DeidDictionaries, value: string): boolean {
  const key = value.toLowerCase().replace(/\./g, '');
  if (NOT_INITIALS.has(key) || CREDENTIALS.has(key) || CLINICAL_ABBREVIATIONS.has(key) || FUNCTION_WORDS.has(key) || NOT_NAMES.has(key)) return false;
  return value.includes('.') || (d.englishWords.get(key) ?? 99) > 50;
}

/** A word that may be a name: no clinical or function word, and no English word of `level` or commoner unless a census name. */
function unknownWord(d: DeidDictionaries, word: string, level: number): boolean {
  const key = word.toLowerCase().replace(/['’]s$/, '').replace(/\.$/, '');
  if (NOT_NAMES.has(key) || FUNCTION_WORDS.has(key) || CLINICAL_ABBREVIATIONS.has(key)) return false;
  if (d.firstNames.has(key) || d.lastNames.has(key)) return true;
  return (d.englishWords.get(key) ?? 99) > level;
}
