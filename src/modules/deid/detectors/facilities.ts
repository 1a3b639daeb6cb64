// FACILITY without a facility word: well-known hospitals called by their short names ("Mass
// General", "the Brigham", "Dana-Farber") and hospital wards named after people ("Bigelow 11",
// "transferred to Blake 7"). The facility-word rule ("... Medical Center") is in locations.ts.
import { CLINICAL_ABBREVIATIONS, EPONYMS, FUNCTION_WORDS, MONTHS, NOT_NAMES, TITLES, WEEKDAYS } from '../lexicon';
import { allMatches, PRIORITY, type Candidate, type DetectInput } from './detector';
import { gatesOf, wordGates } from '../text-tokens';

// Short names of US hospitals and health systems that notes use without "Hospital" (national
// academic centres and the New England hospitals common in Boston-area notes). Words that are
// also ordinary English, eponyms or abbreviations ("Rush", "Duke", "Mercy", "MSK") are left out.
const KNOWN = [
  'Mass General', 'Massachusetts General', 'MGH', 'Brigham', 'BWH', 'Beth Israel Deaconess', 'Beth Israel', 'BIDMC', 'Dana-Farber', 'Dana Farber', 'DFCI',
  'Joslin', 'Lahey', 'Tufts Medical', 'Tufts MC', 'NEMC', 'Spaulding', 'McLean', 'Mount Auburn', 'Mt. Auburn', 'Newton-Wellesley',
  'Cooley Dickinson', 'Baystate', 'Harvard Vanguard', 'Atrius', 'Beverly Hospital', 'Winchester Hospital', 'Lawrence General',
  'Anna Jaques', 'Milford Regional', 'South Shore Hospital', 'Sturdy Memorial', 'Boston Children\'s', 'Children\'s Hospital',
  'Johns Hopkins', 'Mount Sinai', 'Mt. Sinai', 'Mt Sinai', 'Cedars-Sinai', 'Cedars Sinai', 'Sloan Kettering', 'Sloan-Kettering',
  'MSKCC', 'MD Anderson', 'Kaiser Permanente', 'Geisinger', 'Intermountain', 'Ochsner', 'NYU Langone', 'Langone', 'NewYork-Presbyterian',
  'New York-Presbyterian', 'Columbia Presbyterian', 'Weill Cornell', 'Montefiore', 'Yale New Haven', 'Yale-New Haven', 'UCSF', 'UPMC',
  'Henry Ford', 'Beaumont', 'Parkland', 'Houston Methodist', 'Scripps', 'Harborview', 'Virginia Mason', 'Wake Forest Baptist',
  'Hackensack', 'Robert Wood Johnson', 'Walter Reed', 'St. Jude', 'St Jude', 'Texas Children\'s', 'Nationwide Children\'s',
  'Seattle Children\'s', 'Lurie Children\'s', 'Cincinnati Children\'s', 'Rady Children\'s', 'CHOP', 'Dartmouth-Hitchcock',
  'Dartmouth Hitchcock', 'Hartford Hospital', 'Maine Medical', 'Rhode Island Hospital', 'Miriam Hospital', 'Jackson Memorial',
  'Grady Memorial', 'Bellevue', 'Jacobi', 'Kings County', 'Cook County', 'Emory', 'Vanderbilt', 'Northwestern Memorial',
  'Stanford Health', 'Penn Medicine', 'Penn Presbyterian', 'Shands', 'Barnes-Jewish', 'Barnes Jewish', 'Froedtert', 'Hennepin',
  'Ronald Reagan UCLA', 'Zuckerberg San Francisco General', 'Santa Clara Valley', 'Tampa General', 'Sentara', 'Inova', 'MedStar',
  'Christiana', 'Carilion', 'Novant', 'Allina', 'Essentia', 'Avera', 'HonorHealth', 'Hoag', 'Sutter', 'Kindred', 'Encompass',
  // National chains named as places: pharmacies, dialysis and lab companies, stores, the Y.
  'Walgreens', 'Rite Aid', 'Duane Reade', 'Jewel-Osco', 'Walmart', 'Wal-Mart', 'Costco', 'Kroger', 'Publix', 'Safeway', 'Wegmans',
  'Meijer', 'Hy-Vee', 'Price Chopper', 'Stop & Shop', 'Market Basket', 'Hannaford', 'ShopRite', 'Dollar General', 'Family Dollar', 'Dollar Tree', 'Food Lion', 'Giant Eagle', 'Trader Joe\'s', 'Whole Foods', 'Sam\'s Club', 'Fresenius', 'DaVita', 'Quest Diagnostics', 'LabCorp', 'MinuteClinic', 'CityMD', 'Concentra', 'YMCA', 'YWCA',
  'Planned Parenthood', 'Home Depot', 'Starbucks', 'Dunkin', 'U.S. Renal Care', 'US Renal Care', 'DSI Renal', 'American Renal',
  'Satellite Healthcare', 'Visiting Angels', 'Home Instead', 'Comfort Keepers', 'BrightStar Care', 'Amedisys', 'Bayada', 'Gentiva',
  'Interim HealthCare', 'Maxim Healthcare', 'Aveanna', 'Enhabit', 'Brookdale', 'Atria', 'Genesis HealthCare', 'Life Care Centers',
  // Hospital names used without "Hospital" all over the country.
  'Good Samaritan', 'Sacred Heart', 'Good Shepherd', 'Our Lady of Lourdes', 'Our Lady of the Lake', 'Holy Cross', 'Holy Family', 'Holy Name',
];
// The name after "masjid": an optional article ("al-", "Al ") and one or two words.
const MASJID_NAME = /^[ \t]+(?:(?:al|Al|AL|el|El|an|An|ar|Ar|as|As|at|At)(?:-|[ \t]+(?=\p{Lu})))?([\p{L}'’]+)(?:[ \t-]\p{Lu}[\p{L}'’]+)?/u;
const NOT_MASJID_NAME = new Set(['on', 'in', 'at', 'for', 'and', 'or', 'the', 'a', 'every', 'each', 'daily', 'weekly', 'prayers', 'prayer', 'services', 'today', 'fridays', 'friday', 'with', 'to', 'is', 'was']);
// Chains whose names are also words or abbreviations ("CVS: RRR", "quest"): only after at/to/from.
const CUED_CHAIN = /\b(?:at|to|from|via|AT|TO|FROM)[ \t]+(?:the[ \t]+|a[ \t]+)?(CVS|Quest|Target)\b(?![ \t]*:)/g;
// First token -> the known names starting with it, as token lists (matched token by token).
const KNOWN_BY_FIRST = new Map<string, string[][]>();
for (const name of KNOWN) {
  for (const form of [name, name.toUpperCase()]) {
    const parts = form.match(/[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\d+/gu)!;
    const list = KNOWN_BY_FIRST.get(parts[0]!) ?? [];
    if (!list.some((l) => l.join(' ') === parts.join(' '))) list.push(parts);
    list.sort((x, y) => y.length - x.length); // longest first: "Beth Israel Deaconess" before "Beth Israel"
    KNOWN_BY_FIRST.set(parts[0]!, list);
  }
}
// The same names in lower case ("works at walmart", "d/c to spaulding"), tried only after a place
// preposition (pass 5); a one-word name that is also an English word ("target") is left alone.
const KNOWN_BY_FIRST_LOWER = new Map<string, string[][]>();
for (const name of KNOWN) {
  const parts = name.toLowerCase().match(/[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\d+/gu)!;
  const list = KNOWN_BY_FIRST_LOWER.get(parts[0]!) ?? [];
  if (!list.some((l) => l.join(' ') === parts.join(' '))) list.push(parts);
  list.sort((x, y) => y.length - x.length);
  KNOWN_BY_FIRST_LOWER.set(parts[0]!, list);
}
const LOWER_PLACE_PREPOSITIONS = new Set(['at', 'to', 'from', 'for', 'by', 'via', 'with']);

// "Unit: Bigelow 11", "transferred to Blake 7", "on Ellison 14": a surname and a floor number
// (pass 9: also "Unit, Nightingale 3", "dispo to Fong 12").
const WARD_AT = /(?:(?:[Uu]nit|UNIT|[Ll]oc(?:ation)?|LOC(?:ATION)?|[Ww]ard|WARD|[Ff]loor|FLOOR)[ \t]*[:(,][ \t]*|(?<=\d[ \t]?)(?:North|South|East|West|NORTH|SOUTH|EAST|WEST|[NSEW])[ \t]*\([ \t]*|(?:Hospital|HOSPITAL|Center|CENTER|Centre|Ctr|Campus|CAMPUS)(?:,[ \t]+|[ \t]+[-–][ \t]+)|(?:[Tt]ransfer(?:red|ring)?|[Mm]oved|[Aa]dmitted|[Aa]dmit|[Rr]eturned|[Ss]ent|[Xx]fer(?:red|'d)?|TRANSFER(?:RED)?|ADMIT(?:TED)?|XFER|[Dd]ispo|DISPO)[ \t]+(?:back[ \t]+)?(?:to|TO)[ \t]+|\b(?:pt|patient|Pt|PT)[ \t]+on[ \t]+|(?:on|ON|from|FROM|then|THEN|up[ \t]+to|back[ \t]+to)[ \t]+)(\p{Lu}[\p{Ll}'’-]+|\p{Lu}{3,}|(?<=\([ \t]*)\p{Ll}[\p{Ll}'’-]+)([ \t]+)(\d{1,2}[A-Z]?)(?![\d:/-]|\.\d|[ \t]*(?:mg|mcg|ml|units?|%|days?|hrs?|weeks?|times|x\b))/uy;
// Ambulance and fire units are not wards: "transferred to Medic 7", "care to Rescue 4".
export const AMBULANCE_UNITS = new Set(['medic', 'rescue', 'engine', 'ambulance', 'squad', 'ladder', 'truck', 'car', 'tower', 'battalion', 'flight', 'lifeflight', 'medflight', 'air', 'ems', 'als', 'bls', 'unit', 'station', 'district']);
// A ward before its bed or room: the name, the floor, a wing, then "bed"/"rm"/"room" (read backwards).
const WARD_BEFORE_BED = /(?<![\p{L}\p{N}])(\p{Lu}[\p{Ll}'’-]+|\p{Lu}{3,})[ \t]+\d{1,2}[A-Z]?(?:[ \t]+(?:West|East|North|South|WEST|EAST|NORTH|SOUTH))?(?:,[ \t]*|[ \t]+)$/u;
const BED_WORDS = new Set(['bed', 'rm', 'room']);
const UNIT_KINDS = new Set(['csicu', 'cticu', 'cvicu', 'ccu', 'cicu', 'micu', 'sicu', 'icu', 'nicu', 'picu', 'telemetry', 'tele', 'step', 'stepdown', 'nursery', 'newborn', 'endoscopy', 'suite', 'unit', 'ward', 'oncology', 'cardiology', 'surgical', 'medical', 'psychiatric', 'postpartum', 'antepartum']);
const WARD_AFTER_ICU = /\b(?:[A-Z]{0,3}ICU|CCU|CICU)[ \t]*(?:[-–,:][ \t]*)?(\p{Lu}[\p{Ll}'’-]+|\p{Lu}{3,})([ \t]+\d{1,2}[A-Z]?)(?![\p{L}\p{N}:/.-])/gu;
// (Pass 13) Air-ambulance services named in one word of two capitals, "AirCare 3", "LifeNet",
// "MedFlight" (the unit number after them stays out).
// (With the names before it, "Four Corners AirMed", "Harbor MedAir"; not "CareLink", a device's monitoring.)
const AIR_SERVICE = /(?:(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’-]+)[ \t]+(?:(\p{Lu}[\p{Ll}'’-]+)[ \t]+)?)?(?<![\p{L}])(?:Air|Life|Med|Care|Flight|Mercy|Angel)(?:Care|Net|Flight|Star|Med|Evac|Life|Guard|Lift|Trans|Force|Line|Air|Team|Wing)(?![\p{L}])/gu;
const SERVICE_WARD = /\b(?:Service|SERVICE)[ \t]*:[ \t]*[\p{L}&/ -]{2,30}?,[ \t]*(\p{Lu}[\p{Ll}'’-]+|\p{Lu}{3,})([ \t]+\d{1,2}[A-Z]?)(?![\p{L}\p{N}])/gu;
// Rooms, bays and units are not names: "Pod 3, bed 2", "Bay 4 bed 1", "Tower 5 rm 12".
export const HOSPITAL_PLACES = new Set(['room', 'rm', 'bay', 'pod', 'station', 'tower', 'level', 'floor', 'ward', 'unit', 'wing', 'suite', 'area', 'zone', 'module', 'track', 'hall', 'cubicle', 'trauma', 'resus', 'triage', 'bed', 'building', 'bldg', 'section', 'team', 'step', 'stepdown', 'obs', 'hallway', 'cart', 'isolation', 'iso', 'fast', 'core', 'pavilion', 'annex']);
const WARD_CUES = new Set(['on', 'from', 'then', 'hospital', 'center', 'centre', 'ctr', 'campus', 'north', 'south', 'east', 'west', 'n', 's', 'e', 'w', 'up', 'back', 'unit', 'loc', 'location', 'ward', 'floor', 'transfer', 'transferred', 'transferring', 'moved', 'admitted', 'admit', 'returned', 'sent', 'xfer', 'xferred', "xfer'd", 'pt', 'patient', 'dispo']);

// A named place followed by its kind in lower case or as an abbreviation: "Maple Crest memory care",
// "Lakeview Terrace ALF", "Sunrise assisted living". The span is the name only.
// Tried only at the kind word; the name is then read backwards from it.
const KIND_AT = /(?:assisted[ \t]+living|memory[ \t]+care|nursing[ \t]+home|skilled[ \t]+nursing|group[ \t]+home|adult[ \t]+day|urgent[ \t]+care|rest[ \t]+home|ALF|SNF|LTACH?|ltach?)\b/y;
const KIND_FIRST = new Set(['assisted', 'memory', 'nursing', 'skilled', 'group', 'adult', 'urgent', 'rest', 'ALF', 'SNF', 'LTAC', 'LTACH', 'ltac', 'ltach']);
const KIND_LEAD = /(?:(?:St\.|Mt\.|\p{Lu}[\p{L}'’&-]*)[ \t]+){0,3}\p{Lu}[\p{L}'’&-]*(?=[ \t]+\(?$)/u;
// Employers (Safe Harbor names them): "works at Stop & Shop", "employed by Acme Corp", "job at Kroger".
// (Pass 21: and in capitals, "LOST HIS JOB AT CONNECTICUT RIVER PAPERBOARD".)
const EMPLOYER_AT = /(?:[Ww]orks?|[Ww]orked|[Ww]orking|[Ee]mployed|[Ee]mployee|[Jj]obs?|[Rr]etired|[Vv]olunteers?|[Vv]olunteering|[Ss]hifts?|WORKS?|WORKED|WORKING|EMPLOYED|JOBS?|RETIRED|VOLUNTEERS?|SHIFTS?|(?:is|was|as)[ \t]+an?(?=[ \t]+[a-z]))\b(?:[ \t]+[a-z]+){0,4}?[ \t]+(?:at|for|by|with|from|AT|FOR|BY)[ \t]+(?:the[ \t]+|THE[ \t]+)?(?<v>(?:\p{Lu}[\p{L}'’.-]*)(?:[ \t]*&[ \t]*\p{Lu}[\p{L}'’.-]*|[ \t]+of[ \t]+\p{Lu}[\p{L}'’.-]*|[ \t]+\p{Lu}[\p{L}'’.-]*){0,3})/uy;
// ("OUT OF WORK FOR TWO WEEKS": a span of time.)
const SPANS_OF_TIME = /^(?:ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|SEVERAL|FEW|MANY|\d+|(?:HOUR|DAY|WEEK|MONTH|YEAR|SHIFT|NIGHT)S?)$/;
const EMPLOYER_CUES = new Set(['is', 'was', 'as', 'work', 'works', 'worked', 'working', 'employed', 'employee', 'job', 'jobs', 'retired', 'volunteer', 'volunteers', 'volunteering', 'shift', 'shifts']);
// (Pass 15) The word sets every token is looked up in, as bits of one map (see `wordGates`).
const { gates: GATES, bit: G } = wordGates({
  knownFirst: { words: KNOWN_BY_FIRST.keys(), by: 'text' },
  knownFirstLower: { words: KNOWN_BY_FIRST_LOWER.keys(), by: 'text' },
  placePreposition: { words: LOWER_PLACE_PREPOSITIONS, by: 'text' },
  wardCue: { words: WARD_CUES, by: 'key' },
  bedOrUnit: { words: [...BED_WORDS, ...UNIT_KINDS], by: 'key' },
  kindFirst: { words: KIND_FIRST, by: 'text' },
  employerCue: { words: EMPLOYER_CUES, by: 'key' },
});
// "St. Luke's", "Saint Vincent's": a saint's name in the possessive names a hospital (not "St. John's wort").
const SAINT_POSSESSIVE = /\b(?:St|ST|Saint|SAINT)\.?[ \t]+\p{Lu}[\p{L}-]*['’][sS]\b(?![ \t]+(?:wort|WORT|dance|fire|[Dd]ay|DAY))/gu;
// The kind first: "University of Michigan", "Hospital of the University of Pennsylvania".
const KIND_OF = /\b(?:(?:University|Hospital|Medical Center|Clinic|Institute|College|Infirmary|Home|House|UNIVERSITY|HOSPITAL|INSTITUTE|VNA|Hospice|Elder Services|Visiting Nurse Association|Visiting Nurses|Resources|Alliance|Coalition|Society|Association|Foundation|Council|Project|Advocates|Friends|Partners|Chabad|Church|Temple|Parish|Diocese|Archdiocese|Congregation|Club|League|Lodge|Chapter|Superior Court|District Court|Circuit Court|Probate Court|Family Court|Juvenile Court|Municipal Court|Housing Court)[ \t]+(?:of|OF|for|FOR)[ \t]+|(?:Women's Care|Women's Health|Family Care|Family Medicine|Family Practice|Pediatric Associates|Pediatrics|Eye Care|Eye Associates|Dermatology|Cardiology|Orthopedics|Urology|Dental Care|Family Dentistry|Physicians|Associates|OB-GYN|OB\/GYN|Obstetrics & Gynecology|Internal Medicine|Primary Care|Allergy & Asthma)[ \t]+(?:of|OF)[ \t]+)(?:the[ \t]+|THE[ \t]+)?\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:of[ \t]+)?\p{Lu}[\p{L}'’-]*){0,3}/gu;
// Words before "X of Y" that are prose, not the start of the name ("Referred to Legal Aid Society of ...").
const LEAD_STOP = /^(?:To|At|From|With|And|In|Of|For|The|A|An|By|Per|Via|Pt|Patient|Referred|Referral|Attends|Member|Contact|Call|Called|Seen|Sent|Saw)$/;
const NOT_ORGANIZATION = new Set(['the', 'a', 'an', 'his', 'her', 'night', 'nights', 'day', 'days', 'dr', 'mr', 'mrs', 'ms', 'pt', 'patient', 'va', 'us', 'u.s',
  // the armed services are national employers, no identifying place ("retired from the Navy")
  'navy', 'army', 'marines', 'marine', 'military', 'coast', 'guard', 'air', 'force', 'usmc', 'usn', 'usaf']);

/**
 * Finds well-known hospitals by short name and person-named hospital wards.
 *
 * @example
 *   detectKnownFacilities({ text: 'prior echo at Mass General', ... }) // FACILITY over "Mass General"
 */
export function detectKnownFacilities({ text, tokens, dictionaries: d }: DetectInput): Candidate[] {
  const out: Candidate[] = [];
  const gates = gatesOf(tokens, GATES);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "masjid al-noor", "Masjid Al Taqwa" (pass 7): a mosque named after the word "masjid".
    if (t.key === 'masjid') {
      const m = MASJID_NAME.exec(text.slice(t.end, t.end + 40));
      const word = m?.[1]?.toLowerCase();
      if (m && word && !NOT_NAMES.has(word) && !NOT_MASJID_NAME.has(word)) out.push({ start: t.start, end: t.end + m[0].length, type: 'FACILITY', priority: PRIORITY.facility });
      continue;
    }
    const lower = t.shape === 'lower' && i > 0 && (gates[i - 1]! & G.placePreposition) !== 0 && LOWER_PLACE_PREPOSITIONS.has(tokens[i - 1]!.text);
    const candidates = lower ? (gates[i]! & G.knownFirstLower ? KNOWN_BY_FIRST_LOWER.get(t.text) : undefined) : gates[i]! & G.knownFirst ? KNOWN_BY_FIRST.get(t.text) : undefined;
    if (!candidates) continue;
    for (const parts of candidates) {
      let ok = i + parts.length <= tokens.length;
      for (let k = 1; ok && k < parts.length; k++) ok = tokens[i + k]!.text === parts[k] && /^(?:[ \t.-]{1,2}|[ \t]?&[ \t]?)$/.test(text.slice(tokens[i + k - 1]!.end, tokens[i + k]!.start));
      // "St. Jude Medical pacemaker": the device maker, not the hospital.
      // (Pass 13: and the valve or device maker after a valve or device, "mechanical mitral valve (St. Jude, 2009)", "ICD (St. Jude, SN ...)".)
      if (ok && parts[parts.length - 1] === 'Jude' && (/^[ \t]+Medical\b|^.{0,40}\b(?:pacemaker|ICD|device|lead|generator|PPM|CRT)|^[ \t]+\d{2}[ \t]*mm\b/is.test(text.slice(tokens[i + parts.length - 1]!.end, tokens[i + parts.length - 1]!.end + 48)) || /\b(?:valve|AVR|MVR|ICD|pacemaker|PPM|prosthe\w+)\b[^\n]{0,12}$/i.test(text.slice(Math.max(0, tokens[i]!.start - 40), tokens[i]!.start)))) break;
      if (ok && lower && parts.length === 1 && d.englishWords.has(t.key)) break;
      // "Fresenius 2008T", "cycler Fresenius": a device maker before a model number is no place (pass 6).
      if (ok && /^[ \t]+(?:model[ \t]+)?\d{3,5}[A-Z]{0,2}\b|^[ \t]+(?:machine|cycler|dialyzer|pump|monitor)\b/i.test(text.slice(tokens[i + parts.length - 1]!.end, tokens[i + parts.length - 1]!.end + 16))) break;
      if (ok) {
        out.push({ start: tokens[i]!.start, end: tokens[i + parts.length - 1]!.end, type: 'FACILITY', priority: PRIORITY.facility });
        break;
      }
    }
  }
  if (/CVS|Quest|Target/.test(text)) for (const m of allMatches(CUED_CHAIN, text)) out.push({ start: m.index! + m[0].length - m[1]!.length, end: m.index! + m[0].length, type: 'FACILITY', priority: PRIORITY.facility });
  for (let i = 0; i < tokens.length; i++) {
    if (!(gates[i]! & G.wardCue)) continue;
    const t = tokens[i]!;
    WARD_AT.lastIndex = t.start;
    const m = WARD_AT.exec(text);
    if (!m) continue;
    const word = m[1]!;
    const key = word.toLowerCase();
    const end = m.index! + m[0].length;
    const start = end - m[3]!.length - m[2]!.length - word.length;
    // (A ward in brackets after "floor" or "unit" is labeled too (pass 6): "floor (Farnsworth 6)", "(farnsworth 6)".)
    // (Pass 13: so is one after a facility and a dash, "Medical Center - Camelback 6".)
    const labeled = /[:(]|[-–][ \t]*$/.test(m[0].slice(0, start - m.index!));
    // (In brackets a score's eponym is a score: "6 East (Morse 45)".)
    if (m[0].slice(0, start - m.index!).includes('(') && EPONYMS.has(key)) continue;
    const english = d.englishWords.get(key);
    const surname = d.lastNames.has(key) || d.firstNames.has(key);
    if (NOT_NAMES.has(key) || AMBULANCE_UNITS.has(key) || HOSPITAL_PLACES.has(key) || (d.medicalTerms.has(key) && !surname)) continue;
    // (After a bare "on"/"from" (pass 5), not a score or a drug and dose: "on Morse 45", "from Braden 14".)
    if (/^\p{Ll}/u.test(word) && !(surname && (!english || english >= 35))) continue;
    if (/^(?:on|ON|from|FROM|then|THEN|up|back)$/.test(t.text) && (EPONYMS.has(key) || !surname || /^\p{Lu}{2,}$/u.test(word) || /^[ \t]*(?:\/|\bto\b|-)/.test(text.slice(end, end + 4)))) continue;
    if (!labeled && !(surname && (!english || english >= 35))) continue;
    if (labeled && !surname && english !== undefined && english <= 20) continue;
    // (Pass 9: the wing after the floor belongs to the ward, "Rothmann 8 West".)
    const wing = /^[ \t]+(?:West|East|North|South|WEST|EAST|NORTH|SOUTH)\b/.exec(text.slice(end, end + 7));
    out.push({ start, end: end + (wing ? wing[0].length : 0), type: 'FACILITY', priority: PRIORITY.facility });
  }
  // (Pass 12: a ward named before its bed or room, "Larkspur 6, bed 2", "Birch 3 West, bed 12", and the
  // ward after the service on a service line, "SERVICE: Medicine, Ellison 12".)
  const pushWard = (start: number, word: string, end: number) => {
    const key = word.toLowerCase();
    const english = d.englishWords.get(key);
    if (NOT_NAMES.has(key) || AMBULANCE_UNITS.has(key) || HOSPITAL_PLACES.has(key) || CLINICAL_ABBREVIATIONS.has(key) || TITLES.has(key) || key in MONTHS || WEEKDAYS.has(key)) return;
    // (Not the medical list: it holds plants and trees, "Larkspur 6", "Birch 3".)
    if (EPONYMS.has(key) || (english !== undefined && english <= 20)) return;
    out.push({ start, end, type: 'FACILITY', priority: PRIORITY.facility });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // (And before its kind of unit: "Ober 7 CSICU", "THAYER 4 STEP-DOWN UNIT", "Thayer 5 telemetry".)
    if (!(gates[i]! & G.bedOrUnit) || t.start < 4) continue;
    const m = WARD_BEFORE_BED.exec(text.slice(Math.max(0, t.start - 40), t.start));
    if (m && (BED_WORDS.has(t.key) || !m[0].includes(','))) pushWard(t.start - m[0].length, m[1]!, t.start - m[0].length + m[0].trimEnd().replace(/,$/, '').length);
  }
  // (Pass 13: and after its kind of intensive care unit, "admit SICU Sequoia 2", "CHMC MICU - Denali 3".)
  if (/ICU|CCU/.test(text)) for (const m of allMatches(WARD_AFTER_ICU, text)) pushWard(m.index! + m[0].length - m[2]!.length - m[1]!.length, m[1]!, m.index! + m[0].length);
  if (/(?:Air|Life|Med|Care|Flight|Mercy|Angel)[A-Z]/.test(text)) {
    for (const m of allMatches(AIR_SERVICE, text)) {
      // (A name word before it is a place or a name: not a common word, "Called AirCare", "Via LifeNet".)
      const naming = (w: string | undefined) => w !== undefined && !NOT_NAMES.has(w.toLowerCase()) && !FUNCTION_WORDS.has(w.toLowerCase()) && (d.englishWords.get(w.toLowerCase()) ?? 99) > 20;
      const service = m[0].length - /\S+$/.exec(m[0])![0].length;
      let start = m.index! + service;
      if (m[2] !== undefined && naming(m[2])) start = naming(m[1]) ? m.index! : m.index! + m[0].lastIndexOf(m[2], service);
      else if (m[2] === undefined && naming(m[1])) start = m.index!;
      out.push({ start, end: m.index! + m[0].length, type: 'FACILITY', priority: PRIORITY.facility });
    }
  }
  if (/Service|SERVICE/.test(text)) {
    for (const m of allMatches(SERVICE_WARD, text)) pushWard(m.index! + m[0].length - m[2]!.length - m[1]!.length, m[1]!, m.index! + m[0].length);
  }
  // Words that make a name: not clinical vocabulary, not a title, not a calendar or function word.
  const organizationWord = (w: string) => {
    const key = w.toLowerCase().replace(/['’]s$/, '').replace(/\.$/, '');
    // (Not the medical list: it holds most English nouns, "maple", "crest", "shop".)
    return !NOT_NAMES.has(key) && !NOT_ORGANIZATION.has(key) && !TITLES.has(key) && !(key in MONTHS) && !WEEKDAYS.has(key);
  };
  const pushNamed = (start: number, v: string, strict: boolean) => {
    // A sentence ends the name ("works at Pellham Foods. Employed ..."), an abbreviation does not ("St. Anne's").
    const stop = /(?<!\b(?:St|ST|Mt|MT|Ft|Dr|Jr|Inc|Co))\.(?:[ \t]|$)/.exec(v);
    if (stop) v = v.slice(0, stop.index);
    // A company form closes the name before a new sentence ("Brixton Tool Co. Daughter ...").
    const form = /\b(?:Inc|Co|Corp|Ltd|Bros)(?=\.[ \t]+\p{Lu})/u.exec(v);
    if (form) v = v.slice(0, form.index + form[0].length);
    const words = v.match(/[\p{L}'’.-]+/gu) ?? [];
    // Leading articles and titles are not part of the name ("the Red Cross").
    let skip = 0;
    while (skip < words.length - 1 && (NOT_ORGANIZATION.has(words[skip]!.toLowerCase()) || TITLES.has(words[skip]!.toLowerCase().replace(/\.$/, '')))) skip += 1;
    const kept = words.slice(skip);
    if (!kept.some(organizationWord)) return;
    // A kind word after a name needs a word rarer than the commonest English ("Private assisted living").
    if (strict && !kept.some((w) => organizationWord(w) && (d.englishWords.get(w.toLowerCase()) ?? 99) > 10)) return;
    const from = skip ? start + v.indexOf(kept[0]!, v.indexOf(words[skip - 1]!) + words[skip - 1]!.length) : start;
    out.push({ start: from, end: start + v.length, type: 'FACILITY', priority: PRIORITY.facility });
  };
  if (/St|ST|Saint|SAINT/.test(text)) for (const m of allMatches(SAINT_POSSESSIVE, text)) out.push({ start: m.index!, end: m.index! + m[0].length, type: 'FACILITY', priority: PRIORITY.facility });
  if (/ (?:of|for) /i.test(text)) {
    for (const m of allMatches(KIND_OF, text)) {
      const place = m[0].slice(m[0].search(/[ \t](?:of|OF|for|FOR)[ \t]/) + 1).replace(/^(?:of|OF|for|FOR)[ \t]+/, '').replace(/^(?:the|THE)[ \t]+/, '');
      if (!place.split(/[ \t]+/).some((w) => !NOT_NAMES.has(w.toLowerCase()) && !NOT_ORGANIZATION.has(w.toLowerCase()))) continue;
      // The words before the kind belong to the name ("Legal Aid Society of ...", "Boys & Girls Club of ...").
      const lead = /(?:(?:\p{Lu}[\p{L}'’-]*|&)[ \t]+){1,3}$/u.exec(text.slice(Math.max(0, m.index! - 40), m.index));
      let from = m.index!;
      if (lead) {
        const words = allMatches(/\S+/g, lead[0]);
        const leadStart = m.index! - lead[0].length;
        const generic = (w: string) => w === '&' || NOT_ORGANIZATION.has(w.toLowerCase()) || TITLES.has(w.toLowerCase()) || NOT_NAMES.has(w.toLowerCase()) || LEAD_STOP.test(w);
        while (words.length && generic(words[0]![0])) words.shift();
        if (words.length) from = leadStart + words[0]!.index!;
      }
      out.push({ start: from, end: m.index! + m[0].length, type: 'FACILITY', priority: PRIORITY.facility });
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (gates[i]! & G.kindFirst && KIND_FIRST.has(t.text)) {
      KIND_AT.lastIndex = t.start;
      const lead = KIND_AT.test(text) ? KIND_LEAD.exec(text.slice(Math.max(0, t.start - 80), t.start)) : null;
      if (lead) pushNamed(t.start - (Math.min(80, t.start) - lead.index), lead[0], true);
    }
    if (gates[i]! & G.employerCue) {
      EMPLOYER_AT.lastIndex = t.start;
      const m = EMPLOYER_AT.exec(text);
      // (In capitals the name runs on into the sentence, "WORKS AT HOME DEPOT IN SALEM": only a name of
      // no stop word that closes its clause.)
      if (m && /^[A-Z]{2}/.test(m[0]) && (m.groups!.v!.split(/[ \t]+/).some((w) => FUNCTION_WORDS.has(w.toLowerCase()) || SPANS_OF_TIME.test(w)) || !/^[ \t]*(?:[.,;:)]|\r?\n|$)/.test(text.slice(t.start + m[0].length, t.start + m[0].length + 3)))) continue;
      if (m) pushNamed(t.start + m[0].length - m.groups!.v!.length, m.groups!.v!, false);
    }
  }
  return out;
}
