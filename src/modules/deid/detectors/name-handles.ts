// (Pass 17) Who speaks in a chat log or signs a flow sheet's rows, by the shape of the lines:
//   1. The speaker after a line's time stamp, before a colon: "0744 marisela (RN): heads up",
//      "[22:41] okonkwo_c (tele-ED MD): new pt", "07:05 mdelgado: thx". A word that names (a census
//      name that is no common word, a user name with "_" or ".", a long word no list knows) is enough;
//      any other needs a role in brackets or a second line of its own (a long unknown word too). Every other mention of the
//      speaker in the note is then a name too ("... pk pls do SCOFF").
//   2. The same initials in capitals closing two or more rows that start with a date or a time:
//      "01/04/22  0900   92%   91   same        KB".
import { CLINICAL_ABBREVIATIONS, CREDENTIALS, FUNCTION_WORDS, NOT_NAMES, TITLES } from '../lexicon';
import { allMatches, PRIORITY, type Candidate, type DetectInput } from './detector';
import { initialsOk } from './name-aliases';

const STAMP = `(?:\\[?\\d{1,2}:\\d{2}(?::\\d{2})?\\]?|\\d{4}|\\d{1,2}\\/\\d{1,2}(?:\\/\\d{2,4})?[ \\t]+\\d{1,2}:?\\d{2})`;
const SPEAKER = new RegExp(`(?<=^|\\n)[ \\t]*${STAMP}[ \\t]+(?:-[ \\t]+)?([A-Za-z][A-Za-z_.'-]{1,19})(?:[ \\t]*\\(([^()\\n]{1,24})\\))?[ \\t]*:`, 'g');
const ROW_INITIALS = /(?<=^|\n)[ \t]*(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\d{1,2}:\d{2}|\d{4})\b[^\n]*?[ \t]{2,}([A-Z]{2,3})[ \t]*(?=\r?\n|$)/g;

/**
 * Finds chat speakers after time stamps and initials that close flow-sheet rows.
 *
 * @example
 *   detectNameHandles({ text: '0744 marisela (RN): heads up\n0746 pk (SW): ok', ... }) // NAME over "marisela", "pk"
 */
export function detectNameHandles({ text, dictionaries: d }: DetectInput): Candidate[] {
  const out: Candidate[] = [];
  if (/\d[ \t\]]+[A-Za-z][A-Za-z_.'-]{1,19}[ \t]*(?:\([^()\n]{1,24}\))?[ \t]*:/.test(text)) {
    const lines = new Map<string, number>();
    const withRole = new Set<string>();
    for (const m of allMatches(SPEAKER, text)) {
      lines.set(m[1]!, (lines.get(m[1]!) ?? 0) + 1);
      if (m[2] !== undefined) withRole.add(m[1]!);
    }
    for (const [handle, count] of lines) {
      const key = handle.toLowerCase();
      if (NOT_NAMES.has(key) || CLINICAL_ABBREVIATIONS.has(key) || CREDENTIALS.has(key) || FUNCTION_WORDS.has(key) || TITLES.has(key) || d.medicalTerms.has(key)) continue;
      const english = d.englishWords.get(key);
      const census = (d.firstNames.has(key) || d.lastNames.has(key)) && (english === undefined || english > 35);
      const evidence = withRole.has(handle) || count >= 2;
      const userName = /[_.]/.test(handle) || (evidence && handle.length >= 6 && /^[a-z]+$/.test(handle) && english === undefined && !d.cities.has(key));
      // (Capitals alone before a colon are a label, "CHA: Nora Hootch", unless a role follows in brackets.)
      if (/^[A-Z]{2,3}$/.test(handle) && !withRole.has(handle)) continue;
      const initials = handle.length <= 3 && initialsOk(d, handle);
      if (!(census || userName || (evidence && (initials || english === undefined || english > 50)))) continue;
      for (let at = text.indexOf(handle); at >= 0; at = text.indexOf(handle, at + 1)) {
        const end = at + handle.length;
        if (!/[\p{L}\p{N}_@.]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\p{N}_@]/u.test(text[end] ?? ' ')) out.push({ start: at, end, type: 'NAME', priority: PRIORITY.labeled });
      }
    }
  }
  if (/[ \t]{2}[A-Z]{2,3}[ \t]*(?:\n|$)/.test(text)) {
    const rows = new Map<string, number[]>();
    for (const m of allMatches(ROW_INITIALS, text)) {
      const at = m.index! + m[0].lastIndexOf(m[1]!);
      rows.set(m[1]!, [...(rows.get(m[1]!) ?? []), at]);
    }
    for (const [initials, starts] of rows) {
      if (starts.length < 2 || !initialsOk(d, initials) || TITLES.has(initials.toLowerCase())) continue;
      for (const at of starts) out.push({ start: at, end: at + initials.length, type: 'NAME', priority: PRIORITY.labeled });
    }
  }
  return out;
}
