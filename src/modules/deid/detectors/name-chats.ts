// (Pass 20) The speakers of a chat, a secure-message thread or a timed log: the name or initials
// between an entry's time and its colon, "[0212] jess k (ED RN): hey is bed 14 ready", "0812 mv:
// morning", "[08:05] Dr V-L: no hcg", "[2/8/24 7:15 PM] Tyrone: my car". A role or title before
// the speaker and a role or credential after it stay outside ("rn jo:", "kayla r RN:"). The words
// must be names the census knows, words no list knows, or initials that speak twice; the words of
// the log itself are refused ("0830 Vitals:", "[23:41] texter:", "1400 Family meeting:").
import type { DeidDictionaries } from '../dictionaries';
import { listsAllowName, neverAName } from '../lexicon';
import { allMatches, PRIORITY, type Candidate, type DetectInput } from './detector';

const ENTRY_TIME = '(?:\\[[^\\]\\n]{3,25}\\]|\\d{1,2}:\\d{2}(?:[ \\t]?[AaPp][Mm])?|[012]\\d[0-5]\\d)';
const ROLE_BEFORE = '(?:(?:Dr|dr|DR|rn|RN|np|NP|md|MD|pa|PA)\\.?[ \\t]+)?';
const SPEAKER = "[\\p{L}][\\p{L}'’.-]*(?:[ \\t][\\p{L}][\\p{L}'’.-]*)?";
const ROLE_AFTER = '(?:[ \\t]+\\([^)\\n]{1,25}\\)|[ \\t]+(?:RN|LPN|MD|NP|PA|CNA|RT|SW|CM|rn|md|np|lpn))?';
const CHAT_ENTRY = new RegExp(`(?:^|\\n)[ \\t]*${ENTRY_TIME}[ \\t]+${ROLE_BEFORE}(${SPEAKER})${ROLE_AFTER}[ \\t]*:(?!\\d)`, 'gdu');
// (Pass 27) The speaker before the entry's time, as some chat exports write it: "nkosi 06:12: morning",
// "yael 06:15: febrile?" (one word; it must speak twice).
const SPEAKER_FIRST_ENTRY = /(?:^|\n)[ \t]*(\p{L}[\p{L}'’-]*)[ \t]+\d{1,2}:\d{2}(?:[ \t]?[AaPp][Mm])?[ \t]*:(?!\d)/gdu;
// Words that speak in such logs and are no one's name.
const SPEAKER_ROLES: ReadonlySet<string> = new Set(['texter', 'spec', 'specialist', 'caller', 'pt', 'patient', 'client', 'member', 'user', 'agent', 'system', 'bot', 'auto', 'staff', 'team', 'admin', 'provider', 'nurse', 'charge', 'me', 'you', 'cm', 'sw', 'rn', 'md', 'np', 'pa', 'lpn', 'rt', 'note', 'update', 'plan', 'mom', 'dad', 'family', 'operator', 'dispatch', 'dispatcher', 'counselor', 'peer', 'coach', 'tech', 'pharmacy', 'lab', 'triage', 'desk', 'front', 'scheduler', 'ed', 'icu', 'micu', 'er', 'or', 'pacu', 'floor', 'unit', 'on', 'call', 'callback', 'cb', 'sup', 'supervisor', 'billing', 'q', 'teach', 'back', 'reply', 're', 'fyi', 'msg']);

function speakerWord(word: string, d: DeidDictionaries): boolean {
  // (Each part of a hyphenated word: not "Teach-back".)
  if (word.includes('-')) return word.split('-').every((w) => w === '' || speakerWord(w, d));
  const key = word.toLowerCase().replace(/\.$/, '');
  // (A village or town speaks for its clinic, "0930 Tununak:": a place, not a name.)
  if (d.cities.has(key) && !d.firstNames.has(key)) return false;
  if (SPEAKER_ROLES.has(key) || neverAName(key)) return false;
  return key.length <= 3 || listsAllowName(key, d);
}

/**
 * Finds the speakers of chats and timed logs.
 *
 * @example
 *   chatSpeakers({ text: '[0212] jess k (ED RN): hey\n[0214] tomasz: not yet', ... }) // NAME over "jess k", "tomasz"
 */
export function chatSpeakers({ text, dictionaries: d }: DetectInput): Candidate[] {
  const out: Candidate[] = [];
  if (/:(?<=\p{L}[ \t]+\d{1,2}:)\d{2}(?:[ \t]?[AaPp][Mm])?[ \t]*:/u.test(text)) {
    const first = allMatches(SPEAKER_FIRST_ENTRY, text).filter((m) => speakerWord(m[1]!, d));
    const count = new Map<string, number>();
    for (const m of first) count.set(m[1]!, (count.get(m[1]!) ?? 0) + 1);
    for (const m of first) if (count.get(m[1]!)! >= 2) out.push({ start: m.indices![1]![0], end: m.indices![1]![1], type: 'NAME', priority: PRIORITY.name });
  }
  if (!/(?:\]|\d)[ \t]+[^\n:]{1,40}:/.test(text)) return out;
  // (Pass 22: a surname's initial after a given name is one, though a lone letter is a clinical
  // abbreviation on its own list: "0715 Marisa K: no", "[0212] jess k (ED RN):".)
  const entries = allMatches(CHAT_ENTRY, text).filter((m) => m[1]!.split(/[ \t]/).every((w, i) => (i > 0 && /^\p{L}\.?$/u.test(w)) || speakerWord(w, d)));
  const times = new Map<string, number>();
  for (const m of entries) times.set(m[1]!, (times.get(m[1]!) ?? 0) + 1);
  for (const m of entries) {
    const speaker = m[1]!;
    // (Initials, and a word of three letters or fewer, only when they speak again: "mv", "jo".)
    const short = speaker.replace(/[^\p{L}]/gu, '').length <= 3;
    if (short && times.get(speaker)! < 2) continue;
    out.push({ start: m.indices![1]![0], end: m.indices![1]![1], type: 'NAME', priority: PRIORITY.name });
  }
  return out;
}
