// FACILITY: organisations written in lower case, in hurried nursing, ED and urgent-care notes:
// "works @ fenwick halal market", "sent to tri-county labs", "pt from villa del sol assisted living",
// "sleeps at west dunmore harbor shelter", "at the pelican's roost bar", "- ashby hollow general ed".
// A lower-case organisation head (market, labs, rx, shelter, assisted living, school, ed ...) after
// one to five lower-case lead words, after a place cue (at, @, to, from, via, thru, by, a dash or colon
// label, a bracket, a line start, a column gap). At least one lead word must name: a town, a census name or a
// rare English word that no clinical list holds, a word no list knows, or a possessive ("joe's").
// Lower-case clinical text ("at the ed", "to rehab", "via pharmacy", "the cardiology clinic",
// "to ortho clinic") has no such lead. Token look-ups only: the rule starts at a head token.
import { CLINICAL_ABBREVIATIONS, FUNCTION_WORDS, NOT_NAMES } from '../lexicon';
import type { Token } from '../text-tokens';
import { PRIORITY, type DetectInput } from './detector';
import { FACILITY_STOP, LANDSCAPE } from './facility-suffixes';
import { COUNTRIES } from './locations';
import { ORG_NAME_WORDS } from './org-name-words';
import type { PushCandidate } from './street-addresses';

// (Pass 18) Heads that also stand inside longer names ("chelsea neighborhood health center"): they
// stay lead words, and before another head they leave the name to it. "practice" is a head only
// after a kind of practice ("stowe family practice", not "soccer practice").
const INNER_HEADS: ReadonlySet<string> = new Set(['practice', 'associates', 'dialysis', 'nursing', 'health', 'peds']);
const PRACTICE_KINDS: ReadonlySet<string> = new Set(['family', 'medical', 'dental', 'group', 'private', 'general', 'veterinary', 'vet', 'chiropractic', 'podiatry']);
// (Pass 18) A health plan named "... health" after the payer it belongs to: "medicaid (sunshine health 6612...)".
const PAYER_BEFORE = /\b(?:medicaid|medicare|insurance|ins|plan|payer|payor|mco|hmo|ppo|coverage|insured)\b[^\n]{0,16}$/i;
// Organisation heads in lower case. (ED/ER name the department, so they stay outside the span.)
const HEADS: ReadonlySet<string> = new Set(['ed', 'er', 'labs', 'lab', 'laboratory', 'laboratories', 'rx', 'pharmacy', 'drug', 'drugs', 'market', 'mart', 'grocery',
  'bar', 'pub', 'tavern', 'grill', 'diner', 'cafe', 'café', 'bakery', 'deli', 'pizza', 'pizzeria', 'wings', 'tacos', 'taqueria', 'cuisine', 'restaurant', 'shelter',
  'mission', 'school', 'academy', 'college', 'tech', 'university', 'church', 'chapel', 'mosque', 'masjid', 'temple', 'synagogue', 'center', 'centre', 'clinic',
  'hospice', 'vna', 'rehab', 'ltach', 'snf', 'dental', 'medical', 'lodge', 'towers', 'apts', 'apartments', 'manor', 'mill', 'plant', 'factory', 'roofing',
  'plumbing', 'construction', 'trucking', 'farms', 'dairy', 'motors', 'supply', 'league', 'care', 'living', 'ymca', 'hospital', 'pediatrics', 'motel', 'inn',
  // (pass 10) works, depts, services, ranches, ambulances, congregations
  'ctr', 'works', 'iron', 'steel', 'dept', 'services', 'ranch', 'ambulance', 'ems', 'fellowship', 'ministries',
  // (pass 12) practices by specialty, health centres, pavilions, warehouses and haulers, interpreters
  'cardiology', 'dermatology', 'orthopedics', 'orthopaedics', 'urology', 'neurology', 'oncology', 'gastroenterology', 'ophthalmology', 'optometry',
  'eye', 'ob/gyn', 'obgyn', 'gyn', 'fhc', 'chc', 'fqhc', 'pavilion', 'storage', 'foods', 'logistics', 'transport', 'transit', 'interpreting', 'staffing',
  // (pass 13) rural hospitals in charting shorthand: "worthington rgnl", "greensburg prairie hosp"
  'rgnl', 'regional', 'hosp', 'memorial',
  // (pass 14) unions, trades and firms, halls, yards, general hospitals, practices
  'union', 'hvac', 'docs', 'general', 'navigation', 'freight', 'glazing', 'medicine', 'yard', 'hall', 'parish', 'glass',
  'granite', 'telehealth', 'collaborative', 'management', 'counsel', 'lines', 'distribution', 'refinery', 'equipment', 'infusion', 'fulfillment',
  // (pass 18) practices, associates, dialysis units, home nursing, health centres and peds practices
  ...INNER_HEADS]);
// "care" and "living" are heads only after these ("urgent care", "kidney care", "assisted living").
const CARE_KINDS: ReadonlySet<string> = new Set(['urgent', 'home', 'primary', 'kidney', 'health', 'senior', 'day', 'eye', 'foot', 'skin', 'assisted', 'independent', 'family', 'womens', "women's", 'child']);
// Heads that are a department of the place named before them, left out of the span.
const DEPARTMENT_HEADS: ReadonlySet<string> = new Set(['ed', 'er']);
// Lead words that join a name without naming by themselves ("villa del sol", "st. anselm").
const PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'di', 'da', 'san', 'santa', 'st', 'saint', 'mt', 'mount', 'ft', 'fort']);
// Words that open a place's name without naming it: "north shore ...", "lake ...", "st. ...".
const PLACE_START: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'lake', 'mount', 'mt', 'st', 'saint', 'san', 'santa', 'fort', 'ft', 'port', 'upper', 'lower', 'greater', 'new', 'old', 'big', 'little', 'great', 'el', 'la', 'los', 'las', 'casa', 'villa']);
// Clinical services, kinds and generic places that never name an organisation ("ortho clinic",
// "anticoag clinic", "main lab", "outpatient pharmacy", "va clinic").
const GENERIC: ReadonlySet<string> = new Set(['outpatient', 'inpatient', 'outpt', 'inpt', 'anticoag', 'coumadin', 'ortho', 'cards', 'peds', 'onc', 'neuro', 'psych', 'gi', 'ent', 'uro', 'derm', 'rheum',
  'endo', 'pulm', 'renal', 'heme', 'hem', 'ob', 'gyn', 'obgyn', 'wic', 'va', 'vamc', 'cath', 'echo', 'ekg', 'eeg', 'emg', 'mri', 'ct', 'xr', 'ir', 'pft', 'sleep', 'wound', 'lipid', 'hiv', 'std', 'sti', 'tb',
  'methadone', 'suboxone', 'infusion', 'dialysis', 'transplant', 'specialty', 'retail', 'mail', 'order', 'compounding', 'local', 'main', 'central', 'onsite', 'hospital', 'clinic', 'free', 'walk-in',
  'community', 'county', 'state', 'city', 'public', 'private', 'charter', 'catholic', 'christian', 'baptist', 'methodist', 'lutheran', 'islamic', 'jewish', 'nursing', 'group', 'home', 'homeless',
  'family', 'primary', 'urgent', 'satellite', 'downstairs', 'upstairs', 'nearby', 'neighborhood', 'corner', 'new', 'old', 'same', 'other', 'another', 'different', 'his', 'her', 'their', 'our', 'pt', 'pts', 'pt’s', "pt's",
  'patient', 'patients', 'rehab', 'acute', 'subacute', 'inpatient', 'peds', 'pediatric', 'adult', 'senior', 'day', 'night', 'weekend', 'employee', 'student', 'staff', 'grab', 'snack', 'salad', 'granola', 'call', 'side',
  'trapeze', 'nurses', 'nurse', 'physician', 'doctor', 'dr', 'md', 'crisis', 'detox', 'behavioral', 'mental', 'health', 'medical', 'dental', 'eye', 'foot', 'vision', 'hearing', 'cancer', 'heart', 'stroke',
  'diabetes', 'pain', 'spine', 'sports', 'tribal', 'env', 'environmental', 'occupational', 'sexual', 'reproductive', 'school', 'travel', 'high', 'middle', 'elementary', 'junior', 'grade', 'prep', 'trade', 'nursing', 'beauty', 'driving', 'summer', 'sunday', 'bible', 'grad', 'graduate', 'medical', 'law', 'art']);
// What may come right before the lead: a place preposition (with "the"), a workplace verb, a label
// dash or colon, a bracket, or a line start.
const CUE_BEFORE = /(?:(?:^|[^\p{L}])(?:at|to|from|via|thru|through|into|for|with|w\/|owns|owned|runs|attends|attended|near|by)[ \t]+(?:the[ \t]+)?|@[ \t]*(?:the[ \t]+)?|(?:^|[ \t])[-–—:][ \t]+|\([ \t]*|(?:^|\n)[ \t]*|[ \t]{2})$/u;
// "... center of hadley ave": a street named after "of" belongs to the organisation.
const OF_STREET = /^[ \t]+of[ \t]+(?:[a-z][a-z'-]*[ \t]+){1,2}(?:ave|avenue|st|street|rd|road|blvd|dr|drive|way|ln|lane|hwy|pkwy)\b\.?/;

/**
 * Adds FACILITY candidates for lower-case organisations named by a lead and a head word.
 *
 * @example
 *   pushLowerCaseOrgs({ text: 'works @ fenwick halal market', ... }, push) // "fenwick halal market"
 */
export function pushLowerCaseOrgs(input: DetectInput, push: PushCandidate): void {
  const { text, tokens, dictionaries: d } = input;
  const n = tokens.length;
  // A lead word that names: a possessive, a town or census name that is a rare English word or none,
  // a rare English word that is no medical one, or a word no list knows.
  const names = (t: Token) => {
    if (GENERIC.has(t.key) || PARTICLES.has(t.key) || NOT_NAMES.has(t.key) || CLINICAL_ABBREVIATIONS.has(t.key) || FUNCTION_WORDS.has(t.key) || COUNTRIES.has(t.key) || t.text.length < 3) return false;
    if (/['’]s$/.test(t.text) || ORG_NAME_WORDS.has(t.key) || LANDSCAPE.has(t.key)) return true;
    const e = d.englishWords.get(t.key);
    const census = d.firstNames.has(t.key) || d.lastNames.has(t.key) || d.cities.has(t.key);
    if (e === undefined) return census || !d.medicalTerms.has(t.key);
    return e >= 35 && (census || !d.medicalTerms.has(t.key));
  };
  // A word that may stand in the lead at all.
  const leadWord = (t: Token) => t.shape === 'lower' && !FACILITY_STOP.has(t.key) && !FUNCTION_WORDS.has(t.key) && (!HEADS.has(t.key) || INNER_HEADS.has(t.key)) && !CLINICAL_ABBREVIATIONS.has(t.key);
  let after = 0;
  for (let i = 1; i < n; i++) {
    const h = tokens[i]!;
    if (h.shape !== 'lower' || !HEADS.has(h.key) || h.start < after) continue;
    if (INNER_HEADS.has(h.key)) {
      const next = tokens[i + 1];
      if (next && next.shape === 'lower' && HEADS.has(next.key) && text.slice(h.end, next.start) === ' ') continue;
      if (h.key === 'practice' && !PRACTICE_KINDS.has(tokens[i - 1]!.key)) continue;
    }
    let j = i;
    // "urgent care", "assisted living": the kind word is part of the head.
    if (h.key === 'care' || h.key === 'living') {
      if (!CARE_KINDS.has(tokens[i - 1]!.key) || text.slice(tokens[i - 1]!.end, h.start) !== ' ') continue;
      j = i - 1;
    }
    const headStart = j;
    // The lead: up to five lower-case words before the head, joined by a blank or a hyphen ("st." too).
    while (j > 0 && headStart - j < 5) {
      const p = tokens[j - 1]!;
      const g = text.slice(p.end, tokens[j]!.start);
      if (!(g === ' ' || g === '-' || (g === '. ' && PARTICLES.has(p.key)))) break;
      if (!leadWord(p) && !PARTICLES.has(p.key)) break;
      j -= 1;
    }
    if (j === headStart) continue;
    // A particle cannot end the lead ("de market"), and a lead of particles names nothing.
    if (PARTICLES.has(tokens[headStart - 1]!.key) && tokens[headStart - 1]!.key !== 'st') continue;
    const of = !DEPARTMENT_HEADS.has(h.key) && text.charCodeAt(h.end) === 32 ? OF_STREET.exec(text.slice(h.end, h.end + 48)) : null;
    let named = of !== null;
    for (let x = j; x < headStart && !named; x++) if (names(tokens[x]!)) named = true;
    if (h.key === 'health' && PAYER_BEFORE.test(text.slice(Math.max(0, tokens[j]!.start - 40), tokens[j]!.start))) continue;
    // "to blue hills rehab", "at copper ridge lodge": two or more common words that are all towns or
    // census names also name a place ("domestic violence shelter", "acute rehab" stay words).
    let allTowns = false;
    if (!named && headStart - j >= 2) {
      named = true;
      allTowns = true;
      for (let x = j; x < headStart && named; x++) {
        const t = tokens[x]!;
        if (GENERIC.has(t.key) || FUNCTION_WORDS.has(t.key) || NOT_NAMES.has(t.key) || !(d.cities.has(t.key) || d.lastNames.has(t.key) || d.firstNames.has(t.key))) named = false;
        allTowns &&= d.cities.has(t.key);
      }
    }
    if (!named) continue;
    const cue = CUE_BEFORE.exec(text.slice(Math.max(0, tokens[j]!.start - 14), tokens[j]!.start));
    if (!cue) continue;
    // After a label dash, a colon, a bracket or a line start the lead opens with a naming or a place
    // word: "- may need arbor glen home care" starts at "arbor" (a preposition lets "at the fox's den bar" be).
    // (Pass 18: a lead whose words are all towns is kept whole, "- wood river urgent care".)
    if (!allTowns && !/[\p{L}@/][ \t]+(?:the[ \t]+)?$|@[ \t]*$/u.test(cue[0])) {
      while (j < headStart && !names(tokens[j]!) && !PLACE_START.has(tokens[j]!.key)) j += 1;
      if (j === headStart) continue;
    }
    let end = DEPARTMENT_HEADS.has(h.key) ? tokens[i - 1]!.end : h.end;
    if (of) end = h.end + of[0].replace(/\.$/, '').length;
    push(tokens[j]!.start, end, 'FACILITY', PRIORITY.facility);
    after = h.end;
  }
}
