// FACILITY named only by its proper name, with the kind of place written after it in lower case
// or as an abbreviation ("seen at Cobble Ridge ED", "staying at Lantern House shelter", "from
// Harwick hospital"), or in brackets after a generic one ("outside hospital (Harwick)").
// The facility-word rule ("... Medical Center") is in locations.ts, short names in facilities.ts.
import { CLINICAL_ABBREVIATIONS, MONTHS, NOT_NAMES, TITLES, WEEKDAYS } from '../lexicon';
import { unpackWordFlags } from '../dictionaries';
import { PRIORITY, type Candidate, type DetectInput } from './detector';

// "<at|from|to|in> Name Name <kind>": the kind is not part of the span. After a preposition, or at
// a line or sentence start where the name must pass the same word test (so "Presented ED" fails).
const PLACE_BEFORE_KIND = /(?<=\b(?:at|from|to|into|in|via|@|AT|FROM|TO|IN)[ \t]+(?:the[ \t]+|THE[ \t]+)?|(?:^|\n|[.:][ \t]+)[ \t]*)((?:\p{Lu}[\p{L}'’&.-]*[ \t]+){0,2}\p{Lu}[\p{L}'’&-]*)[ \t]+(?:ED|ER|E\.D\.|EDs|[Ee]mergency[ \t]+(?:[Dd]epartment|[Rr]oom)|urgent[ \t]+care|walk-in|hospital|clinic|shelter|detox|hospice|dialysis|campus|satellite|infirmary)\b/gu;
const KIND_HINT = /\b(?:ED|ER|E\.D\.|[Ee]mergency|urgent|walk-in|hospital|clinic|shelter|detox|hospice|dialysis|campus|satellite|infirmary)\b/;
// "outside hospital (Harwick)", "OSH (Pine Bluff Regional)", "prior SNF (Larchmont)".
const NAME_IN_BRACKETS = /\b(?:OSH|osh|[Oo]utside[ \t]+(?:hospital|facility|ED|ER)|[Oo]ther[ \t]+hospital|SNF|ALF|LTACH?|rehab|shelter|nursing[ \t]+home|group[ \t]+home|facility|employer|school)[ \t]*\([ \t]*((?:\p{Lu}[\p{L}'’&.-]*[ \t]+){0,3}\p{Lu}[\p{L}'’&-]*)[ \t]*\)/gu;
const BRACKET_HINT = /\([ \t]*\p{Lu}/u;
// A label that names a place: "Facility: Larkspur Point", "Employer: Fenwick Tool & Die",
// "Receiving hospital: Tarrant Bend". The value runs to the end of the line or a comma.
const LABELED = /(?<=(?:^|\n)[ \t]*)(?:(?:[Rr]eferring|[Rr]eceiving|[Ss]ending|[Tt]ransferring|[Oo]utside|[Pp]erforming|[Pp]rior|[Dd]ischarge|REFERRING|RECEIVING|SENDING)[ \t]+)?(?:[Ff]acility|FACILITY|[Hh]ospital|HOSPITAL|[Cc]linic|CLINIC|[Pp]ractice|PRACTICE|[Pp]harmacy|PHARMACY|[Aa]gency|AGENCY|[Ss]chool|SCHOOL|[Ee]mployer|EMPLOYER|[Ss]helter|SHELTER|[Ll]ab|LAB|[Ll]aboratory|LABORATORY|[Dd]estination|DESTINATION|SNF|OSH|[Rr]ehab|REHAB|[Nn]ursing[ \t]+home|NURSING[ \t]+HOME|[Hh]ome[ \t]+agency)[ \t]*:[ \t]*((?:\p{Lu}[\p{L}'’.-]*|&)(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|&|of|the|and)){0,5})(?=[ \t]*(?:$|\n|,|;|\(|[ \t]{2}))/gu;
const LABEL_HINT = /(?:acility|ospital|linic|ractice|harmacy|gency|chool|mployer|helter|\b[Ll]ab|aboratory|estination|SNF|OSH|ehab|ome)[ \t]*:/i;
// Words that name the kind or a department, not the place ("Student Health clinic", "Main ED").
const GENERIC = new Set(['health', 'medical', 'medicine', 'family', 'primary', 'care', 'student', 'employee', 'adult', 'pediatric', 'peds',
  'walk-in', 'express', 'main', 'north', 'south', 'east', 'west', 'central', 'satellite', 'community', 'local', 'outside', 'our', 'their',
  'same-day', 'after-hours', 'women', "women's", 'mens', "men's", 'veterans', 'va', 'county', 'city', 'state', 'public', 'free', 'new',
  'old', 'other', 'another', 'nearest', 'closest', 'nearby', 'regional', 'general', 'mobile', 'virtual', 'telehealth', 'specialty']);

/**
 * Finds facilities named by a proper name before a lower-case kind word or in brackets.
 *
 * @example
 *   detectNamedPlaces({ text: 'first seen at Cobble Ridge ED', ... }) // FACILITY over "Cobble Ridge"
 */
export function detectNamedPlaces({ text, dictionaries: d }: DetectInput): Candidate[] {
  const out: Candidate[] = [];
  const features = (w: string) => unpackWordFlags(d.wordFlags.get(w.toLowerCase()) ?? 0);
  const blocked = (w: string) => {
    const k = w.toLowerCase().replace(/['’]s$/, '').replace(/\.$/, '');
    return NOT_NAMES.has(k) || CLINICAL_ABBREVIATIONS.has(k) || TITLES.has(k) || k in MONTHS || WEEKDAYS.has(k) || GENERIC.has(k);
  };
  // A word that can name a place: a census name, a town, or a word that is neither English nor
  // medical ("Harwick"); a common English word alone ("Hand clinic", "Sleep clinic") cannot.
  const placeWord = (w: string) => {
    if (blocked(w)) return false;
    const f = features(w.replace(/['’]s$/, ''));
    const city = d.cities.has(w.toLowerCase());
    // (A census name that is also a medical word, "Spine", names a clinic's subject, not a place.)
    return city || ((f.first || f.last) && !(f.medical && f.english)) || (!f.english && !f.medical);
  };
  const accept = (name: string): boolean => {
    const words = name.split(/[ \t]+/);
    if (words.every(blocked)) return false;
    if (!words.some(placeWord)) return false;
    if (words.length === 1) {
      const f = features(words[0]!);
      return !(f.english && f.english <= 20) && !(f.medical && (f.english || (!f.first && !f.last)));
    }
    return true;
  };
  if (KIND_HINT.test(text)) {
    for (const m of text.matchAll(PLACE_BEFORE_KIND)) {
      // Leading generic words are not part of the name ("the Main Street ED" keeps "Main Street").
      let name = m[1]!;
      let start = m.index!;
      while (/[ \t]/.test(name) && blocked(name.split(/[ \t]+/)[0]!)) {
        const cut = name.search(/[ \t]+\S/);
        const skip = cut + name.slice(cut).search(/\S/);
        name = name.slice(skip);
        start += skip;
      }
      if (accept(name)) out.push({ start, end: start + name.length, type: 'FACILITY', priority: PRIORITY.facility });
    }
  }
  if (BRACKET_HINT.test(text)) {
    for (const m of text.matchAll(NAME_IN_BRACKETS)) {
      const name = m[1]!;
      const start = m.index! + m[0].lastIndexOf(name);
      if (accept(name)) out.push({ start, end: start + name.length, type: 'FACILITY', priority: PRIORITY.facility });
    }
  }
  if (LABEL_HINT.test(text)) {
    for (const m of text.matchAll(LABELED)) {
      const name = m[1]!.replace(/[ \t]+(?:of|the|and|&)$/, '').replace(/\.$/, '');
      const start = m.index! + m[0].lastIndexOf(m[1]!);
      // Any word that is not clinical vocabulary: the label already says it is a place.
      const words = name.split(/[ \t]+/);
      // One common word is a status, not a place ("Employer: Retired", "Destination: Home").
      const common = words.length === 1 && (features(name).english || 99) <= 20 && !features(name).first && !features(name).last;
      if (!common && !words.every((w) => blocked(w) || w === '&' || /^(?:of|the|and)$/.test(w))) out.push({ start, end: start + name.length, type: 'FACILITY', priority: PRIORITY.facility });
    }
  }
  return out;
}
