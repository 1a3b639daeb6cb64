// Names in lower-case nursing shorthand and after role abbreviations: "wife marguerite", "dr varga",
// "np halvorsen", a sign-off "j. whitcombe rn", "PA Oskar Lindahl", "attention Gudrun", and
// dictation initials "AK/RBT/lm". The capitalized rules of names.ts need a capital letter; here a
// cue (a relation word, a title or role) stands in for it, and the dictionaries decide: after a
// relation a lower-case word must be a census name or no English word at all, never clinical.
import { CLINICAL_ABBREVIATIONS, CREDENTIALS, NAME_PARTICLES, NOT_NAMES, TITLES, transpositions } from '../lexicon';
import { firstTokenFrom, wordGates, type Token } from '../text-tokens';
import type { NameFeatures } from './name-signoffs';
import { allMatches } from './detector';
import { markLowerCaseExtras, ROLE_STOP, SLASH_UNITS } from './name-lowercase-extras';

// Relations whose next lower-case word is a name ("wife lorraine"), not a verb ("son visiting").
const RELATIONS = new Set(['wife', 'husband', 'son', 'daughter', 'sister', 'brother', 'mother', 'father', 'mom', 'dad', 'spouse',
  'partner', 'niece', 'nephew', 'aunt', 'uncle', 'grandson', 'granddaughter', 'friend', 'neighbor', 'boyfriend', 'girlfriend', 'hcp', 'poa',
  // (pass 5) shorthand relations
  'dtr', 'sis', 'bro', 'stepson', 'stepdaughter', 'cousin', 'fiance', 'fiancee', 'roommate', 'caregiver', 'sil', 'dil',
  // (pass 10)
  'grandma', 'grandpa', 'grandmother', 'grandfather', 'granny', 'fob', 'mob', 'boss', 'stepmom', 'stepdad', 'guardian', 'godmother']);
// Titles and role abbreviations before a clinician's name ("dr varga", "np rasmussen", "CM Juniper").
const ROLES = new Set(['dr', 'np', 'pa', 'rn', 'lpn', 'cm', 'sw', 'msw', 'cna', 'arnp', 'aprn', 'crnp', 'attn', 'attention',
  // (pass 6) lower-case titles and officers: "mrs. vukovich", "rev. ostrowski", "probation officer d. hargreave"
  'mr', 'mrs', 'ms', 'rev', 'fr', 'pastor', 'officer', 'counselor', 'caseworker',
  // (lower-case pass) officers, clergy and "md" in lower case: "ofc hadley", "sgt. pruitt", "br. anselm", "md okonjo notified"
  'ofc', 'det', 'sgt', 'deputy', 'trooper', 'chaplain', 'br', 'imam', 'rabbi', 'md', 'aide', 'interpreter']);
// (Pass 15) Both sets in one map: one look-up a token (see `wordGates`).
const { gates: RELATION_OR_ROLE, bit: G } = wordGates({ relation: { words: RELATIONS, by: 'key' }, role: { words: ROLES, by: 'key' } });
// Roles and titles in lower case that can only stand before a person ("cm" is also centimetres, "pa"
// posteroanterior, "sw" south-west).
const PERSON_ROLES = new Set(['dr', 'np', 'md', 'rn', 'lpn', 'cna', 'mr', 'mrs', 'ms', 'rev', 'fr', 'pastor', 'officer', 'ofc', 'det', 'sgt', 'deputy', 'trooper', 'chaplain', 'interpreter', 'aide', 'counselor', 'caseworker']);
// Words after a role that are prose, not a name: "dr appt", "np visit", "rn assessment".
const AFTER_ROLE_STOP = new Set(['appt', 'appointment', 'office', 'visit', 'visits', 'note', 'notes', 'order', 'orders', 'referral', 'clearance', 'letter', 'said', 'says', 'wants', 'will', 'would', 'should', 'may', 'can', 'recs', 'rec', 'consult', 'today', 'tomorrow', 'tonight', 'team', 'service', 'student', 'resident', 'fellow', 'assessment', 'eval', 'evaluation', 'aware', 'contacted', 'informed', 'with', 'w', 'for', 'who', 'that', 'this', 'also', 'again', 'still', 'not', 'here', 'there', 'please', 'pls', 'cb', 'callback', 'message', 'msg', 'agrees', 'agreed', 'ok', 'okay', 'report', 'reports', 'states', 'stated', 'feels', 'thinks', 'asked', 'requests', 'requested', 'instructions', 'instruction', 'advice', 'advised', 'approval', 'approved', 'signature', 'signed', 'available', 'unavailable', 'on-call', 'call', 'calls', 'phone', 'voicemail', 'vm', 'pager', 'page', 'paged', 'prn', 'prescribed', 'gave', 'give', 'gives', 'came', 'saw', 'sees', 'see', 'visited', 'rounded', 'rounds', 'made', 'did', 'does', 'has', 'had', 'is', 'was', 'are', 'were', 'be', 'been']);
// Dictation initials: "AK/RBT/lm", "CH/SMA/kt" on a line of their own (the typist in lower case
// sets them apart from "CT/MRI", "PO/IV").
// Roles after which lower-case initials name the clinician in terse notes (pass 5): "rn kd hung",
// "np jl aware", "cm tw working on placement", "md pr paged".
// (Pass 14: and an answering service's operator, "opr mh", "operator tc".)
const INITIALS_ROLES = new Set(['rn', 'np', 'pa', 'lpn', 'cm', 'sw', 'md', 'cna', 'rt', 'msw', 'lcsw', 'aprn', 'crnp', 'pca', 'tech', 'opr', 'operator']);
// Typist or writer initials after a slash closing a line: "will cont to monitor /mk" (the slash
// after a blank, so "2 l/min" and "mg/dl" stay units).
const SLASH_INITIALS = /\/(?<=[ \t]\/)([a-z]{2,3})[ \t]*(?=\r?\n|$)/g;
// (Pass 13) What follows a name that opens a record line: two blanks and a date of birth, a record
// number or an age and sex, or a bracketed record number.
const RECORD_AFTER = /^(?:[ \t]{2,}(?:dob|mrn|DOB|MRN|\d{1,3}[ \t]?(?:y\/?o|yo|[mfMF])\b)|[ \t]*\((?:mrn|dob|MRN|DOB)\b)/;
// (Pass 13) What may stand before a lower-case "initial. surname": a label's colon or a role.
// (Pass 14: and the roles of adjusters, case managers, coaches, therapists, technicians, aides, officers.)
const ROLE_BEFORE = /(?::|\b(?:by|counselor|nurse|staff|team|cosign|rn|np|pa|md|dr|with|w\/|adjuster|ncm|cm|emt|coach|therapist|pharmacist|tech|aide|sw|officer|deputy|attending|fellow|resident|charge|manager|coordinator|navigator|supervisor))[ \t]+$/;
// (Pass 14) Credentials after a given name in lower case: "jess rn", "marco lpn".
const FIRST_NAME_CREDENTIALS: ReadonlySet<string> = new Set(['rn', 'lpn', 'np', 'cna', 'rrt', 'crna', 'cnm']);
// (Pass 14) Roles in lower case before a given name: "therapist kayla", "tech desiree".
// (Pass 19: and "nurse" and "interp", "the nurse keisha put", "nurse becky,", "interp ana #30221".)
const LOWER_ROLES_BEFORE_NAME: ReadonlySet<string> = new Set(['therapist', 'coach', 'adjuster', 'coordinator', 'navigator', 'pharmacist', 'teacher', 'tech', 'aide', 'clerk', 'scheduler', 'operator', 'interpreter', 'nurse', 'interp']);
// (Pass 14) Thanks and a lower-case given name closing the line; lower-case initials in brackets
// before a colon, or before a role and a date.
const THANKS_SIGNOFF = /\b(?:thx|thanks|thank you|ty|tks)[!,.]*[ \t]*\r?\n?[ \t]*-?[ \t]*([a-z]{3,})[ \t]*(?=\r?\n|$)/gi;
const BRACKET_INITIALS = /\((?!(?:lb|lbs|kg|in|cm|mm|ft|oz|ml|hr|min|bid|tid|qd)\))([a-z]{2,3})(?=\):|,[ \t]*(?:RN|rn|LPN|lpn|MA|CMA|RPh|PharmD|CPhT|[a-z]+[ \t]+tech|tech|scheduler|clerk),[ \t]*\d{1,2}\/\d{1,2})/g;
// (Pass 14) A label's colon or a line's opening dash before a lower-case name; an age, a bracketed
// relation, role or badge, a date of birth, a record number or a phone number after one.
const LABEL_BEFORE = /(?:[a-z0-9)]:|(?:^|\n)[ \t]*[-–—])[ \t]*$/;
const RECORD_OR_RELATION_AFTER = /^(?:,?[ \t]*\d{1,3}[ \t]?(?:y\/?o|yo|yrs?|y|[mf])\b|[ \t]+gr[ \t]?(?:\d{1,2}|k)\b|[ \t]*\((?:gr|grade)[ \t]?\d{1,2}\)|,?[ \t]*\((?:dad|mom|mother|father|wife|husband|son|daughter|dtr|sister|brother|aunt|uncle|grandma|grandpa|hcp|poa|badge|mrn|dob|pt|patient|rn|np|md|pa|parent|guardian)\b|,?[ \t]+(?:dob|mrn|d\.o\.b\.)\b|,?[ \t]+\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b)/;
// Bacteria and fungi written as "initial. species", never a person: "s. aureus", "e. coli".
const MICROBES: ReadonlySet<string> = new Set(['aureus', 'coli', 'pylori', 'diff', 'difficile', 'pneumoniae', 'aeruginosa', 'fragilis', 'epidermidis', 'faecalis',
  'faecium', 'cloacae', 'mirabilis', 'marcescens', 'influenzae', 'pyogenes', 'agalactiae', 'albicans', 'glabrata', 'vivax', 'falciparum', 'burgdorferi',
  'trachomatis', 'gonorrhoeae', 'pallidum', 'jirovecii', 'gondii', 'cereus', 'anthracis', 'tuberculosis', 'avium', 'kansasii', 'lugdunensis', 'capitis',
  'hominis', 'oxytoca', 'aerogenes', 'baumannii', 'maltophilia', 'cepacia', 'monocytogenes', 'jejuni', 'enterica', 'typhi', 'sonnei', 'vulgaris', 'acnes']);
// What may close a lower-case sign-off after its credential: "-c" of "pa-c", more credentials, a slash.
const SIGNOFF_TAIL = /^(?:-c\b)?(?:,?[ \t]*(?:rn|md|do|np|pa|lpn|ld|ldn|cde|bsn|msn|rdn|rd|ccrn|cen|pa-c|pharmd|rph|lcsw|msw|rt|rrt|cm)\b)*[ \t]*(?:\/|\r?\n|$)/;
const DICTATION_HINT = /\/[a-z]{2,3}[ \t]*(?:\r?\n|$)/;
const DICTATION = /^[ \t]*([A-Z]{2,4})\/([A-Z]{2,4})\/([a-z]{2,3})[ \t]*(?:\r?\n|$)/gm;

/**
 * Marks lower-case names after relation and role cues, names after role abbreviations in any case,
 * and dictation initials, in `isName`.
 *
 * @example
 *   markLowerCaseNames('wife marguerite at bedside', tokens, isName, feat) // marks "marguerite"
 */
export function markLowerCaseNames(text: string, tokens: readonly Token[], isName: Uint8Array, strongPart: (i: number) => boolean, feat: (i: number) => NameFeatures, isWord: (w: string) => boolean = () => false): void {
  const n = tokens.length;
  const gap = (i: number) => (i + 1 < n ? text.slice(tokens[i]!.end, tokens[i + 1]!.start) : '');
  // A lower-case name part: no clinical, calendar, function or common English word.
  const lowerPart = (i: number, loose: boolean) => {
    const t = tokens[i]!;
    if (t.shape !== 'lower' || t.text.length < 3 || NOT_NAMES.has(t.key) || ROLE_STOP.has(t.key)) return false;
    const f = feat(i);
    if (f.blocked || f.eponym || (f.medical && !f.first)) return false;
    if (f.first || f.last) return !f.english || f.english >= 35;
    return loose && !f.english;
  };
  // Initials: two or three lower-case letters that are no word, abbreviation or unit.
  const initials = (i: number) => {
    const t = tokens[i]!;
    if (t.shape !== 'lower' || t.text.length < 2 || t.text.length > 3 || NOT_NAMES.has(t.key) || CLINICAL_ABBREVIATIONS.has(t.key) || CREDENTIALS.has(t.key) || ROLE_STOP.has(t.key) || SLASH_UNITS.has(t.key)) return false;
    const f = feat(i);
    return !f.blocked && !f.medical && (!f.english || f.english >= 40) && !f.first;
  };
  // "pt: marchetti, lorenzo" is the "last, first" rule's below.
  const ptColonComma = (i: number) => i + 2 < n && /^,[ \t]?$/.test(gap(i + 1));
  // A later name part in lower case: a census name that is no common word, or a longer word no list
  // knows ("tsosie", "wisniewska"); never a verb form ("tolerated", "resting").
  const laterPart = (q: number) => {
    const w = tokens[q]!;
    if (w.shape !== 'lower' || w.text.length < 3 || NOT_NAMES.has(w.key) || ROLE_STOP.has(w.key) || CLINICAL_ABBREVIATIONS.has(w.key) || CREDENTIALS.has(w.key)) return false;
    const f = feat(q);
    if (f.blocked || f.eponym) return false;
    if (f.first || f.last) return !f.english || f.english >= 50 || (f.english >= 35 && !f.medical);
    return w.text.length >= 4 && !f.english && !f.medical && !/(?:ed|ing)$/.test(w.key) && !transpositions(w.key).some(isWord);
  };
  // A surname after a given name that is also a word: a census surname no common word shares
  // ("ellison", "whitfield"), a surname that is a word only before an age or a line end ("king 555-",
  // "rose-martinez"), or a word no list knows.
  const surnameAfter = (q: number) => {
    const w = tokens[q]!;
    if (w.shape !== 'lower' || w.text.length < 3 || NOT_NAMES.has(w.key) || ROLE_STOP.has(w.key) || CLINICAL_ABBREVIATIONS.has(w.key) || CREDENTIALS.has(w.key)) return false;
    const f = feat(q);
    if (f.blocked || f.eponym) return false;
    if (f.last && (!f.english || f.english >= 35)) return true;
    if (f.last && /^(?:-|[ \t]+\d|[ \t]*(?:[,;.(]|\r?\n|$)|[ \t]+(?:at|@|in|from|on|is|was|called|here|aware|to)\b)/.test(text.slice(w.end, w.end + 9))) return true;
    return laterPart(q);
  };
  // The last token of a lower-case name that starts at q: up to two more parts joined by a blank or
  // a hyphen, with one initial between ("kiara t. ramos", "al-rashidi"), or a given name after a comma.
  const restOfName = (q: number) => {
    let j = q;
    if (j + 1 < n && /^,[ \t]?$/.test(gap(j)) && laterPart(j + 1)) return j + 1;
    while (j + 1 < n && j - q < 2) {
      const g = gap(j);
      const nx = tokens[j + 1]!;
      if (g === '-' && nx.shape === 'lower' && nx.text.length >= 2) j += 1;
      else if (g === ' ' && nx.text.length === 1 && nx.shape === 'lower' && j + 2 < n && /^\.[ \t]$/.test(gap(j + 1)) && laterPart(j + 2)) j += 2;
      else if (g === ' ' && laterPart(j + 1)) j += 1;
      else if (g === ' ' && j + 2 < n && nx.shape === 'lower' && nx.text.length <= 3 && gap(j + 1) === '-' && laterPart(j + 2)) j += 2;
      else break;
    }
    // "pt wieslawa k. 97f": a trailing initial before a number, a comma or the line end.
    if (j + 1 < n && gap(j) === ' ' && tokens[j + 1]!.text.length === 1 && tokens[j + 1]!.shape === 'lower' && /^\.(?:[ \t]+\d|[ \t]*[,;]|[ \t]*(?:\r?\n|$))/.test(text.slice(tokens[j + 1]!.end, tokens[j + 1]!.end + 3))) j += 1;
    return j;
  };
  // (Pass 12) After a role or title in lower case ("dr lindqvist", "np rasmussen", "dr ng", "dr rosewood"),
  // a surname the medical list holds as an eponym, a rare English word or a short census surname is the
  // name; an ordinary word, a verb form or a clinical word is prose ("dr appt", "np aware", "rn assessed").
  const afterRole = (q: number) => {
    const w = tokens[q]!;
    if (w.shape !== 'lower' || NOT_NAMES.has(w.key) || ROLE_STOP.has(w.key) || AFTER_ROLE_STOP.has(w.key) || RELATIONS.has(w.key) || CLINICAL_ABBREVIATIONS.has(w.key) || CREDENTIALS.has(w.key) || SLASH_UNITS.has(w.key) || /(?:ed|ing|'s|’s)$/.test(w.text)) return false;
    const f = feat(q);
    if (f.blocked || (w.text.length < 3 && !f.last) || w.text.length < 2) return false;
    return !f.english || f.english >= 35 || (f.last && f.english >= 20);
  };
  for (let i = 0; i + 1 < n; i++) {
    const t = tokens[i]!;
    // "pt brandvold resting": a lone lower-case surname after "pt" in lower-case writing (pass 5);
    // a census surname, or a longer word that is neither English nor clinical.
    // ("patient" only as a label: "patient portal", "patient education" are prose.)
    if ((t.text === 'pt' || t.text === 'client' || t.text === 'patient') && ((gap(i) === ' ' && t.text !== 'patient') || (gap(i) === ': ' && !ptColonComma(i))) && tokens[i + 1]!.shape === 'lower') {
      const q = i + 1;
      const w = tokens[q]!;
      const f = w.text.length >= 4 && !NOT_NAMES.has(w.key) && !ROLE_STOP.has(w.key) && !CLINICAL_ABBREVIATIONS.has(w.key) ? feat(q) : undefined;
      if (f && !f.blocked && !f.eponym && !/^[ \t]*[-/'’]/.test(gap(q))
        && ((f.last || f.first) && !(f.medical && !f.last) ? !f.english || f.english >= 35 : w.text.length >= 6 && !f.english && !f.medical && !/(?:ed|ing)$/.test(w.key) && !transpositions(w.key).some(isWord))) {
        isName[q] = 1;
        // "pt kiara t. ramos", "pt: ahmed al-rashidi", "pt reyes, tomas": the rest of the name (lower-case pass).
        const end = restOfName(q);
        for (let k = q + 1; k <= end; k++) isName[k] = 1;
        i = end;
        continue;
      }
    }
    // "rn kd hung 2 units", "np jl aware": lower-case initials after a lower-case role, then a word or the line end.
    if (t.text.length <= 4 && t.shape === 'lower' && INITIALS_ROLES.has(t.text) && gap(i) === ' ' && initials(i + 1) && /^(?:[ \t]+[a-z]|[ \t]*(?:\r?\n|$)|[ \t]*[,;.])/.test(text.slice(tokens[i + 1]!.end, tokens[i + 1]!.end + 2))) {
      isName[i + 1] = 1;
      continue;
    }
    // "seen by jk.", "reviewed by dl 3/4": lower-case initials after "by", closed by punctuation, a
    // line end or a number (pass 7); "by mouth", "by iv", "by pt" stay words.
    if (t.text === 'by' && gap(i) === ' ' && initials(i + 1) && /^(?:[ \t]*(?:\r?\n|$)|[ \t]*[,;.)]|[ \t]+\d)/.test(text.slice(tokens[i + 1]!.end, tokens[i + 1]!.end + 2))) {
      isName[i + 1] = 1;
      continue;
    }
    // "carla (dtr)", "jen (hcp) called": a lower-case name with its relation in brackets after it (pass 5).
    if (t.shape === 'lower' && text.charCodeAt(t.end) === 32 && text.charCodeAt(t.end + 1) === 40 && i + 1 < n && RELATIONS.has(tokens[i + 1]!.key) && text.charCodeAt(tokens[i + 1]!.end) === 41 && lowerPart(i, true)) {
      isName[i] = 1;
      continue;
    }
    const gate = RELATION_OR_ROLE.get(t.key) ?? 0;
    const relation = (gate & G.relation) !== 0;
    // ("md" is a role before a name only in lower case: "MD showed 90%" is the report's author.)
    const role = (gate & G.role) !== 0 && !(t.key === 'md' && t.shape !== 'lower');
    if (!relation && !role) continue;
    if (!/^\.?[ \t]$/.test(gap(i))) continue;
    let q = i + 1;
    // "officer d. hargreave": a lower-case initial before the surname (pass 6).
    const initialFirst = role && t.shape === 'lower' && tokens[q]!.text.length === 1 && tokens[q]!.shape === 'lower' && /^\.[ \t]$/.test(gap(q)) && q + 1 < n && lowerPart(q + 1, true);
    if (initialFirst) q += 1;
    const next = tokens[q]!;
    if (next.shape === 'lower') {
      // (Only in lower-case writing: "Wife Reports" style capitals are the capitalized rules' case.)
      if (t.shape !== 'lower' && !role) continue;
      // (After a title a census surname counts even when the medical list holds it as an eponym: "rev. abernethy".)
      // (And after a relation a word no dictionary calls English, before its bracket: "son luc (cell)".)
      const bracketAfter = relation && text.charCodeAt(next.end) === 32 && text.charCodeAt(next.end + 1) === 40;
      // (Pass 10: a given name that is also a word, when a surname follows it: "aunt faith king",
      // "pastor guy ellison", "dtr hope rose-martinez".)
      const wordName = feat(q).first && !/['’]s$/.test(next.text) && !feat(q).blocked && !NOT_NAMES.has(next.key) && next.text.length >= 3 && q + 1 < n && (gap(q) === ' ') && surnameAfter(q + 1);
      if (role && AFTER_ROLE_STOP.has(next.key)) continue;
      if (!lowerPart(q, true) && !wordName && !((TITLES.has(t.key) ? feat(q).last : bracketAfter) && next.text.length >= 3 && !feat(q).english && !feat(q).blocked && !NOT_NAMES.has(next.key)) && !(PERSON_ROLES.has(t.text) && afterRole(q))) continue;
      if (wordName && !lowerPart(q, true)) {
        let j = q + 1;
        if (j + 1 < n && gap(j) === '-' && tokens[j + 1]!.shape === 'lower') j += 1;
        for (let k = q; k <= j; k++) isName[k] = 1;
        i = j;
        continue;
      }
      let j = q;
      // "abernathy-lowe", "ann marie": a second part joined by a hyphen, or a census name after a space.
      while (j + 1 < n && j - q < 2 && (gap(j) === '-' ? tokens[j + 1]!.shape === 'lower' && tokens[j + 1]!.text.length >= 2 : gap(j) === ' ' && lowerPart(j + 1, false) && (feat(j + 1).last || feat(j + 1).first))) j += 1;
      // (Pass 10: a surname the lists share with a word, after a given name: "sister rosalind king 555-".)
      if (j === q && j + 1 < n && gap(j) === ' ' && !/['’]s$/.test(tokens[q]!.text) && (feat(q).first || !feat(q).english) && surnameAfter(j + 1)) j += 1;
      // "niece rosalind s.": a trailing initial (pass 6).
      if (j + 1 < n && gap(j) === ' ' && tokens[j + 1]!.text.length === 1 && tokens[j + 1]!.shape === 'lower' && /^\.(?![\p{L}\d])/u.test(text.slice(tokens[j + 1]!.end, tokens[j + 1]!.end + 2))) j += 1;
      for (let k = initialFirst ? q - 1 : q; k <= j; k++) isName[k] = 1;
    } else if (role && t.shape === 'upper' && t.key !== 'md' && (next.shape === 'cap' || next.shape === 'upper') && !TITLES.has(next.key) && strongPart(q)) {
      // "PA Oskar Lindahl", "CM Briony": the role in capitals before a capitalized name.
      let j = q;
      while (j + 1 < n && j - q < 2 && gap(j) === ' ' && tokens[j + 1]!.shape === 'cap' && strongPart(j + 1) && (feat(j + 1).last || !feat(j + 1).english)) j += 1;
      for (let k = q; k <= j; k++) isName[k] = 1;
    } else if ((t.key === 'attention' || t.key === 'attn') && next.shape === 'cap' && strongPart(q) && (feat(q).first || feat(q).last || !feat(q).english)) {
      isName[q] = 1;
    }
  }
  // A lower-case sign-off: "k. lindstrom rn", "m. strand lpn" closing a line.
  for (let i = 0; i + 2 < n; i++) {
    const t = tokens[i]!;
    if (t.text.length !== 1 || t.shape !== 'lower' || !/^\.[ \t]?$/.test(gap(i))) continue;
    const s = tokens[i + 1]!;
    // (pass 6) a hyphenated surname, "-k. abernathy-cole rn"
    const e = gap(i + 1) === '-' && i + 3 < n && tokens[i + 2]!.shape === 'lower' ? i + 2 : i + 1;
    const c = tokens[e + 1]!;
    if (s.shape !== 'lower' || s.text.length < 2 || MICROBES.has(s.key)) continue;
    const before = text.slice(Math.max(0, t.start - 12), t.start);
    // (Pass 13) After a label, a role or "by", a surname the census knows needs no credential:
    // "nurse: m. jean-baptiste rn", "counselor d. greenfield to meet", "observed by j. rivera".
    const labeled = ROLE_BEFORE.test(before);
    // (Pass 14: a credential on the next line is no part of this one, "rn: g. mcallister\npt ...".)
    const sameLine = !/\n/.test(text.slice(tokens[e]!.end, c.start));
    if (labeled && (!CREDENTIALS.has(c.key) || !sameLine) && feat(e).last && !(feat(e).english && feat(e).english <= 20) && !feat(e).blocked) {
      for (let k = i; k <= e; k++) isName[k] = 1;
      continue;
    }
    if (!CREDENTIALS.has(c.key) || !/^,?[ \t]$/.test(gap(e))) continue;
    // (lower-case pass) "d. vance pa-c", "l. ostrow, rdn, ld", "r. imbert, rn / precepting ..." and a
    // sign-off after "precepting"/"cosigned"/a slash, besides a line start or a dash.
    // (Pass 13: after a label or a role the credential need not close the line, "team: j. okonkwo pa-c, ...".)
    if (!labeled && !/^[ \t]*(?:\r?\n|$)/.test(text.slice(c.end, c.end + 3)) && !SIGNOFF_TAIL.test(text.slice(c.end, c.end + 24))) continue;
    // (Pass 13: a dash of any length, "— b. nakamura rn".)
    if (i > 0 && !labeled && !/(?:^|\n)[ \t]*(?:-{1,2}|—|–)?[ \t]*$|[.;/][ \t]+$|(?:precepting|preceptor|cosigned|co-signed|cosign|student)[ \t]+$/.test(before)) continue;
    if (feat(i + 1).blocked || feat(i + 1).medical && !feat(i + 1).last || (feat(i + 1).english && !feat(i + 1).last)) continue;
    for (let k = i; k <= e; k++) isName[k] = 1;
  }
  // "dorinda pelletier, cadc" on a line of its own: a lower-case given name and surname before a
  // credential (pass 6); "pt: marchetti, lorenzo": a lower-case "last, first" after "pt:".
  // (Pass 13) A lower-case name opening its line before the record's date of birth, number or age:
  // "okafor, chinedu  45M   DOB 3/3/25", "priya chaudhary   dob 2/14/2003", "tan, lucius (mrn ...)".
  if (/\n[a-z]/.test(text)) {
    for (let i = 0; i + 1 < n; i++) {
      const t = tokens[i]!;
      if (t.shape !== 'lower' || (i > 0 && !/\n[ \t]*$/.test(gap(i - 1))) || !laterPart(i)) continue;
      const j = restOfName(i);
      if (j === i || !RECORD_AFTER.test(text.slice(tokens[j]!.end, tokens[j]!.end + 16))) continue;
      for (let k = i; k <= j; k++) isName[k] = 1;
    }
  }
  const ptColon = text.includes('pt:');
  for (let i = 0; i + 2 < n; i++) {
    const t = tokens[i]!;
    if (t.shape !== 'lower') continue;
    if (ptColon && t.text === 'pt') {
      if (!/^:[ \t]?$/.test(gap(i)) || !/^,[ \t]?$/.test(gap(i + 1))) continue;
      const f = feat(i + 1);
      // "pt: quimby, 38f": a lone surname before the age (lower-case pass).
      if (tokens[i + 2]!.shape === 'num' && laterPart(i + 1) && (f.last || !f.first)) {
        isName[i + 1] = 1;
        continue;
      }
      if (tokens[i + 1]!.shape === 'lower' && tokens[i + 1]!.text.length >= 3 && !NOT_NAMES.has(tokens[i + 1]!.key) && !f.blocked && (f.last || (!f.english && !f.medical)) && (lowerPart(i + 2, false) && feat(i + 2).first || (lowerPart(i + 2, true) && !f.english))) {
        isName[i + 1] = 1;
        isName[i + 2] = 1;
      }
      continue;
    }
    const c = tokens[i + 2]!;
    if (c.shape !== 'lower' || tokens[i + 1]!.shape !== 'lower' || !CREDENTIALS.has(c.key) || gap(i) !== ' ') continue;
    if (!/^,?[ \t]$/.test(gap(i + 1)) || !/^[ \t]*(?:\r?\n|$)/.test(text.slice(c.end, c.end + 3))) continue;
    if (i > 0 && !/(?:^|\n)[ \t]*-{0,2}[ \t]*$/.test(text.slice(Math.max(0, t.start - 4), t.start))) continue;
    if (!(lowerPart(i, false) && feat(i).first) || !lowerPart(i + 1, true)) continue;
    isName[i] = 1;
    isName[i + 1] = 1;
  }
  // (Pass 14) A lower-case given name the lists know (no common word): after a lower-case role, before
  // a credential, or with its surname after a label's colon or a line's dash, or before an age, a
  // relation or badge in brackets, a date of birth, a record number or a phone number: "camper:
  // sophie lindqvist", "- dmitri volkov 52m", "transfer of ruby mae hatfield, 80 f", "caller: marco
  // de luca (dad)".
  // (Pass 19) After a lower-case role, a given name the lists know closes its clause too: "dear dr. amundsen
  // and nurse becky,", "interp ana #30221", "nurse ramona aware." (the rule below wants a lower-case word after it).
  for (let i = 1; i < n; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    if (t.shape !== 'lower' || isName[i] || t.text.length < 3 || prev.shape !== 'lower' || prev.end + 1 !== t.start || !LOWER_ROLES_BEFORE_NAME.has(prev.key)) continue;
    if (i + 1 < n && tokens[i + 1]!.start === t.end + 1 && tokens[i + 1]!.shape === 'lower') continue;
    if (NAME_PARTICLES.has(t.key) || !feat(i).first || !lowerPart(i, false)) continue;
    isName[i] = 1;
  }
  for (let i = 0; i + 1 < n; i++) {
    const t = tokens[i]!;
    // (Cheap tests first: this looks at every lower-case word.)
    if (t.shape !== 'lower' || isName[i] || t.text.length < 3 || tokens[i + 1]!.start !== t.end + 1 || text.charCodeAt(t.end) !== 32 || tokens[i + 1]!.shape !== 'lower' || NAME_PARTICLES.has(t.key) || !feat(i).first || !lowerPart(i, false)) continue;
    // (After a role in lower case, a given name the lists know: "therapist kayla reports", "tech desiree".)
    if (i > 0 && LOWER_ROLES_BEFORE_NAME.has(tokens[i - 1]!.key) && tokens[i - 1]!.shape === 'lower' && tokens[i - 1]!.end + 1 === t.start) {
      const j = surnameAfter(i + 1) ? restOfName(i) : i;
      for (let q = i; q <= j; q++) isName[q] = 1;
      i = j;
      continue;
    }
    // (A given name right before a nurse's or clinician's credential: "jess rn to marco rn".)
    if (FIRST_NAME_CREDENTIALS.has(tokens[i + 1]!.key) && !/^[-/]/.test(text.slice(tokens[i + 1]!.end, tokens[i + 1]!.end + 1))) {
      isName[i] = 1;
      continue;
    }
    // (Particles before the surname: "marco de luca", "brianna st. clair".)
    let k = i + 1;
    while (k + 1 < n && k - i <= 2 && tokens[k]!.shape === 'lower' && NAME_PARTICLES.has(tokens[k]!.key) && /^\.?[ \t]$/.test(gap(k))) k += 1;
    // (Pass 15: a middle initial, "brianna s. kowalczyk, 19 yo".)
    const initial = k === i + 1 && tokens[k]!.text.length === 1 && k + 1 < n && /^\.[ \t]$/.test(gap(k));
    if (!surnameAfter(initial ? k + 1 : k)) continue;
    const j = k > i + 1 ? restOfName(k) : restOfName(i);
    if (j === i) continue;
    const before = text.slice(Math.max(0, t.start - 16), t.start);
    if (!LABEL_BEFORE.test(before) && !RECORD_OR_RELATION_AFTER.test(text.slice(tokens[j]!.end, tokens[j]!.end + 20))) continue;
    for (let q = i; q <= j; q++) isName[q] = 1;
    i = j;
  }
  // (Pass 14) A lower-case given name signing a message after thanks, closing its line: "thx, jenna",
  // "thanks, gabby"; initials in brackets before a colon, or before a role and a date: "staff note
  // (rjm): added", "(lmc, RN, 7/18/24)", "(jy, pharmacy tech, 2/5/24)".
  if (/\b(?:thx|thanks|thank you|ty|tks)\b/i.test(text)) for (const m of allMatches(THANKS_SIGNOFF, text)) {
    const at = m.index! + m[0].length - m[1]!.length;
    const q = firstTokenFrom(tokens, at);
    if (q < n && tokens[q]!.start === at && feat(q).first && lowerPart(q, false)) isName[q] = 1;
  }
  if (text.includes('(')) for (const m of allMatches(BRACKET_INITIALS, text)) {
    const q = firstTokenFrom(tokens, m.index! + 1);
    if (q < n && tokens[q]!.start === m.index! + 1 && initials(q)) isName[q] = 1;
  }
  markLowerCaseExtras(text, tokens, isName, feat, gap, laterPart, restOfName);
  if (text.includes(' /')) for (const m of allMatches(SLASH_INITIALS, text)) {
    const at = m.index! + 1;
    for (let k = 0; k < n; k++) {
      if (tokens[k]!.start < at) continue;
      if (tokens[k]!.start === at && initials(k)) isName[k] = 1;
      break;
    }
  }
  if (DICTATION_HINT.test(text)) for (const m of allMatches(DICTATION, text)) {
    const at = m.index! + m[0].indexOf(m[1]!);
    for (let k = 0; k < n; k++) {
      const tk = tokens[k]!;
      if (tk.start < at) continue;
      if (tk.start > m.index! + m[0].length) break;
      if (tk.text === m[1] || tk.text === m[2] || tk.text === m[3]) isName[k] = 1;
    }
  }
}
