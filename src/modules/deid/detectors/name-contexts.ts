// (Pass 20) Names that the words around them make certain, where the other name rules have no cue:
//   1. a name in Chinese, Japanese or Korean script in brackets, "Chen Xiuying (陈秀英)", "(郑国良)";
//   2. a consultant's surname in brackets after the service, "anesthesia (Farooqui)", "CT surg
//      (Okonedo)", "Neuro (Haraldsen):", or after it inside them, "(ortho Lindqvist)";
//   3. the surnames listed after "Drs", "Attendees: Drs Szabó, Thorvaldsen, Mbatha-Lowe, Guerrero";
//   4. a user name made of an initial and a surname, in a log's or an export's field: "(rlindqvist,
//      workstation)", "user=hsolberg54", ",IBELLAMY,". The surname must be one the census knows and
//      no English word, the whole no word of any list.
import type { DeidDictionaries } from '../dictionaries';
import { CLINICAL_ABBREVIATIONS, NOT_NAMES } from '../lexicon';
import { allMatches, matchesAt, PRIORITY, rowStarts, type Candidate, type DetectInput } from './detector';

const CJK_IN_BRACKETS = /[(（]\s*([\p{Script=Han}\p{Script=Hangul}]{2,4})\s*[)）]/gu;
// Words in those scripts that name a language or a script, not a person.
const CJK_NOT_NAMES: ReadonlySet<string> = new Set(['中文', '汉语', '漢語', '普通话', '普通話', '粤语', '粵語', '国语', '國語', '广东话', '廣東話', '台语', '台語', '한국어', '한글', '日本語']);
// (In lower case, capitalised or in capitals; the pattern is case-sensitive, so that the surname's
// capital is one.)
const SERVICE_WORDS = ['anesthesia', 'anesthesiology', 'anaesthesia', 'surg', 'surgery', 'ortho', 'orthopedics', 'neuro', 'neurology', 'neurosurg', 'neurosurgery', 'cards', 'cardiology', 'renal', 'nephro',
  'plastics', 'psych', 'uro', 'urology', 'pulm', 'heme', 'onc', 'hospitalist', 'intensivist', 'trauma', 'vascular', 'derm', 'endo', 'rheum', 'palliative'];
const SERVICE = `(?:${SERVICE_WORDS.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]).join('|')}|CT[ \\t]+(?:surg|Surg|SURG)(?:ery)?|NSGY|GI|ID|IR|ENT|OB|PM&R|SLP)`;
const SURNAME = "\\p{Lu}\\p{Ll}[\\p{L}'’]*(?:-\\p{Lu}\\p{Ll}[\\p{L}'’]*)?";
// (Both read at each opening bracket: the service before it, "anesthesia (Farooqui)", or inside it,
// "(ortho Lindqvist)"; a scan of the whole note for the services' alternatives was the slow part.)
const SERVICE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${SERVICE})[ \\t]*$`, 'u');
const NAME_IN_BRACKETS = new RegExp(`\\((${SURNAME})\\)`, 'uy');
const SERVICE_THEN_NAME = new RegExp(`\\((?:${SERVICE})[ \\t,]+(${SURNAME})\\)`, 'uy');
const DRS_LIST = new RegExp(`\\bDrs\\.?[ \\t]+(${SURNAME}(?:[ \\t]*,[ \\t]*${SURNAME}){1,6})`, 'gu');
// (Sticky: tried after a comma, a bracket, a bar or an equals sign, and where lines start.)
const USER_NAME = /([a-z]{4,15}\d{0,3}|[A-Z]{4,15})(?=[ \t]*[,)|\n]|[ \t]+ip=|$)/y;

/** A surname the census knows that is no English, clinical or place word. */
function censusSurname(key: string, d: DeidDictionaries): boolean {
  return d.lastNames.has(key) && !d.englishWords.has(key) && !d.medicalTerms.has(key) && !NOT_NAMES.has(key) && !CLINICAL_ABBREVIATIONS.has(key);
}

/** A word in brackets after a service is its consultant's surname: no English, clinical or list word. */
function consultantSurname(word: string, d: DeidDictionaries): boolean {
  const key = word.toLowerCase();
  // (A town is where the consultant sits, "(hospitalist, Salmon)".)
  if (NOT_NAMES.has(key) || CLINICAL_ABBREVIATIONS.has(key) || d.cities.has(key)) return false;
  if (d.lastNames.has(key) && (d.englishWords.get(key) ?? 99) > 20) return true;
  return !d.englishWords.has(key) && !d.medicalTerms.has(key);
}

/**
 * Finds names that their context makes certain: in CJK script in brackets, after a service, in a
 * list after "Drs", and user names of an initial and a surname.
 *
 * @example
 *   nameContexts({ text: 'ETT by anesthesia (Farooqui) 0219', ... }) // NAME over "Farooqui"
 */
export function nameContexts({ text, dictionaries: d }: DetectInput): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number) => out.push({ start, end, type: 'NAME', priority: PRIORITY.name });
  if (/[\u3400-\u9fff\uac00-\ud7af]/.test(text)) {
    for (const m of allMatches(CJK_IN_BRACKETS, text)) if (!CJK_NOT_NAMES.has(m[1]!)) push(m.index! + m[0].indexOf(m[1]!), m.index! + m[0].indexOf(m[1]!) + m[1]!.length);
  }
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    NAME_IN_BRACKETS.lastIndex = at;
    let m = NAME_IN_BRACKETS.exec(text);
    if (!m || !SERVICE_BEFORE.test(text.slice(Math.max(0, at - 24), at))) {
      SERVICE_THEN_NAME.lastIndex = at;
      m = SERVICE_THEN_NAME.exec(text);
    }
    if (!m) continue;
    const name = m[1]!;
    if (!name.split('-').every((w) => consultantSurname(w, d))) continue;
    const nameAt = m.index + m[0].lastIndexOf(name);
    push(nameAt, nameAt + name.length);
  }
  if (text.includes('Drs')) {
    for (const m of allMatches(DRS_LIST, text)) {
      const listAt = m.index! + m[0].length - m[1]!.length;
      for (const w of m[1]!.matchAll(new RegExp(SURNAME, 'gu'))) if (w[0].split('-').every((p) => consultantSurname(p, d))) push(listAt + w.index!, listAt + w.index! + w[0].length);
    }
  }
  for (const m of matchesAt(USER_NAME, text, rowStarts(text, ',(|='))) {
    const key = m[1]!.toLowerCase().replace(/\d+$/, '');
    // (An initial and a surname of five letters or more, in either case: not "LSIL", "CPOE", "PSAS".)
    if (key.length < 6 || d.englishWords.has(key) || d.lastNames.has(key) || d.firstNames.has(key) || d.medicalTerms.has(key) || NOT_NAMES.has(key) || !censusSurname(key.slice(1), d)) continue;
    push(m.index!, m.index! + m[1]!.length);
  }
  return out;
}
