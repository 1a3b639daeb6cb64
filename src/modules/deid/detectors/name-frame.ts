// The frame of the names found (pass 16, out of names.ts): titles, cue words and credentials around
// a name are no part of it, and the name tokens left become spans, one per run of tokens joined by
// blanks, commas, dots or hyphens.
import { CREDENTIALS, TITLES } from '../lexicon';
import type { Token } from '../text-tokens';
import { PRIORITY, type Candidate } from './detector';

// Cues of initials: a title or a cue word after them is a name ("by tech MS.").
export const INITIALS_CUES: ReadonlySet<string> = new Set(['tech', 'technician', 'phlebotomist', 'initials', 'scribe', 'by', 'transcribed', 'transcriptionist', 'typed', 'opr', 'operator']);

/** Where a name ends: before a possessive "'s". */
function nameEnd(text: string, t: Token): number {
  return /['’][sS]$/.test(t.text) ? t.end - 2 : t.end;
}

/**
 * The NAME spans of the tokens marked in `isName`, after unmarking titles and cue words (`framing`
 * says which tokens are such words and no given name) and the credentials after a name.
 *
 * @example
 *   frameNames('Dr. Ann Roe, MD', tokens, isName, framing) // one NAME over "Ann Roe"
 */
export function frameNames(text: string, tokens: readonly Token[], isName: Uint8Array, framing: (i: number) => boolean): Candidate[] {
  const n = tokens.length;
  const gap = (i: number) => (i >= 0 && i + 1 < n ? text.slice(tokens[i]!.end, tokens[i + 1]!.start) : '');
  // Titles and cue words frame a name; they are never part of it ("DR. ROE", "SON, FELIPE").
  for (let i = 0; i < n; i++) {
    if (!isName[i] || !framing(i)) continue;
    const prev = i > 0 ? tokens[i - 1]!.key : '';
    if (TITLES.has(prev) || INITIALS_CUES.has(prev)) continue; // "Dr. Cousin", "by tech MS."
    isName[i] = 0;
  }
  // A credential after a name is not part of it ("Roe, PA-C", "Roe, M.D.").
  // (Pass 5: so is a chain of them, "Roe, MSN, APRN, FNP-BC, CDCES", "Roe, OTR/L, CHT".)
  let credentialTail = false;
  for (let i = 1; i < n; i++) {
    if (!isName[i - 1] && !credentialTail) continue;
    const t = tokens[i]!;
    const credential = t.shape !== 'lower' && ((CREDENTIALS.has(t.key) && (t.shape === 'upper' || /^(?:PhD|PharmD|PsyD|DrPH|EdD)$/.test(t.text))) || /^(?:M\.D|D\.O|PA-C|Ph\.D)/.test(text.slice(t.start, t.start + 4)));
    if (credential && /^ ?,?\s$/.test(gap(i - 1))) {
      if (isName[i] && isName[i - 1]) {
        isName[i] = 0;
        if (i + 1 < n && tokens[i + 1]!.text.length === 1) isName[i + 1] = 0;
      } else isName[i] = 0;
      credentialTail = true;
    } else if (credentialTail && (credential ? /^,?\s$|^[-/]$/.test(gap(i - 1)) : /^[-/]$/.test(gap(i - 1)) && t.shape !== 'lower' && t.text.length <= 2)) {
      isName[i] = 0;
    } else credentialTail = false;
  }
  // Contiguous name tokens (separated by spaces, commas, dots or hyphens) become one span.
  const out: Candidate[] = [];
  for (let i = 0; i < n; i++) {
    if (!isName[i]) continue;
    let j = i;
    while (j + 1 < n && isName[j + 1] && /^(?:[ \t]*,?\.?[ \t]*\r?\n?[ \t]*|-|\.)$/.test(gap(j)) && gap(j).length <= 3) j += 1;
    out.push({ start: tokens[i]!.start, end: nameEnd(text, tokens[j]!), type: 'NAME', priority: PRIORITY.name });
    i = j;
  }
  return out;
}
