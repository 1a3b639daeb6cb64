// FACILITY by its acronym. Notes shorten a hospital to its initials once they have named it
// ("Brightwater Medical Hospital" ... "EBUS at BMH") and often never spell it out ("seen at NGH",
// "BMH EMERGENCY DEPARTMENT", "CMC Emergency Department"). Three rules, run after the other
// detectors on the spans they found:
//   1. The initials of a facility the note names elsewhere, wherever they stand in capitals.
//   2. Three to five capitals ending like a hospital's initials (..H, ..MC, ..HC) in a facility's
//      place: after "at", "to", "from", "per", "with" or "@", before a department, a unit, a portal
//      or "MRN", or opening a letterhead line ("BMC - DEATH NOTE"). Clinical abbreviations and generic kinds are never
//      taken ("at OSH", "progressed to LVH", "TSH 2.1", "the FQHC"); initials that are also a
//      medical or English word only before a department or unit ("CMC MICU", not "CMC joint").
//   3. A name that defines its initials in brackets ("Valley Crisis Stabilization Unit (VCSU)"),
//      when a word of it names something; the initials then count as the note's (rule 1).
import type { DeidDictionaries } from '../dictionaries';
import { CLINICAL_ABBREVIATIONS, CREDENTIALS } from '../lexicon';
import { firstTokenFrom, type Token } from '../text-tokens';
import type { Candidate } from './detector';

// Words left out of an acronym: "Hospital of the University of X" is HUX.
const PARTICLES = new Set(['of', 'the', 'and', 'at', 'for', 'de', 'la', 'del', 'du']);
// Medical abbreviations that end like a hospital's initials and are not in CLINICAL_ABBREVIATIONS.
const MEDICAL_INITIALS = new Set([
  'fsh', 'acth', 'adh', 'edh', 'ivh', 'pph', 'nph', 'dah', 'cah', 'pih', 'gdh', 'iph', 'iih', 'pah', 'cteph', 'lah', 'rah', 'fhh', 'ssh', 'hph', 'hhh',
  // and administrative ones: authorisation, spinal cord injury, long-term care
  'auth', 'sci', 'ltc', 'tcu', 'ltac', 'bhu', 'mhu',
  // (pass 16) heart catheterisations, metatarsal heads, vein harvest, cannabis, scales, hearing, hygienists
  'lhc', 'rhc', 'mth', 'evh', 'thc', 'nih', 'hoh', 'dnh', 'rdh', 'caohc',
]);
// Generic kinds of facility, not one facility: "a CHC", "the FQHC", "to BH", "OMH".
const GENERIC = new Set(['dmh', 'cdph', 'sbhc', 'chc', 'fqhc', 'cmhc', 'ihc', 'phc', 'amc', 'omh', 'doh', 'mdh', 'dph', 'cbh', 'mhc', 'ach', 'ltch', 'vamc', 'hhc']);
const HOSPITAL_INITIALS = /^[A-Z]{1,3}(?:H|MC|HC)$/;
// (Pass 13: also after "per", "with", "via", "call": "Per KRH transfer note", "coordinate with KTHC".)
// (Pass 16: also after a clinician's credential, "Wrenfield, MD (TRMC)", "Farrar, M.D., TRMC".)
const BEFORE = /(?:\b(?:at|to|from|AT|TO|FROM|At|To|From|per|Per|PER|with|With|WITH|w\/|via|Via|VIA|call|called|contacted|destination|Destination)|@)[ \t]+(?:the[ \t]+)?$|\b(?:MD|M\.D\.|DO|NP|PA-C|RN)[ \t]*(?:,|\()[ \t]*$/;
// (Pass 13: also a service in shorthand, a portal, a transfer or an arrow: "CHMC ID clinic", "KRH peds",
// "CHMC social work", "BIH MyHealth Portal", "KRH -> CHMC".)
const AFTER = /^(?:'s\b)?[ \t]+(?:->|→|=>|ID[ \t]+clinic\b|peds\b|pulm\b|cards\b|ortho\b|neuro\b|psych\b|gyn\b|surg\b|L&D|social[ \t]+work|case[ \t]+management|transfer\b|[Pp]atient[ \t]+[Pp]ortal|[Pp]ortal\b|My[A-Z][a-z]+|ED\b|E\.D\.|ER\b|MRN|MR#|Unit#|#|ICU|MICU|SICU|CCU|NICU|PICU|ICN|[a-z]+ology\b|(?:Emergency|Medical Record|Urgent|Urology|Cardiology|Oncology|Nephrology|Neurology|Surgery|Radiology|Anesthesia|Internal|Primary|Pediatrics?|Clinic|Hospital|Cancer|Heart|Rehab|Labor|Women|Behavioral|Psychiatry|Diabetes|Unit|Center|Institute|Campus|Pharmacy|Laboratory|Lab|Dialysis|Transplant|Vascular|Endocrine|Pulmonary|Eye|Dermatology|Orthopa?edics|Obstetrics|Wound|Sleep|Infusion|Imaging|Nursing|Hybrid|Cath|Endoscopy|Outpatient|Inpatient|Cardiac|Observation|Palliative|Discharge|Admission|Operative|Mother-Baby)\b)/i;
// (Pass 16) Or a ward: a proper word and a floor or a unit, "CUH Whitcombe 8", "CUH Sturgis CCU".
const WARD_AFTER = /^[ \t]+\p{Lu}\p{Ll}+[ \t]+(?:\d{1,2}[A-Z]?|[A-Z]{2,5})(?![\p{L}\p{N}])/u;
// (Pass 13) Where a study was done: the initials before its date or its lab.
const STUDY_SITE_AFTER = /^[ \t]+(?:vasc(?:ular)?[ \t]+lab\b|\d{1,2}\/\d{1,2}\/\d{2,4}\))/;
// (Pass 13) A letterhead of any initials: the start of a line, a dash and the kind of visit, "CVPC - f/u",
// "WCKA - Telephone Encounter", "MAFP -- f/u DM/HTN/CAD".
const VISIT_AFTER = /^[ \t]+(?:--?|–|—)[ \t]+(?:f\/u|follow|visit|video|telephone|phone|tele|consult|new|post-|progress|office|annual|return|sn\b|home)/i;
// A letterhead: the initials at the start of a line, then a dash and a title in capitals ("BMC - DEATH NOTE").
const LETTERHEAD_AFTER = /^[ \t]+[-–|][ \t]+\p{Lu}{3,}/u;

function initialsOf(phrase: string): string | null {
  const words = phrase.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const kept = words.filter((w) => !PARTICLES.has(w.toLowerCase()));
  if (kept.length < 2 || kept.length > 6 || !kept.every((w) => /^\p{Lu}/u.test(w))) return null;
  return kept.map((w) => w[0]!.toUpperCase()).join('');
}

/**
 * Candidates for the facility acronyms that the spans in `covered` (sorted, non-overlapping) leave
 * uncovered.
 *
 * @example
 *   facilityAcronyms('Newton General Hospital ... f/u at NGH', tokens, spans, d) // FACILITY "NGH"
 */
export function facilityAcronyms(text: string, tokens: readonly Token[], covered: readonly Candidate[], d: DeidDictionaries): Candidate[] {
  // The initials of the facilities the note names, made only when needed (cheap tests first: most
  // notes have no bracket after a name and few uncovered capitals of three to six letters).
  let named: Set<string> | undefined;
  const namedSet = () => {
    if (named) return named;
    named = new Set<string>();
    for (const s of covered) {
      if (s.type !== 'FACILITY') continue;
      const initials = initialsOf(text.slice(s.start, s.end));
      if (initials) named.add(initials);
    }
    return named;
  };
  const out: Candidate[] = text.includes('(') && /\([A-Z]{2,6}\)/.test(text) ? definedAcronyms(text, tokens, covered, d, namedSet()) : [];
  let c = 0;
  const unplaced: Token[] = [];
  for (const t of tokens) {
    if (t.shape !== 'upper' || t.text.length < 3 || t.text.length > 6) continue;
    while (c < covered.length && covered[c]!.end <= t.start) c += 1;
    if (c < covered.length && covered[c]!.start < t.end) continue;
    const visitHead = (t.start === 0 || text[t.start - 1] === '\n') && t.text.length <= 5 && VISIT_AFTER.test(text.slice(t.end, t.end + 16));
    if (!(HOSPITAL_INITIALS.test(t.text) || namedSet().has(t.text) || visitHead)) continue;
    // Not part of a code or a dotted abbreviation ("X-CMC", "U.CMC", "CMC-IR-0317").
    if (/[\p{L}\p{N}.-]/u.test(text[t.start - 1] ?? ' ') || /^-?[\p{L}\p{N}]/u.test(text.slice(t.end, t.end + 2))) continue;
    if (isAbbreviation(t.key)) continue;
    // (A medical or English word in capitals is a facility only when the note names it so, or a
    // department or unit follows: "CMC MICU", "CMC ED", not "CMC joint" or "at CMC".)
    const word = d.medicalTerms.has(t.key) || d.englishWords.has(t.key);
    if ((d.englishWords.get(t.key) ?? 99) <= 35) continue; // "WITH CLINIC NURSE", "HOME HEALTH
    if (namedSet().has(t.text) || visitHead || (word ? AFTER.test(text.slice(t.end, t.end + 24)) : inFacilityPlace(text, t))) out.push({ start: t.start, end: t.end, type: 'FACILITY', priority: 5 });
    else if (!word && HOSPITAL_INITIALS.test(t.text)) unplaced.push(t);
  }
  // (Pass 16) Hospital-shaped initials that stand in a facility's place once are the note's
  // hospital wherever they stand: "CUH Whitcombe 8" ... "MICU, CUH, bed 9".
  if (unplaced.length > 0) {
    const placed = new Set(out.map((o) => text.slice(o.start, o.end)));
    // (Also the initials that open a facility span found before, "CUH Whitcombe 8".)
    for (const s of covered) if (s.type === 'FACILITY') placed.add(/^\S+/.exec(text.slice(s.start, s.end))![0]);
    // (Not as the label of its record number, "CUH 6602714", "BMH# 3315-907".)
    for (const t of unplaced) if (placed.has(t.text) && !/^#?[ \t]*\d/.test(text.slice(t.end, t.end + 4))) out.push({ start: t.start, end: t.end, type: 'FACILITY', priority: 5 });
  }
  return out;
}

// A clinical abbreviation or a generic kind of facility.
// (Pass 14: or a credential, "RN, CCM, Cascadia Case Management".)
const isAbbreviation = (key: string) => CLINICAL_ABBREVIATIONS.has(key) || MEDICAL_INITIALS.has(key) || GENERIC.has(key) || CREDENTIALS.has(key);

function inFacilityPlace(text: string, t: Token): boolean {
  if (BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start))) return true;
  const after = text.slice(t.end, t.end + 24);
  // (Pass 13: or where a study was done, "(BRH 8/14/81)", "(IHGH vasc lab 12/05/2088)".)
  if (STUDY_SITE_AFTER.test(after)) return true;
  return AFTER.test(after) || WARD_AFTER.test(after) || ((t.start === 0 || text[t.start - 1] === '\n') && LETTERHEAD_AFTER.test(after));
}

// "Valley Crisis Stabilization Unit (VCSU)", "Chesapeake Bay General (CBG)": a name that defines its
// initials in brackets right after it.
const DEFINED = /\(([A-Z]{2,6})\)/g;

/**
 * The names that define their initials in brackets, and the initials, when one word of the name
 * names something (a town, a census name or a word no list knows: "Valley", "Chesapeake") and the
 * initials are no clinical abbreviation: "Chronic Kidney Disease (CKD)", "Crisis Stabilization Unit
 * (CSU)" are left alone. Adds the initials to `named`.
 */
function definedAcronyms(text: string, tokens: readonly Token[], covered: readonly Candidate[], d: DeidDictionaries, named: Set<string>): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(DEFINED)) {
    const acronym = m[1]!;
    // (Pass 13: a generic kind is still the initials its name defines, "Assumption Community Hospital (ACH)".)
    const key = acronym.toLowerCase();
    if (CLINICAL_ABBREVIATIONS.has(key) || MEDICAL_INITIALS.has(key) || d.medicalTerms.has(key) || (d.englishWords.get(key) ?? 99) <= 35) continue;
    const last = firstTokenFrom(tokens, m.index!) - 1;
    if (last < 0 || !/^[ \t]*$/.test(text.slice(tokens[last]!.end, m.index))) continue;
    // (Pass 13: the initials may leave out the kind that closes the name, "Our Lady of the Gulf Hospital (OLG)".)
    const words = spelledBy(text, tokens, last, acronym) ?? (KIND_WORDS.has(tokens[last]!.key) && last > 0 ? spelledBy(text, tokens, last - 1, acronym, tokens[last]) : undefined);
    if (!words) {
      if (extendsFacility(text, covered, m.index!, acronym)) {
        out.push({ start: m.index! + 1, end: m.index! + 1 + acronym.length, type: 'FACILITY', priority: 5 });
        named.add(acronym);
      }
      continue;
    }
    const naming = words.some((w) => {
      if (PARTICLES.has(w.key) || CLINICAL_ABBREVIATIONS.has(w.key)) return false;
      const f = d.wordFlags.get(w.key) ?? 0;
      // (A word no list knows counts unless it is shaped like a common noun: "Verification", "Stabilization".)
      return (f & 0x13) !== 0 || (f === 0 && !/(?:tion|sion|ment|ance|ence|ity|ness|ing|ive|al|ics?|ary|ery)$/.test(w.key));
    });
    const start = words[0]!.start;
    const end = words[words.length - 1]!.end;
    // (A name inside it is no person when a kind closes it, "ST. RITA OF CASCIA HOSPITAL (SRCH)".)
    if (!naming || (covered.some((s) => s.type === 'NAME' && s.start < end && start < s.end) && !words.some((w) => KIND_WORDS.has(w.key)))) continue;
    out.push({ start, end, type: 'FACILITY', priority: 5 }, { start: m.index! + 1, end: m.index! + 1 + acronym.length, type: 'FACILITY', priority: 5 });
    named.add(acronym);
  }
  return out;
}

const KIND_WORDS: ReadonlySet<string> = new Set(['hospital', 'center', 'centre', 'clinic', 'health', 'system', 'medical']);

// The initials of the kind words a short name leaves out: Hospital, (Regional / Community / General /
// University / Memorial) Hospital, (Regional / Community) Medical Center, Health Center.
const KIND_INITIALS = /^(?:[RCGUM]?H|[RC]?MC|HC)$/;

/**
 * (Pass 21) Initials in brackets right after a facility found before, that spell its words and then
 * the kind the name leaves out: "Halloway General (HGH)", "St. Aurelian's (SAMC)".
 */
function extendsFacility(text: string, covered: readonly Candidate[], open: number, acronym: string): boolean {
  const facility = covered.find((s) => s.type === 'FACILITY' && s.end <= open && s.end >= open - 2 && /^[ \t]*$/.test(text.slice(s.end, open)));
  const initials = facility && initialsOf(text.slice(facility.start, facility.end));
  return !!initials && acronym.length > initials.length && acronym.startsWith(initials) && KIND_INITIALS.test(acronym.slice(initials.length));
}

// The words that end at token `k` (reading backwards) and whose capitals spell `acronym`, particles
// skipped; `tail`, a kind word left out of the initials, is kept at the end of the name.
function spelledBy(text: string, tokens: readonly Token[], k: number, acronym: string, tail?: Token): Token[] | undefined {
  const words: Token[] = tail ? [tail] : [];
  let letters = '';
  while (k >= 0 && letters.length < acronym.length) {
    const t = tokens[k]!;
    // (Pass 13: particles in capitals too, "UNIVERSITY OF THE RIO GRANDE HOSPITAL (URGH)".)
    const particle = PARTICLES.has(t.key) && (t.shape === 'lower' || t.shape === 'upper');
    if (!particle && !/^\p{Lu}/u.test(t.text)) break;
    if (!particle) letters = t.text[0]!.toUpperCase() + letters;
    words.unshift(t);
    if (k > 0 && !/^(?:[ \t]|[ \t]?&[ \t]?|-|\.[ \t])$/.test(text.slice(tokens[k - 1]!.end, t.start))) break;
    k -= 1;
  }
  return letters === acronym && words.length >= 2 ? words : undefined;
}
