// How notes end: a dash and a name ("-- Priyanka", "- mk"), typist initials ("JS/ab", "OV/lp"),
// or a lone name on the last line ("DEBORAH"). Marks the name tokens in `isName`.
import { CLINICAL_ABBREVIATIONS, NOT_NAMES } from '../lexicon';
import { firstTokenFrom, type Token } from '../text-tokens';
import { allMatches } from './detector';

/** What names.ts knows about each token (dictionary hits and blocking vocabulary). */
export interface NameFeatures {
  first: boolean;
  last: boolean;
  english: number;
  medical: boolean;
  blocked: boolean;
  eponym: boolean;
}

// "JS/ab", "TM/rs" or "GA:tw" alone on a line, or before the dictation stamps "D:", "DD:", "T:".
const TYPIST = /(?<=^|\n)[ \t]*([A-Z]{2,4})[ \t]?[/:][ \t]?([A-Za-z]{2,4})(?=[ \t]*(?:$|\n|[ \t]+(?:D|DD|T|DT|cc|CC)[ \t]*:))/g;
// Whether TYPIST matches anywhere: the same pattern read from its slash or colon, which the regex
// engine finds far faster than every line start's possible initials.
const TYPIST_HINT = /[/:](?<=(?:^|\n)[ \t]*[A-Z]{2,4}[ \t]?[/:])[ \t]?[A-Za-z]{2,4}(?=[ \t]*(?:$|\n|[ \t]+(?:D|DD|T|DT|cc|CC)[ \t]*:))/;
const HEADER_FIELDS: ReadonlySet<string> = new Set(['tr', 'dd', 'dt', 'td', 'cc', 're', 'ts', 'tt', 'jd', 'jt']);
// "-- Priyanka", "- mk", "~ J. Smith (RN)" at the end of a line.
const DASH_SIGNOFF = /(?:^|\n|[ \t])(?:--?|—|~)[ \t]*((?:[A-Za-z][A-Za-z'’-]*\.?)(?:[ \t]+[A-Z][A-Za-z'’.-]*){0,2})[ \t]*(?:,?[ \t]*\(?[A-Za-z/-]{2,8}\)?)?[ \t]*(?=$|\n)/g;

// (Pass 8) Lower-case initials after a typist's or technician's word, in brackets after a
// credential, or after a dash before one: "transcribed kt", "Typed yg/ac", "Phlebotomist jm",
// "RN  (bc/tn)", "MSW (typed af)", "-- kb PA".
// (Pass 23: also after "by" closing a line or before a colon, "Entered into registry 10/6/92 by dl.",
// "Note added 7/23 by jpc: ...", and in brackets closing a line after a date, "transcribed 9/19/74
// (pkd)", or as a pair anywhere, "(jl/rv)"; not a date's format, "(dd/mm)".)
const ROLE_INITIALS = /(?:\b(?:[Tt]yped|TYPED|[Tt]ranscribed|[Tt]ranscriptionist|[Pp]hlebotomist|[Tt]echnician|[Tt]ech|[Cc]ollector|[Ss]cribe|[Rr]egistrar|[Aa]nalyst|[Ee]ntered[ \t]+by)[ \t]*:?[ \t]+|\b(?:RN|MD|DO|PA|PA-C|NP|LPN|MSW|LCSW|CNM|RD|RDN|PT|OT|CMA|MA|DDS)[ \t]*\([ \t]*(?:typed[ \t]+)?|(?:^|\n)[ \t]*(?:--?|—)[ \t]*|\bby[ \t](?=[a-z]{2,3}(?:[.:]?[ \t]*(?:\r?\n|$)|:[ \t]))|[ \t](?<=\d[ \t])\((?=[a-z]{2,3}\)\.?[ \t]*(?:\r?\n|$))|[ \t]\((?!(?:dd|mm|yy|hh)\/)(?=[a-z]{2,3}\/[a-z]{2,3}\)\.?[ \t]*(?:\r?\n|$)))([a-z]{2,3})(?:\/([a-z]{2,3}))?(?=[ \t]*\)?[ \t]*(?:$|\n|[.,;]|\d|[ \t]+(?:PA|RN|MD|NP|DO)\b)|[ \t]{2,}\S)/g;
// (Pass 9) Typist initials inside a dictation footer line, after its stamps and numbers: "T: 11/04/92
// ANR/jdc", "JOB #: 558120   YS/tmk", "LH/kmb   Job: 68213", "WKC:lm  Doc #220413", "Trans: 10/21/88  cot/sp",
// and after a transcription date or "by": "TRANSCRIBED 01/22/24, DMW", "transcribed 09/19/2022 by lmf".
// (A stamp with its date, a job number or a document number: "T 98.6" is a temperature.)
const FOOTER_LINE = /\b(?:D|T|DD|DT|TD|Dict|Trans|DICTATED|TRANSCRIBED|Dictated|Transcribed)\b[ \t]*:?[ \t]*\d{1,2}[/-]\d{1,2}[/-]\d{2,4}|\b(?:JOB|Job)\b[ \t]*#?[ \t]*:?[ \t]*\d|\bDoc[ \t]*#|\b(?:DICTATED|TRANSCRIBED|Dictated|Transcribed)\b[ \t]*(?:by|BY|:)|\b(?:E-signed|E-SIGNED|Electronically signed|ELECTRONICALLY SIGNED|Signed|SIGNED)\b[ \t]*:?[ \t]*\d{1,2}[/-]\d{1,2}[/-]\d{2,4}|\b(?:Dictated|DICTATED)[ \t]+[A-Z]{2,4}\//;
const FOOTER_TYPIST = /(?<=(?:^|\n)[ \t]{0,4}|(?:\d|:)[ \t]{1,4}|[ \t]{2}|\bby[ \t]+|\b(?:Dictated|DICTATED)[ \t]+)([A-Za-z]{2,4})(?:[ \t]?\/[ \t]?|:)([a-z]{2,4}|[A-Z]{2,4})(?=[ \t]*(?:$|\n)|[ \t]{2,}\S|[ \t]+\d{1,2}\/\d)/g;
// (Pass 10) One set of initials closing a footer line after a job number: \"JOB 884120  RMH\".
const FOOTER_LAST = /(?<=\b(?:JOB|Job)\b[ \t]*#?:?[ \t]*\d+[ \t]{2,})([A-Z]{2,4})(?=[ \t]*(?:$|\n))/g;
const AFTER_TRANSCRIPTION = /\b(?:TRANSCRIBED|[Tt]ranscribed|TYPED|[Tt]yped)\b(?:[ \t:]+[\d/.-]{6,10}(?:[ \t]+\d{4})?,?[ \t]+|[^\n]{0,24}?\bby[ \t]+)([A-Z]{2,4}|[a-z]{2,4})(?=[ \t]*(?:$|\n|[.,;]))/g;
// (Pass 13) Initials straight after a dictation stamp's colon, before a date, another stamp or a
// slash: "TRANSCRIBED: LKW  09/19/2024", "T: JLK  D: 02/16/2024", "D: HDB/T: SLK  05/11/2024".
const STAMP_INITIALS = /(?<=\b(?:D|T|DD|DT|TRANSCRIBED|Transcribed|DICTATED|Dictated)[ \t]*:[ \t]*)([A-Z]{2,4})(?=[ \t]*\/|[ \t]+(?:D|T|DD|DT)[ \t]*:|[ \t]+\d{1,2}\/\d{1,2}\/\d{2,4})/g;

// (Pass 11) A typist pair, capitals then lower case, at a line start, after a column gap or a
// credential, closing its line or followed by a date or another column: "BO:dpk  DD 01/09/77",
// "IOB/tmf   DD 05/05/72", "LRB/ys (3/2/79)", "MD   AF/ed", "MD, WKS/jl", "MD / OF:jw" (pass 13). Only the shape decides,
// so even a pair that spells clinical words is taken ("ML/rjk", "RA:wq"); a label with a blank
// after its colon needs a first part that is no clinical word ("CC: pt").
const TYPIST_PAIR = /(?<=(?:^|\n)[ \t]*|[ \t]{2}|\b(?:MD|DO|NP|PA|RN|PhD|M\.D\.|D\.O\.)(?:,?[ \t]+|[ \t]*\/[ \t]*))([A-Z]{2,4})([ \t]?[/:][ \t]?)([a-z]{2,4})(?=[ \t]*(?:$|\r?\n|\([ \t]*\d|\d{1,2}[/-]\d)|[ \t]{2,}\S)|(?<=\(|\.[ \t]+)([A-Z]{2,4})(\/)([a-z]{2,4})(?=\)|[ \t]*(?:\r?\n|$))/g;
// (Pass 12: also alone in brackets, "(JRM/kt)", and closing a line after a sentence, ". RD/jh".)
// (Pass 11) Lower-case typist initials after a signature and a spaced slash: "N. Carrow / an   8/21/98",
// "HOLLISTER, TOBIAS / cmv".
const SLASH_TYPIST = /(?<=\b(?:[A-Z][A-Za-z.'-]+|[A-Z]{2,}),?[ \t]+\/[ \t]*)([a-z]{2,3})(?=[ \t]*(?:\r?\n|$|[ \t]{2,}\d))/g;
// (Pass 13) A lower-case typist pair closing the signature: alone on the line after the signer's
// credential, "Alan Redhouse, DPM\ntm/jr", or after the credential and a column gap, "T. Lundquist, DO   tl/ar".
// (And after the credential and a spaced slash, with a colon between, "Rebecca Lowenstein, MD / rl:mj",
// or before a cc column, "Joseph Migizi, MD\njm/kn   cc Gretchen Halvorsen".)
const LOWER_PAIR_AFTER_SIGNER = /(?<=\b(?:MD|M\.D\.|DO|D\.O\.|DPM|NP|NNP|PA|PA-C|RN|CNM|PhD|PharmD|DDS|DMD|OD|LCSW|MSW|CWOCN|FNP|ANP|FNP-C)(?:[ \t]{2,}|[ \t]*\r?\n[ \t]*|[ \t]*\/[ \t]*))([a-z]{2,4})[/:]([a-z]{2,4})(?=[ \t]*(?:\r?\n|$)|[ \t]{2,}cc\b)/g;
// (Pass 23) Shorthand that closes a note's line as initials would: "given by dtr", "RTW 7/14/25 (est)".
const NOTE_SHORTHAND: ReadonlySet<string> = new Set(['dtr', 'est', 'sis', 'bro', 'mom', 'dad', 'gma', 'gpa', 'tbd', 'unk', 'etc', 'approx', 'adm', 'app', 'pct', 'sec']);
const UNITS: ReadonlySet<string> = new Set(['mg', 'mcg', 'ml', 'dl', 'kg', 'hr', 'hrs', 'min', 'mm', 'cm', 'mmol', 'meq', 'iu', 'day', 'wk', 'sec']);
// (Pass 12) Initials in capitals after a credential and a spaced slash, closing the line: "M.D. / DBK", "MD / TLB".
const CREDENTIAL_SLASH_CAPS = /(?<=\b(?:M\.D\.|MD|D\.O\.|DO|DMD|DDS|NP|NNP|CNM|DPM|PA-C|RN)[ \t]*\/[ \t]*)([A-Z]{2,4})(?=[ \t]*(?:\r?\n|$))/g;

/**
 * Marks sign-off names and initials.
 *
 * @example
 *   markSignOffs('Plan: home.\n-- Priyanka', tokens, isName, strongPart, feat) // marks "Priyanka"
 */
export function markSignOffs(text: string, tokens: readonly Token[], isName: Uint8Array, strongPart: (i: number) => boolean, feat: (i: number) => NameFeatures): void {
  const at = (start: number, end: number): number[] => {
    const out: number[] = [];
    for (let q = firstTokenFrom(tokens, start); q < tokens.length && tokens[q]!.end <= end; q++) out.push(q);
    return out;
  };
  const initials = (q: number) => /^[A-Za-z]{2,4}$/.test(tokens[q]!.text) && !NOT_NAMES.has(tokens[q]!.key) && !feat(q).english && !feat(q).blocked;
  if (TYPIST_HINT.test(text)) {
    for (const m of allMatches(TYPIST, text)) {
      const qs = at(m.index!, m.index! + m[0].length);
      // Lower-case typist initials make the pair unmistakable even when the first reads as a word
      // ("IM/kt"); the lower-case pair may spell a rare word ("TM/rs"), never a common one ("BP:ok").
      const lowerInitials = (q: number) => /^[a-z]{2,3}$/.test(tokens[q]!.text) && !NOT_NAMES.has(tokens[q]!.key) && !feat(q).blocked && !(feat(q).english && feat(q).english < 35);
      const clinical = (q: number) => NOT_NAMES.has(tokens[q]!.key) || CLINICAL_ABBREVIATIONS.has(tokens[q]!.key); // "GU:wnl", "ROS:neg"
      const colon = m[0].includes(':');
      const typist = qs.length === 2 && lowerInitials(qs[1]!) && !(colon && clinical(qs[0]!)) && !clinical(qs[1]!);
      // (Pass 6: "TR: qv", "DD: kl": a dictation header field names only the typist after it.)
      if (qs.length === 2 && colon && HEADER_FIELDS.has(tokens[qs[0]!]!.key)) {
        // (Pass 12: after the transcriptionist's field even a clinical pair of letters is initials, "TR : vf".)
        if (lowerInitials(qs[1]!) && (!clinical(qs[1]!) || tokens[qs[0]!]!.key === 'tr')) isName[qs[1]!] = 1;
        continue;
      }
      if (qs.length === 2 && (typist || qs.every(initials))) for (const q of qs) isName[q] = 1;
    }
  }
  if (/[a-z]{2,3}/.test(text)) {
    for (const m of allMatches(ROLE_INITIALS, text)) {
      // (After "typed" or "transcribed", or as a pair, they are initials whatever they spell.)
      // (In brackets after a credential, the brackets hold the initials alone: not "MD (pgr 3-2291)".)
      if (m[0].includes('(') && !/^[ \t]*\)/.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 3))) continue;
      const pair = m[2] !== undefined || /yped|ranscri/i.test(m[0]);
      for (const q of at(m.index!, m.index! + m[0].length)) {
        const t = tokens[q]!;
        if (t.text !== m[1] && t.text !== m[2]) continue;
        if (!/^[a-z]{2,3}$/.test(t.text) || feat(q).blocked || NOT_NAMES.has(t.key)) continue;
        // A lone pair must not spell a common word or a clinical abbreviation ("tech ok", "by iv").
        if (!pair && ((feat(q).english && feat(q).english < 40) || CLINICAL_ABBREVIATIONS.has(t.key) || NOTE_SHORTHAND.has(t.key))) continue;
        isName[q] = 1;
      }
    }
  }
  if (FOOTER_LINE.test(text) || /ranscribed|RANSCRIBED|yped|YPED|ictated by|ICTATED/.test(text)) {
    // (A pair in a footer line is initials even when one half spells a word, "cot/sp".)
    const footerInitials = (q: number, paired = false) => {
      const t = tokens[q]!;
      // (Pass 12: paired in a footer line, even a clinical abbreviation is initials, "FS/KLW", "ER/BLT".)
      // (Pass 13: paired, even a title's letters are initials, "MS/TLH    D: 02/24/2024".)
      return /^(?:[a-z]{2,4}|[A-Z]{2,4})$/.test(t.text) && !NOT_NAMES.has(t.key) && (paired || !CLINICAL_ABBREVIATIONS.has(t.key)) && !HEADER_FIELDS.has(t.key) && (paired || !feat(q).blocked) && (paired || !(feat(q).english && feat(q).english < 35 && t.text.length > 2));
    };
    for (const m of allMatches(FOOTER_TYPIST, text)) {
      const lineStart = text.lastIndexOf('\n', m.index!) + 1;
      const lineEnd = text.indexOf('\n', m.index!);
      if (!FOOTER_LINE.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd))) continue;
      const qs = at(m.index!, m.index! + m[0].length);
      if (qs.length === 2 && qs.every((q) => footerInitials(q, true))) for (const q of qs) isName[q] = 1;
    }
    for (const m of allMatches(FOOTER_LAST, text)) for (const q of at(m.index!, m.index! + m[0].length)) if (footerInitials(q, true)) isName[q] = 1;
    for (const m of allMatches(AFTER_TRANSCRIPTION, text)) {
      const from = m.index! + m[0].length - m[1]!.length;
      for (const q of at(from, from + m[1]!.length)) if (footerInitials(q)) isName[q] = 1;
    }
  }
  if (/\b(?:D|T|DD|DT|TRANSCRIBED|Transcribed|DICTATED|Dictated)[ \t]*:[ \t]*[A-Z]{2}/.test(text)) {
    for (const m of allMatches(STAMP_INITIALS, text)) {
      for (const q of at(m.index!, m.index! + m[0].length)) {
        const t = tokens[q]!;
        if (!NOT_NAMES.has(t.key) && !CLINICAL_ABBREVIATIONS.has(t.key) && !HEADER_FIELDS.has(t.key) && !feat(q).blocked) isName[q] = 1;
      }
    }
  }
  if (/[A-Z]{2}[ \t]?[/:][ \t]?[a-z]{2}/.test(text)) {
    for (const m of allMatches(TYPIST_PAIR, text)) {
      // (A colon makes exam shorthand possible, "GU:wnl", "CDL: no": then neither part may be a clinical word.)
      // (In brackets or after a sentence the shape is weaker: no clinical or common word either, "(PO/iv)".)
      const loose = m[5] !== undefined || /[ \t:]/.test(m[2]!);
      const qs = at(m.index!, m.index! + m[0].length);
      // (A header field is a label only before its colon: "TR: qv"; after a slash, "NE/jd", it is initials.)
      if (qs.length !== 2 || HEADER_FIELDS.has(tokens[qs[0]!]!.key) || (HEADER_FIELDS.has(tokens[qs[1]!]!.key) && !(m[2] ?? m[5]!).includes('/'))) continue;
      if (loose && qs.some((q) => NOT_NAMES.has(tokens[q]!.key) || CLINICAL_ABBREVIATIONS.has(tokens[q]!.key) || (feat(q).english && feat(q).english < 35))) continue;
      for (const q of qs) isName[q] = 1;
    }
  }
  if (/[a-z]{2}[/:][a-z]{2}/.test(text)) {
    // (A unit or two clinical words spell a ratio or a pair of findings, "mg/dl", "pt/inr": not initials.)
    for (const m of allMatches(LOWER_PAIR_AFTER_SIGNER, text)) {
      const qs = at(m.index!, m.index! + m[0].length);
      const clinical = (q: number) => NOT_NAMES.has(tokens[q]!.key) || CLINICAL_ABBREVIATIONS.has(tokens[q]!.key);
      if (qs.length === 2 && !qs.every(clinical) && !qs.some((q) => UNITS.has(tokens[q]!.key)) && !qs.some((q) => feat(q).blocked && !CLINICAL_ABBREVIATIONS.has(tokens[q]!.key))) for (const q of qs) isName[q] = 1;
    }
  }
  if (text.includes(' /')) {
    for (const m of allMatches(CREDENTIAL_SLASH_CAPS, text)) for (const q of at(m.index!, m.index! + m[0].length)) if (!NOT_NAMES.has(tokens[q]!.key)) isName[q] = 1;
    for (const m of allMatches(SLASH_TYPIST, text)) {
      for (const q of at(m.index!, m.index! + m[0].length)) {
        const t = tokens[q]!;
        if (!NOT_NAMES.has(t.key) && !CLINICAL_ABBREVIATIONS.has(t.key)) isName[q] = 1;
      }
    }
  }
  const namePart = (q: number) => {
    const f = feat(q);
    const t = tokens[q]!;
    if (t.text.length === 1) return /\p{Lu}/u.test(t.text);
    if (/^[a-z]{2,3}$/.test(t.text)) return initials(q);
    if (/^[A-Z]{2,3}$/.test(t.text) && !f.first && !f.last) return initials(q);
    return strongPart(q) && !f.eponym && (f.first || f.last || !f.english) && !(f.english && f.english <= 20 && !f.first);
  };
  if (/(?:^|\s)(?:--?|—|~)[ \t]*[A-Za-z]/.test(text)) {
    for (const m of allMatches(DASH_SIGNOFF, text)) {
      const from = m.index! + m[0].indexOf(m[1]!);
      const qs = at(from, from + m[1]!.length);
      if (qs.length && qs.every(namePart) && qs.some((q) => tokens[q]!.text.length > 1)) for (const q of qs) isName[q] = 1;
    }
  }
  // A lone name on the last line: "DEBORAH", "Vanterpool", "Marguerite Fontaine".
  const end = text.trimEnd().length;
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  // Lower-case initials alone on the last line sign the note too ("jbk", "lkm"), unless they spell
  // a word or a clinical abbreviation.
  const lastLine = text.slice(lineStart, end);
  if (lineStart > 0 && /^[ \t]*[a-z]{2,4}[ \t]*$/.test(lastLine)) {
    const qs = at(lineStart, end);
    if (qs.length === 1 && !feat(qs[0]!).english && !feat(qs[0]!).blocked && !NOT_NAMES.has(tokens[qs[0]!]!.key) && !CLINICAL_ABBREVIATIONS.has(tokens[qs[0]!]!.key)) isName[qs[0]!] = 1;
  }
  if (lineStart > 0) {
    const line = text.slice(lineStart, end);
    if (/^[ \t]*\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2}[ \t]*$/u.test(line)) {
      const qs = at(lineStart, end);
      const strict = (q: number) => namePart(q) && (feat(q).first || feat(q).last || (!feat(q).medical && !feat(q).english && !NOT_NAMES.has(tokens[q]!.key)));
      if (qs.length && qs.every((q) => strict(q) || tokens[q]!.text.length === 1)) for (const q of qs) isName[q] = 1;
    }
  }
}
