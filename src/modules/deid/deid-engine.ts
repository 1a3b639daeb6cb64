// The detection engine: runs every detector over a note, resolves overlaps and spreads found
// names and places to their other mentions. Pure and synchronous; one engine serves any number
// of notes (it holds only the read-only dictionaries).
import type { PhiSpan, PhiSpanWithText } from './deid.types';
import { loadDeidDictionaries, type DeidDictionaries } from './dictionaries';
import { PEOPLES } from './lexicon';
import { tokenize, type Token } from './text-tokens';
import { ocrNormalized } from './ocr-normalize';
import type { Candidate } from './detectors/detector';
import { FIRST_PASS } from './detectors/first-pass';
import { readNoteWords } from './detectors/note-words';
import { modelSpans, shippedTokenModel, type TokenModel } from './token-model';
import { agesAfterNames } from './detectors/ages';
import { bareMonthDays } from './detectors/dates';
import { signerInitials } from './detectors/name-handles';
import { signerAffiliations } from './detectors/signer-affiliations';
import { streetEdges, trimFacilityEdges, trimNameEdges } from './detectors/span-edges';
import { nicknames } from './detectors/nicknames';
import { properNounRuns } from './detectors/proper-noun-runs';
import { facilityAcronyms } from './detectors/facility-acronyms';
import { addressJoins } from './detectors/address-joins';
import { genericService, namesALaw } from './detectors/generic-services';
import { inRecordMachinery } from './detectors/system-records';
import { insideCountryName, joinedSurnameEnd, mixedCaseAbbreviation, namesADrug, namesAModelOrUnit, namesAnInstrument, STATE_AFTER_TOWN, stateAlone, syllableEnd, withoutPeoples } from './detectors/span-filters';
import { afterPlaces, propagatePlaces } from './detectors/place-spread';

/** A note as the rules read it: its text with OCR look-alikes repaired, and that text's tokens. */
interface NoteRead {
  text: string;
  tokens: Token[];
}

export interface DeidEngine {
  /** Spans sorted by start, non-overlapping. */
  detect(text: string): PhiSpan[];
  /** The same spans with their text, as `custos deid detect` writes them. */
  detectWithText(text: string): PhiSpanWithText[];
  readonly dictionaries: DeidDictionaries;
}


/**
 * Creates a detection engine. Load the dictionaries once and share the engine.
 *
 * @example
 *   const engine = createDeidEngine({ dictionaries: loadDeidDictionaries() });
 *   engine.detect('Seen by Dr. Oyelaran on 3/4/2021'); // [{ start: 12, end: 20, type: 'NAME' }, { ..., type: 'DATE' }]
 */
export function createDeidEngine(deps: { dictionaries?: DeidDictionaries; tokenModel?: TokenModel | null } = {}): DeidEngine {
  const dictionaries = deps.dictionaries ?? loadDeidDictionaries();
  // (Pass 28) The learned second reader (token-model.ts); null for the rules alone, as its training reads them.
  const tokenModel = deps.tokenModel === undefined ? shippedTokenModel() : deps.tokenModel;
  // Each look-up in the large word map is a few cache misses; the words of recent notes repeat
  // (most tokens are common words and numbers), so a small map of them answers most look-ups.
  let recent = new Map<string, number>();
  const wordFlagsOf = (key: string): number => {
    let f = recent.get(key);
    if (f === undefined) {
      f = dictionaries.wordFlags.get(key) ?? 0;
      if (recent.size >= 16384) recent = new Map();
      recent.set(key, f);
    }
    return f;
  };
  const isWord = (w: string) => dictionaries.englishWords.has(w) || dictionaries.lastNames.has(w) || dictionaries.firstNames.has(w) || dictionaries.medicalTerms.has(w);
  const detect = (note: string): PhiSpan[] => {
    if (!note) return [];
    const read = readNote(note);
    const spans = detectRules(note, read);
    if (!tokenModel) return spans;
    // (The model reads the note as written: the rules' tokens unless OCR repairs changed the text.)
    const added = modelSpans(note, read.text === note ? read.tokens : tokenize(note), spans, dictionaries, tokenModel, wordFlagsOf);
    return added.length === 0 ? spans : [...spans, ...added].sort((a, b) => a.start - b.start);
  };
  const detectRules = (note: string, read: NoteRead): PhiSpan[] => {
    const spans = detectOnce(read);
    // (Pass 23) Digits spaced apart by a scanner or a typist ("0 4 / 1 7 / 1 9 9 4", "6 1 2 - 5 5 5 -
    // 0 1 2 5") are read again with the spaces closed, and what covers them is mapped back.
    if (!SPACED_DIGITS_HINT.test(note)) return spans;
    const closed = closeSpacedDigits(note);
    if (!closed) return spans;
    const found: Candidate[] = spans.map((s) => ({ ...s, priority: 1 }));
    for (const s of detectOnce(readNote(closed.text))) {
      if (!closed.runs.some(([a, b]) => s.start < b && a < s.end)) continue;
      found.push({ start: closed.at[s.start]!, end: closed.at[s.end - 1]! + 1, type: s.type, priority: 2 });
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    return resolveOverlaps(found).map(({ start, end, type }) => ({ start, end, type }));
  };
  // A scanned note is read with its OCR look-alikes repaired (same length, so the same offsets).
  const readNote = (note: string): NoteRead => {
    const text = ocrNormalized(note, isWord, (w) => (dictionaries.englishWords.get(w) ?? 99) <= 35);
    return { text, tokens: tokenize(text) };
  };
  const detectOnce = ({ text, tokens }: NoteRead): PhiSpan[] => {
    readNoteWords(text, tokens);
    // One look-up per token and note, shared by the detectors.
    const flags = new Int32Array(tokens.length).fill(-1);
    const flagsAt = (i: number) => (flags[i]! >= 0 ? flags[i]! : (flags[i] = wordFlagsOf(tokens[i]!.key)));
    const input = { text, tokens, dictionaries, flagsAt };
    const candidates: Candidate[] = [];
    for (const detector of FIRST_PASS) for (const c of detector(input)) candidates.push(c);
    const merged = resolveOverlaps(candidates);
    const more = [...propagatePlaces(text, merged, dictionaries), ...afterPlaces(text, merged, dictionaries), ...properNounRuns(text, tokens, merged, dictionaries), ...nicknames(text, merged, dictionaries), ...agesAfterNames(text, merged), ...bareMonthDays(text, merged), ...signerInitials(text, merged, dictionaries), ...signerAffiliations(text, merged, dictionaries)];
    const resolved = resolveOverlaps([...merged.map((s) => ({ ...s, priority: 100 })), ...more]);
    const joins = addressJoins(text, resolved);
    const found = joins.length > 0 ? resolveOverlaps([...resolved, ...joins]) : resolved;
    const acronyms = facilityAcronyms(text, tokens, found, dictionaries);
    const withAcronyms = acronyms.length > 0 ? resolveOverlaps([...found, ...acronyms]) : found;
    // (Pass 19) A facility found only by the later rules (proper-noun runs, acronyms) has its town after it too.
    const lateFacilities = withAcronyms.filter((s) => s.type === 'FACILITY' && !merged.some((m) => m.start === s.start && m.end === s.end && m.type === 'FACILITY'));
    const lateTowns = lateFacilities.length > 0 ? afterPlaces(text, lateFacilities, dictionaries, true) : [];
    const all = lateTowns.length > 0 ? resolveOverlaps([...withAcronyms, ...lateTowns]) : withAcronyms;
    // (Pass 23) Only notes with an HL7 segment or a DICOM attribute line are checked for their machinery.
    const machine = MACHINE_RECORD.test(text);
    const kept = all.filter((s) => !genericService(text, s) && !namesALaw(text, s) && !namesAnInstrument(text, s) && !namesAModelOrUnit(text, s) && !namesADrug(text, s) && !insideCountryName(text, s) && !mixedCaseAbbreviation(text, s, dictionaries) && !stateAlone(text, s, dictionaries) && !(machine && inRecordMachinery(text, s)));
    // (Most notes name no people or language: then there is nothing to trim.)
    const peoples = tokens.some((t) => PEOPLES.has(t.key));
    return (peoples ? withoutPeoples(text, kept) : kept).map(({ start, end, type }) => {
      if (type === 'FACILITY') {
        const [s, e] = streetEdges(text, ...trimFacilityEdges(text, start, end, dictionaries));
        return { start: s, end: e, type };
      }
      if (type === 'ADDRESS' || type === 'LOCATION') {
        const [s, e] = streetEdges(text, start, end);
        if (type === 'ADDRESS') return { start: s, end: e, type };
        start = s;
        end = e;
      }
      // (Pass 22) A state's code after a town is no part of the place: "HOLYOKE, MA", "Mount Sterling KY".
      if (type === 'LOCATION') {
        const state = STATE_AFTER_TOWN.exec(text.slice(start, end));
        return { start, end: state ? end - state[0].length : end, type };
      }
      if (type !== 'NAME') return { start, end, type };
      // (Pass 23) A name at a segment's end stops before the next segment's name: "...^OBUYA^JANE\nOBX|1|".
      const nl = machine ? text.indexOf('\n', start) : -1;
      const [s, e] = trimNameEdges(text, start, nl >= 0 && nl < end && /^[ \t]*[A-Z][A-Z0-9]{2}\|/.test(text.slice(nl + 1, nl + 8)) ? nl : end, dictionaries);
      return { start: s, end: joinedSurnameEnd(text, s, syllableEnd(text, e), dictionaries), type };
    });
  };
  return {
    dictionaries,
    detect,
    detectWithText: (text) => detect(text).map((s) => ({ start: s.start, end: s.end, type: s.type, text: text.slice(s.start, s.end) })),
  };
}

const MACHINE_RECORD = /(?:^|\n)[ \t]*(?:[A-Z][A-Z0-9]{2}\||\([0-9A-Fa-f]{4},[0-9A-Fa-f]{4}\))/;
const SPACED_DIGITS_HINT = /\d[ ]{1,2}\d[ ]{1,2}\d/;
// A run of one- and two-digit groups, at least three of them single digits, spaced by one or two
// blanks and maybe a separator: "1 4 - 0 4 - 2 0 2 4", "5 5 4 0 4".
const SPACED_DIGITS = /(?<![\p{L}\p{N}])\d{1,2}(?:[ ]{1,2}(?:[-/.][ ]{1,2})?\d{1,2}){3,}(?![\p{L}\p{N}])/gu;

/** The note with the blanks inside spaced digit runs removed, the runs' places in it, and each character's offset in the note. */
function closeSpacedDigits(note: string): { text: string; runs: [number, number][]; at: number[] } | null {
  let text = '';
  const at: number[] = [];
  const runs: [number, number][] = [];
  let from = 0;
  const keep = (i: number) => {
    text += note[i];
    at.push(i);
  };
  for (const m of note.matchAll(SPACED_DIGITS)) {
    // (Five digits or more, and no separator or two: a dental chart's "5 4 6 / 6 5 6" is no date.)
    const separators = m[0].match(/[-/.]/g)?.length ?? 0;
    if ((m[0].match(/(?<!\d)\d(?!\d)/g)?.length ?? 0) < 3 || (m[0].match(/\d/g)?.length ?? 0) < 5 || separators === 1) continue;
    for (let i = from; i < m.index!; i++) keep(i);
    const start = text.length;
    for (let i = m.index!; i < m.index! + m[0].length; i++) if (note[i] !== ' ') keep(i);
    runs.push([start, text.length]);
    from = m.index! + m[0].length;
  }
  if (runs.length === 0) return null;
  for (let i = from; i < note.length; i++) keep(i);
  return { text, runs, at };
}

/**
 * Overlapping candidates become one span (their union) with the type of the highest priority,
 * so a partial match never leaves part of an identifier uncovered.
 *
 * @example
 *   resolveOverlaps([{ start: 0, end: 5, type: 'NAME', priority: 40 }, { start: 3, end: 9, type: 'DATE', priority: 70 }])
 *   // [{ start: 0, end: 9, type: 'DATE', priority: 70 }]
 */
export function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) {
      if (c.priority > last.priority) {
        last.type = c.type;
        last.priority = c.priority;
      }
      if (c.end > last.end) last.end = c.end;
    } else {
      out.push({ start: c.start, end: c.end, type: c.type, priority: c.priority });
    }
  }
  return out;
}
