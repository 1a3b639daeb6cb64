// Proper names in running prose that no other rule explains (pass 8 on): two to six title-case
// words in the middle of a sentence ("drives for Desert Line Transport", "an aide from Optimum Home
// Infusion"), when a word of them is not clinical or administrative vocabulary; the rest of a run
// another rule took in part ("Saco Bay Eye Care"); letterheads (a name on its own line before its
// town and state, street, a gap or a dash; a name after a label asking for an organisation); a lone
// town or an unknown place after "in"/"from"/"near"; the site after the dash of a note's title line.
// Run on the other detectors' result, with the lowest priority.
import type { DeidDictionaries } from '../dictionaries';
import { CLINICAL_ABBREVIATIONS, CREDENTIALS, EPONYMS, MONTHS, NOT_NAMES, TITLES, WEEKDAYS } from '../lexicon';
import type { Token } from '../text-tokens';
import type { Candidate } from './detector';
import { isStateOrCountry } from './locations';
import { DEVICE_MAKERS } from './name-extras';

// Title-case words of clinical and administrative prose: sections, documents, services,
// departments, specialties, programs and kinds of care; a run of only these names nothing.
const CLINICAL_PROSE = new Set([
  'acute', 'chronic', 'adult', 'adults', 'pediatric', 'paediatric', 'geriatric', 'senior', 'women', "women's", 'men', "men's", 'child', 'children', "children's", 'infant', 'newborn', 'neonatal', 'maternal', 'fetal',
  'primary', 'secondary', 'urgent', 'emergency', 'critical', 'intensive', 'palliative', 'comfort', 'hospice', 'home', 'health', 'care', 'medical', 'medicine', 'surgical', 'surgery', 'clinical', 'clinic', 'center', 'centre',
  'internal', 'family', 'general', 'sports', 'sleep', 'pain', 'wound', 'ostomy', 'infusion', 'dialysis', 'transplant', 'cancer', 'heart', 'vascular', 'stroke', 'trauma', 'burn', 'spine', 'memory', 'movement', 'disorders',
  'behavioral', 'behavioural', 'mental', 'addiction', 'substance', 'recovery', 'rehabilitation', 'rehab', 'physical', 'occupational', 'speech', 'therapy', 'therapies', 'respiratory', 'nutrition', 'nutritional', 'diabetes', 'diabetic', 'education',
  'social', 'work', 'services', 'service', 'department', 'dept', 'division', 'unit', 'program', 'programme', 'team', 'office', 'desk', 'line', 'lab', 'laboratory', 'bay', 'suite', 'pool', 'floor', 'wing', 'ward',
  'note', 'notes', 'report', 'reports', 'summary', 'letter', 'form', 'forms', 'record', 'records', 'log', 'visit', 'encounter', 'consult', 'consultation', 'referral', 'request', 'order', 'orders', 'results', 'result',
  'admission', 'discharge', 'transfer', 'intake', 'triage', 'assessment', 'evaluation', 'screening', 'screen', 'exam', 'examination', 'history', 'plan', 'instructions', 'teaching', 'update', 'review',
  'progress', 'daily', 'weekly', 'monthly', 'annual', 'initial', 'final', 'preliminary', 'interim', 'addendum', 'amended', 'new', 'established', 'return', 'follow', 'followup', 'up', 'post', 'pre', 'op', 'operative',
  'procedure', 'procedures', 'protocol', 'pathway', 'bundle', 'checklist', 'scale', 'score', 'index', 'inventory', 'questionnaire', 'test', 'tests', 'testing', 'study', 'studies', 'trial', 'panel', 'profile',
  'patient', 'patients', 'provider', 'providers', 'physician', 'nurse', 'nurses', 'nursing', 'pharmacist', 'pharmacy', 'therapist', 'worker', 'manager', 'coordinator', 'navigator', 'counselor', 'counsellor', 'educator',
  'case', 'financial', 'counseling', 'counselling', 'support', 'group', 'groups', 'class', 'classes', 'clinics', 'network', 'system', 'systems', 'portal', 'chart', 'flowsheet', 'orderset',
  'advance', 'directive', 'directives', 'proxy', 'power', 'attorney', 'consent', 'authorization', 'prior', 'benefits', 'benefit', 'coverage', 'claim', 'appeal', 'denial', 'policy', 'plans', 'member', 'eligibility',
  'disability', 'leave', 'act', 'law', 'rights', 'human', 'protective', 'welfare', 'income', 'security', 'supplemental', 'assistance', 'energy', 'food', 'housing',
  'vital', 'sign', 'signs', 'known', 'allergies', 'drug', 'drugs', 'medication', 'medications', 'dose', 'doses', 'vaccine', 'vaccines', 'immunization', 'immunizations', 'booster', 'flu', 'shot',
  'blood', 'pressure', 'sugar', 'glucose', 'level', 'levels', 'count', 'oxygen', 'tube', 'catheter', 'pump', 'monitor', 'device', 'devices', 'equipment', 'supplies', 'supply', 'durable', 'mobility',
  'quality', 'safety', 'risk', 'management', 'compliance', 'privacy', 'infection', 'prevention', 'control', 'employee', 'student', 'school', 'public', 'county', 'state', 'federal', 'national',
  'administration', 'court', 'jury', 'juror', 'probate', 'guardianship', 'medicaid', 'medicare', 'advantage', 'part', 'waiver', 'choice', 'options', 'option', 'resource', 'resources', 'meals',
  'hunger', 'stress', 'cessation', 'smoking', 'tobacco', 'alcohol', 'weight', 'loss', 'lifestyle', 'exercise', 'walking', 'fitness', 'balance', 'falls', 'fall', 'fracture', 'bone', 'joint', 'joints', 'eye', 'eyes', 'ear',
  'nose', 'throat', 'skin', 'kidney', 'liver', 'lung', 'lungs', 'brain', 'head', 'neck', 'breast', 'chest', 'abdomen', 'pelvis', 'spinal', 'cord', 'foot', 'hand', 'knee', 'hip', 'shoulder',
  'no', 'not', 'none', 'yes', 'the', 'a', 'an', 'and', 'or', 'for', 'with', 'without', 'of', 'to', 'in', 'on', 'at', 'by', 'per', 'as', 'is', 'are', 'was', 'will', 'be', 'has', 'had', 'have', 'if', 'then', 'please',
  'wellness', 'call', 'callback', 'contact', 'phone', 'fax', 'email', 'mail', 'text', 'message', 'messages', 'sent', 'received', 'reviewed', 'signed', 'dictated', 'transcribed', 'verified', 'approved', 'pending', 'scheduled', 'cancelled',
  'failure', 'lobe', 'middle', 'upper', 'lower', 'left', 'right', 'aide', 'aides', 'ambulatory', 'retina', 'cornea', 'special', 'nursery', 'step', 'down', 'float',
  'transport', 'transportation', 'invasive', 'major', 'minor',
  'community', 'secure', 'encrypted', 'confidential', 'routine', 'stat', 'charity', 'application',
  'prison', 'jail', 'penitentiary', 'lockup', 'residence', 'detention', 'correctional', 'corrections',
  'use', 'abuse', 'misuse', 'illicit', 'recreational', 'clerk', 'authority', 'commission', 'commissioner', 'board', 'bureau', 'agency', 'registry',
  'our', 'anonymous', 'alcoholics', 'narcotics', 'watchers', 'guard', 'determination', 'ashkenazi', 'sephardic',
  'english', 'spanish', 'language', 'interpreter', 'deaf', 'blind', 'hard', 'hearing', 'vision', 'dental', 'oral', 'mouth', 'teeth', 'tooth', 'glasses', 'contacts', 'aid', 'aids', 'cane', 'walker', 'wheelchair',
]);
// Brands of devices people carry, beyond the implant makers ("Phonak Audeo", "Contour Next", "Trelegy Ellipta").
const BRANDS = new Set(['phonak', 'oticon', 'signia', 'resound', 'starkey', 'widex', 'contour', 'accu-chek', 'onetouch', 'airsense', 'aircurve', 'dreamstation', 'ellipta', 'respimat', 'diskus', 'handihaler', 'flexpen', 'kwikpen', 'solostar', 'inpen', 'guardian', 'eversense', 'invisalign', 'baxter', 'fresenius', 'homechoice', 'liberty', 'amia', 'cerner', 'epic', 'meditech', 'allscripts', 'athena', 'athenahealth', 'eclinicalworks', 'nextgen', 'mychart', 'surescripts']);
const CARS = new Set(['honda', 'toyota', 'nissan', 'hyundai', 'kia', 'subaru', 'mazda', 'chevy', 'chevrolet', 'dodge', 'jeep', 'volkswagen', 'vw', 'bmw', 'audi', 'tesla', 'lexus', 'acura', 'buick', 'cadillac', 'ford', 'gmc', 'chrysler', 'mitsubishi', 'volvo', 'harley', 'yamaha', 'kawasaki']);
// Last words of a run that name an instrument, a law or a payer, not an organisation of the patient
// ("Glasgow Coma Scale", "Istanbul Protocol", "No Surprises Act", "Tufts Health Plan", "Florida Blue").
const NOT_A_PLACE_TAIL = new Set(['scale', 'score', 'scores', 'protocol', 'criteria', 'classification', 'index', 'questionnaire', 'inventory', 'test', 'sign', 'syndrome', 'disease', 'act', 'law', 'method', 'technique', 'maneuver', 'diet',
  'plan', 'insurance', 'blue', 'shield', 'medicaid', 'medicare', 'advantage', 'kidcare', 'ppo', 'hmo', 'chip']);
const PAYER_BEFORE = /(?:\b(?:[Ii]nsurance|INSURANCE|[Ii]ns|[Pp]ayer|[Pp]ayor|[Pp]lan|[Cc]overage|[Ii]nsurer|[Cc]arrier)[ \t]*:|\b(?:[Ii]nsured|[Cc]overed)[ \t]+(?:by|through|with)|Medicaid[ \t]*\(|Medicare[ \t]*\()[ \t]*$/;
// Words before a name that say who the person is, not the name ("Sister Agnes", "Officer Hutchins").
const PERSON_LEADS = new Set(['sister', 'brother', 'father', 'mother', 'mama', 'papa', 'aunt', 'auntie', 'uncle', 'grandma', 'grandpa', 'granny', 'nana', 'cousin', 'coach', 'chaplain', 'nurse', 'officer', 'trooper', 'deputy', 'sheriff',
  'pastor', 'bishop', 'elder', 'deacon', 'minister', 'reverend', 'imam', 'rabbi', 'cantor', 'monk', 'sheikh', 'wife', 'husband', 'son', 'daughter', 'pt', 'client', 'resident', 'neurologist', 'cardiologist', 'surgeon']);

// Lower-case words inside a name ("of the", "de", "del", "dos").
const PARTICLES = new Set(['of', 'the', 'de', 'del', 'la', 'las', 'los', 'el', 'dos', 'das', 'do', 'da', 'di', 'du', 'y', 'e', 'o', 'von', 'van', 'der', 'den']);
const ORG_LABEL = /(?:^|\n|[ \t]{2}|[.;][ \t])(?:Agency|Home health|Home Health|Dialysis|Referring|Referred from|Pharmacy|Employer|School|Church|Facility|Lab|DME|Supplier|Vendor|Shelter|Program|SNF|Rehab|Hospice|Practice|Clinic|Group home|Day program|Workplace|Works at)[ \t]*:[ \t]*$/;
// (Pass 12: or its town alone, then the line's end or a gap: "High Desert Dermatology, Albuquerque   Wednesday".)
const LETTERHEAD_AFTER = /^(?:[ \t]+[A-Z]{2,4}\b)?(?:[ \t]{2,}\d+[ \t]+\p{Lu}|,[ \t]+(?:\d+(?:-\d+)?[ \t]+\p{Lu}|\p{Lu}[\p{L}.'-]*(?:[ \t]+\p{Lu}[\p{L}.'-]*)*,[ \t]+[A-Z]{2}\b|(?<town>\p{Lu}\p{Ll}[\p{L}.'-]*(?:[ \t]\p{Lu}\p{Ll}[\p{L}.'-]*)?)(?=[ \t]*(?:\n|$)|[ \t]{2,}))|[ \t]{3,}\S|[ \t]+[-–][ \t]+\p{Lu})/u;
const isWhen = (key: string) => key in MONTHS || WEEKDAYS.has(key) || WEEKDAYS.has(key.replace(/s$/, ''));
const isSentenceBreak = (before: string) => /(?:^|[.!?:;•*>\n]|\s-|\t)[ \t]*$/.test(before);

/** The index of the first span of `covered` (sorted, disjoint) that ends after `start`. */
function firstEndingAfter(covered: readonly Candidate[], start: number): number {
  let lo = 0;
  let hi = covered.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (covered[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether some letter or digit between `start` and `end` lies outside every span of `covered` (sorted). */
function hasUncovered(covered: readonly Candidate[], start: number, end: number): boolean {
  let at = start;
  for (let k = firstEndingAfter(covered, start); k < covered.length && covered[k]!.start < end; k++) {
    if (covered[k]!.start > at) return true;
    at = Math.max(at, covered[k]!.end);
  }
  return at < end;
}

// A note's title line and the site after its dash: "EMERGENCY DEPARTMENT NOTE - COOK COUNTY-HALSTED",
// "DIALYSIS RECORD - Prairie Sky Dialysis - Garden City", "school nurse log - Whitesburg Middle - wed 1/15".
const TITLE_DASH = /^[ \t]*[\p{L}&/ ]{3,60}?[ \t]+[-–][ \t]+([^\n]{3,80})/u;

/** The site named after the dash of a note's first line, when a word of it names something. */
function headerSite(text: string, d: DeidDictionaries): Candidate[] {
  const dash = text.indexOf(' - ');
  if (dash < 0 || dash > 70 || text.lastIndexOf('\n', dash) >= 0) return [];
  const m = TITLE_DASH.exec(text);
  if (!m) return [];
  const start = m.index + m[0].length - m[1]!.length;
  // The part before the dash is a title: words of clinical prose only ("Larkmoor Clinic - Eastbrook" is a site).
  // (In capitals or lower case, ordinary English words may make the title too: "CHARITY CARE APPLICATION".)
  const titleText = text.slice(0, start);
  const plainTitle = !/\p{Ll}/u.test(titleText) || !/\p{Lu}/u.test(titleText);
  const title = titleText.match(/\p{L}[\p{L}']*/gu) ?? [];
  if (!title.every((w) => { const key = w.toLowerCase(); return CLINICAL_PROSE.has(key) || NOT_NAMES.has(key) || CLINICAL_ABBREVIATIONS.has(key) || (d.medicalTerms.has(key) && !d.cities.has(key)) || (plainTitle && (d.englishWords.get(key) ?? 99) <= 35 && !d.cities.has(key)); })) return [];
  // The site ends before a date, a weekday, a time or a column gap.
  const stop = /[ \t]+[-–][ \t]+(?=\p{Ll}{3}\b|\d)|[ \t]{2,}|[ \t]+(?=\d)|[ \t]*[,(;]|\.(?:[ \t]|$)/u.exec(m[1]!);
  const site = stop ? m[1]!.slice(0, stop.index) : m[1]!;
  const words = site.match(/\p{L}[\p{L}']*/gu) ?? [];
  if (words.length === 0 || words.length > 8) return [];
  const names = words.some((w) => {
    const key = w.toLowerCase();
    if (CLINICAL_PROSE.has(key) || NOT_NAMES.has(key) || CLINICAL_ABBREVIATIONS.has(key) || isWhen(key) || TITLES.has(key)) return false;
    // (Only a word no dictionary of words knows, or a town: "CYTOLOGY REPORT", "ROSTER SHEET" name nothing.)
    const f = d.wordFlags.get(key) ?? 0;
    if (key.length < 4 || /^\p{Lu}{4}$/u.test(w)) return false;
    return (f >>> 8 === 0 || f >>> 8 >= 35) && ((f & 16) !== 0 || (f >>> 8 === 0 && (f & 4) === 0));
  });
  // (Pass 10: under a title in capitals or lower case, a title-case site of two or more words with one
  // word outside clinical prose names something too: "CHARITY CARE APPLICATION - Prairie Heights Health System".)
  const titleCaseSite = plainTitle && words.length >= 2 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && words.some((w) => {
    const key = w.toLowerCase();
    const f = d.wordFlags.get(key) ?? 0;
    return w.length > 2 && !CLINICAL_PROSE.has(key) && !NOT_NAMES.has(key) && !CLINICAL_ABBREVIATIONS.has(key) && !isWhen(key) && !TITLES.has(key) && !((f & 4) !== 0 && f >>> 8 === 0);
  });
  return names || titleCaseSite ? [{ start, end: start + site.trimEnd().length, type: 'FACILITY', priority: 5 }] : [];
}

/** Whether a NAME span of `covered` (sorted) overlaps `start`..`end`: "Smith of Mercy Hospital" is two names. */
function namesAPerson(covered: readonly Candidate[], start: number, end: number): boolean {
  for (let k = firstEndingAfter(covered, start); k < covered.length && covered[k]!.start < end; k++) if (covered[k]!.type === 'NAME') return true;
  return false;
}

/**
 * A lone town after "in", "from", "to" or "near" in prose ("a hand surgeon in Anchorage", "moved from
 * Kodiak"): a word the places list knows that is no common English word (level 35 or rarer), no
 * clinical word and no state or country; or, after "in", "from" or "near", a word no list knows.
 */
function isTownAfterPreposition(text: string, t: Token, prev: Token | undefined, d: DeidDictionaries): boolean {
  // (The preceding token and its one-blank gap first: this runs for every capitalized word.)
  if (t.text.length < 4 || prev === undefined || prev.end + 1 !== t.start || text.charCodeAt(prev.end) !== 32) return false;
  if (prev.text !== 'in' && prev.text !== 'from' && prev.text !== 'to' && prev.text !== 'near') return false;
  // (Pass 9: a word no list knows at all after "in", "from" or "near" is a place abroad, "in Busan".)
  if (BRANDS.has(t.key) || DEVICE_MAKERS.has(t.key)) return false;
  if (!d.cities.has(t.key)) return (d.wordFlags.get(t.key) ?? 0) === 0 && /^\p{Lu}\p{Ll}+$/u.test(t.text) && prev.text !== 'to' && !NOT_NAMES.has(t.key) && !CLINICAL_ABBREVIATIONS.has(t.key) && !CLINICAL_PROSE.has(t.key) && !isWhen(t.key) && !/^[ \t]+\p{Lu}/u.test(text.slice(t.end, t.end + 3)) && !isStateOrCountry(t.text);
  const english = d.englishWords.get(t.key);
  if ((english !== undefined && english < 35) || NOT_NAMES.has(t.key) || CLINICAL_PROSE.has(t.key) || CLINICAL_ABBREVIATIONS.has(t.key) || EPONYMS.has(t.key) || TITLES.has(t.key) || isWhen(t.key)) return false;
  // Not the first word of a name or an eponym's disease ("to Foley catheter", "in Hodgkin disease").
  if (/^[ \t]+(?:\p{Lu}|disease|syndrome|sign|catheter|score|scale|test|maneuver)/u.test(text.slice(t.end, t.end + 12))) return false;
  return !isStateOrCountry(t.text);
}

/**
 * Candidates for the title-case runs of prose that the spans in `covered` leave wholly uncovered.
 *
 * @example
 *   properNounRuns('drives for Desert Line Transport daily.', tokens, [], dictionaries) // FACILITY "Desert Line Transport"
 */
export function properNounRuns(text: string, tokens: readonly Token[], covered: readonly Candidate[], d: DeidDictionaries): Candidate[] {
  const out: Candidate[] = headerSite(text, d);
  let c = 0;
  const isCovered = (t: Token) => {
    while (c < covered.length && covered[c]!.end <= t.start) c += 1;
    return c < covered.length && covered[c]!.start < t.end;
  };
  const n = tokens.length;
  // (Gaps are tested by their characters: slicing each one cost more than the rest of the rule.)
  const blank = (a: Token, b: Token) => b.start === a.end + 1 && text.charCodeAt(a.end) === 32;
  for (let i = 0; i < n; i++) {
    const first = tokens[i]!;
    if (first.shape !== 'cap' || first.text.length < 2) continue;
    // The run: title-case words joined by one blank, "&" or a hyphen, or by one or two particles
    // ("Our Lady of the Bayou", "El Paso del Norte", "Casa de Partos Esperanza").
    let j = i;
    const words: Token[] = [first];
    let hyphens = 0;
    let afterParticle: Token | undefined;
    let particles = 0;
    while (j + 1 < n) {
      const next = tokens[j + 1]!;
      const end = tokens[j]!.end;
      if (next.shape === 'cap' && next.text.length >= 2) {
        const hyphen = next.start === end + 1 && text.charCodeAt(end) === 45;
        if (blank(tokens[j]!, next) || hyphen || (next.start === end + 3 && text.startsWith(' & ', end))) {
          if (hyphen) hyphens += 1;
          words.push(next);
          j += 1;
          continue;
        }
      }
      if (next.shape !== 'lower') break;
      let k = j + 1;
      while (k < n && k - j <= 2 && PARTICLES.has(tokens[k]!.text) && blank(tokens[k - 1]!, tokens[k]!)) k += 1;
      if (k > j + 1 && k < n && tokens[k]!.shape === 'cap' && tokens[k]!.text.length >= 2 && blank(tokens[k - 1]!, tokens[k]!)) {
        words.push(tokens[k]!);
        particles += k - j - 1;
        if (words.length === 2) afterParticle = tokens[k]!;
        j = k;
        continue;
      }
      break;
    }
    i = j;
    // (A hyphenated pair alone is one word: "Hawkins-Kennedy", "Wi-Fi", "Yemeni-American".)
    if (words.length - hyphens < 2) {
      if (words.length === 1 && isTownAfterPreposition(text, first, i > 0 ? tokens[i - 1] : undefined, d) && !isCovered(first)) out.push({ start: first.start, end: first.end, type: 'LOCATION', priority: 5 });
      continue;
    }
    // (Cheap tests first: most runs are names another rule already took whole.)
    const coveredAt = new Set<Token>();
    for (const w of words) if (isCovered(w)) coveredAt.add(w);
    // (A name other rules took in pieces still gets its particles: "Casa" + "de" + "Partos Aurora".)
    if (coveredAt.size === words.length && (particles === 0 || !hasUncovered(covered, first.start, words[words.length - 1]!.end) || namesAPerson(covered, first.start, words[words.length - 1]!.end))) continue;
    // "Hx of Parkinson's", "Dept of X": a clinical word before a particle is no part of a name.
    if (afterParticle && (CLINICAL_ABBREVIATIONS.has(first.key) || NOT_NAMES.has(first.key) || CLINICAL_PROSE.has(first.key))) words.shift();
    const before = text.slice(Math.max(0, first.start - 6), first.start);
    // At a sentence start the first word may be an ordinary capitalized word ("Attends Sunrise Daycare").
    const atBreak = isSentenceBreak(before);
    // A letterhead: a name on a line of its own before its town and state, its street or a gap
    // ("Iron Range Rehab, Virginia, MN", "Sonoran Skin & Mohs   3625 E Speedway Blvd").
    const head = /(?:^|\n|[ \t]{3})[ \t]*$/.test(before) ? LETTERHEAD_AFTER.exec(text.slice(words[words.length - 1]!.end, words[words.length - 1]!.end + 48)) : null;
    // (The town after the comma is no credential or given name: "Pharmacist Thuy Dang, PharmD", "Tzoc Ixcoy, Baltazar".)
    const town = head?.groups?.town?.toLowerCase();
    const letterhead = (head !== null && !(town !== undefined && (CREDENTIALS.has(town) || d.firstNames.has(town.split(/[ \t]/)[0]!) || namesAPerson(covered, first.start, words[words.length - 1]!.end))))
      // (Pass 10: after a label that asks for an organisation, "Agency: X", "Home health: X", "Dialysis : X".)
      || ORG_LABEL.test(text.slice(Math.max(0, first.start - 24), first.start));
    if (atBreak && !letterhead && !coveredAt.has(words[0]!)) {
      const f = d.wordFlags.get(words[0]!.key) ?? 0;
      if (f >>> 8 !== 0 || (f & 4) !== 0 || NOT_NAMES.has(words[0]!.key) || CLINICAL_PROSE.has(words[0]!.key) || CLINICAL_ABBREVIATIONS.has(words[0]!.key)) words.shift();
    }
    while (words.length > 0 && CREDENTIALS.has(words[0]!.key)) words.shift();
    // A weekday or month after the name is when, not part of it ("Lantern Hill Fellowship Sundays").
    while (words.length > 0 && isWhen(words[words.length - 1]!.key)) words.pop();
    if (words.length - hyphens < 2 || words.length > 7) continue;
    const coveredWords = words.filter((w) => coveredAt.has(w)).length;
    if (coveredWords === words.length && (particles === 0 || !hasUncovered(covered, words[0]!.start, words[words.length - 1]!.end) || namesAPerson(covered, words[0]!.start, words[words.length - 1]!.end))) continue;
    const runStart = words[0]!.start;
    let runEnd = words[words.length - 1]!.end;
    // A letterhead's name may end in capitals ("Granite Peaks Sports PT, 14 Alder St").
    const capitalsAfter = letterhead ? /^[ \t]+[A-Z]{2,4}(?=,|[ \t]{3})/.exec(text.slice(runEnd, runEnd + 8)) : null;
    if (capitalsAfter) runEnd += capitalsAfter[0].length;
    const after = text.slice(runEnd, runEnd + 3);
    if (/['’]s?$/.test(before) || /^['’\p{L}\p{N}-]/u.test(after) || /[\p{L}\p{N}-]$/u.test(text.slice(runStart - 1, runStart))) continue;
    // A line of title-case words is a heading or a table row, not prose; a line in capitals or
    // lower case says nothing by its capitals.
    const lineStart = text.lastIndexOf('\n', runStart) + 1;
    const lineEnd = text.indexOf('\n', runEnd);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    if (!letterhead && (line.match(/(?<![\p{L}])\p{Ll}{2,}/gu)?.length ?? 0) < 2) continue;
    if (PERSON_LEADS.has(words[0]!.key) || TITLES.has(words[0]!.key)) continue;
    let specific = 0;
    let bad = false;
    for (const w of words) {
      const key = w.key;
      if (TITLES.has(key) || key in MONTHS || WEEKDAYS.has(key) || DEVICE_MAKERS.has(key) || BRANDS.has(key) || CARS.has(key)) { bad = true; break; }
      if (CLINICAL_PROSE.has(key) || NOT_NAMES.has(key) || CLINICAL_ABBREVIATIONS.has(key) || EPONYMS.has(key)) continue;
      const f = d.wordFlags.get(key) ?? 0;
      // A drug or a medical word that is no English word ("Motrin", "Prosthetics") names nothing by
      // itself, but may sit in a name ("Bluebonnet Prosthetics").
      if ((f & 4) !== 0 && f >>> 8 === 0 && (f & 3) === 0) continue;
      if (w.text.length > 2) specific += 1;
    }
    // A run another rule took in part is one name: the rest of it belongs to the span ("Saco Bay Eye Care").
    if (bad || (specific === 0 && coveredWords === 0)) continue;
    // Armed services and a label at a sentence start ("Coast Guard", "Air Force", "Illicit Drug Use: denies").
    if ((/^[ \t]*:/.test(after) && (atBreak || (specific === words.filter((w) => d.englishWords.has(w.key)).length && !/\b(?:at|from|to|in|by|with|via)[ \t]+$/.test(before)))) || /^(?:Coast|National|Air|Space|Marine)[ \t]+(?:Guard|Force|Corps)$/.test(text.slice(runStart, runEnd))) continue;
    // (A national body is no organisation of the patient: "American Heart Association".)
    if (NOT_A_PLACE_TAIL.has(words[words.length - 1]!.key) || /^(?:american|national|international)$/.test(first.key) || PAYER_BEFORE.test(text.slice(Math.max(0, first.start - 24), first.start))) continue;
    // (A state or country closing the run names a program of it: "Quitline Iowa".)
    if (isStateOrCountry(text.slice(runStart, runEnd)) || isStateOrCountry(words[words.length - 1]!.text)) continue;
    out.push({ start: runStart, end: runEnd, type: 'FACILITY', priority: 5 });
  }
  return out;
}
