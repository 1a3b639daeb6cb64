// FACILITY by its facility word: a hospital, clinic, practice, school, church or business found
// from its suffix ("Hospital", "Endocrinology", "Diner") backwards. Split from `locations.ts`,
// which calls `pushFacilitiesBySuffix` at its own point so the candidates keep their order.
import { PRIORITY, type DetectInput } from './detector';
import type { Token } from '../text-tokens';
import { CLINICAL_ABBREVIATIONS, EPONYMS, FUNCTION_WORDS, NOT_NAMES, transpositions } from '../lexicon';
import type { PushCandidate } from './street-addresses';

// Ordinary words that commonly name hospitals.
const FACILITY_WORDS = new Set(['general', 'memorial', 'regional', 'community', 'university', 'children', "children's", 'saint', 'st', 'mount', 'mt', 'mercy', 'good', 'samaritan', 'providence', 'grace', 'valley', 'lake', 'lakeside', 'riverside', 'hillcrest', 'sacred', 'holy', 'cross', 'family', 'county', 'city', 'state', 'north', 'south', 'east', 'west', 'central', 'baptist', 'methodist', 'presbyterian', 'lutheran', 'christian', 'hope', 'union', 'pacific', 'atlantic', 'mountain', 'river', 'bay', 'harbor', 'park', 'grand', 'lady', 'our', 'national', 'american', 'veterans', 'shriners', 'kindred', 'select', 'catholic', 'jewish', 'islamic', 'episcopal', 'lutheran',
  'trinity', 'calvary', 'bethel', 'zion', 'emmanuel', 'faith', 'bethany', 'redeemer', 'resurrection', 'covenant', 'shiloh', 'ebenezer', 'nazarene']);
const FACILITY_SUFFIX = "(?:Center for Nursing and Rehabilitation|Center for Nursing|Molecular Diagnostics|Respiratory Supply|Medical Supplies|Medical Supply|Skin & Laser|Skin and Laser|Sleep Lab|Sleep Center|Heart Specialists|Specialists|Endocrinology|Rheumatology|Nephrology|Pulmonology|Pathology|Diagnostics|Rehabilitation|Home Medical|Nursing and Rehabilitation Center|Veterans Affairs Medical Center|Health and Rehabilitation|Rehabilitation Hospital|Community Health Center|Rehabilitation Center|Mental Health Center|Home Health Services|Medical Associates|Home Health Agency|Internal Medicine|Behavioral Health|VA Medical Center|Elementary School|Nursing Facility|Cancer Institute|Physicians Group|Gastroenterology|Home Health Care|Surgical Center|Heart Institute|Family Medicine|Family Practice|Health Services|Dialysis Center|Assisted Living|Skilled Nursing|Senior Services|Nursing Center|Medical Center|Medical Centre|Surgery Center|Imaging Center|Women's Health|Elder Services|Living Center|Health Center|Health Centre|Health System|Cancer Center|Eye Institute|Medical Group|Dialysis Unit|Senior Living|Middle School|Nursing Home|Rehab Center|Primary Care|Laboratories|Orthopaedics|Presbyterian|Health Care|Urgent Care|Care Center|Dermatology|Orthopedics|High School|Home Health|Healthcare|Pediatrics|Associates|Cardiology|Eye Center|Elementary|University|SeniorLife|Laboratory|Infirmary|Institute|Neurology|Radiology|Dentistry|Preschool|Home Care|Methodist|Nursing & Rehab|Nursing and Rehab|Funeral Home|Funeral Chapel|Legal Services|Food Pantry|Police Department|Police Dept|Fire Department|Sheriff's Office|Sheriff's Department|State Police|Police|PD|Mall|Tavern|Pub|Diner|Restaurant|Grill|Cafe|Café|Hotel|Motel|Inn|Casino|Supermarket|Bakery|Brewery|Warehouse|Factory|High School|High|Funeral Directors|Committee|Program|Network|Collaborative|Partnership|Initiative|Association|Society|Council|Alliance|House|Funeral Service|Funeral Services|Mortuary|Basilica|Cathedral|Church|Chapel|Synagogue|Mosque|Tabernacle|Fellowship|Ministries|Congregation|Human Services Authority|Human Services|Services Authority|Authority|Project|Coalition|Foundation|Post-Acute|Post Acute|Visiting Nurse Association|Visiting Nurses|VNA|Kidney Care|Kidney Center|Renal Care|Renal Center|Endoscopy Center|Endoscopy|Endo|Surgical Pavilion|Pavilion|Surgical|Behavioral|Apothecary|Drugs|GI|Gastro|Ortho|Derm|ENT|OB-GYN|OBGYN|Podiatry|Audiology|Counseling|Physical Therapy|Occupational Therapy|Sports Medicine|Chiropractic|Wellness Center|Episcopal|Lutheran|Catholic|Orthodox|Evangelical|Pentecostal|Adventist|Unitarian|Congregational|Charities|Charity|Renal|YMCA|YWCA|Daycare|Day Care|Montessori|Middle School|Middle|Women's|Medical Ctr|Med Center|Med Ctr|Hospital|Memorial|Regional|Pharmacy|Imaging|Dialysis|VAMC|Hosp|Partners|Medicine|Oncology|Clinics|Hospice|Urology|Academy|College|Baptist|General|Shelter|Clinic|Center|Centre|Health|Dental|School|Manor|Rehab|LTAC|Labs|ALF|SNF|Home)";
// Suffix words with swapped-letter typos ("Hsopital", "Medical Cetner").
const FACILITY_SUFFIX_TOLERANT = ['Hospital', 'Medical', 'Center', 'Centre', 'Clinic', 'Rehabilitation', 'Nursing', 'Memorial'].reduce(
  (pattern, word) => pattern.replace(new RegExp(`\\b${word}\\b`, 'g'), `(?:${[word, ...transpositions(word.toLowerCase()).filter((t) => t[0] === word[0]!.toLowerCase()).map((t) => word[0] + t.slice(1))].join('|')})`),
  FACILITY_SUFFIX,
);
// A facility is found from its suffix ("Hospital") backwards: scanning for the suffix first is
// many times faster than trying every capitalized word as the start of a name.
const FACILITY_LEAD = /(?<![\p{L}'&-])(?:(?:St\.?|ST\.?|Saint|Mt\.?|MT\.?|Mount|\p{Lu}[\p{L}'&-]*|&)(?:[ \t]+\n?[ \t]*|\n[ \t]*)){1,5}$/u;
const FACILITY_TAIL = new RegExp(`(?<![\\p{L}])(?:${FACILITY_SUFFIX_TOLERANT.replace(/ /g, '\\s+')}|${FACILITY_SUFFIX_TOLERANT.toUpperCase().replace(/ /g, '\\s+').replace(/\(\?:/g, '(?:')})(?![\\p{L}])(?![ \\t]*:)(?![ \\t]+(?:course|stay|day|admission|visit|records?|policy|discharge|COURSE|STAY|DAY|[Ss]urgery|[Mm]edicine|[Aa]ppearance|[Aa]nesthesia|[Pp]ractitioner|[Hh]istory|[Mm]aintenance|[Ss]creening|[Ee]ducation|[Ss]tatus|[Cc]onsult|[Ff]ellow|SURGERY|MEDICINE|APPEARANCE)\\b)(?:[ \\t]+(?:of|at|for|OF|AT|FOR)[ \\t]+(?:the[ \\t]+|THE[ \\t]+)?(?:(?:St|Mt|Ft)\\.|\\p{Lu}[\\p{L}'-]+)(?:[ \\t]+(?:(?:St|Mt|Ft)\\.|\\p{Lu}[\\p{L}'-]+)){0,3})?`, 'gu');
const PRACTICE_TAIL = /^(?:Center for Nursing|Molecular Diagnostics|Respiratory Supply|Medical Suppl|Home Medical|Skin (?:&|and) Laser|Sleep|Heart Specialists|Specialists|Endocrinology|Rheumatology|Nephrology|Pulmonology|Pathology|Diagnostics|Rehabilitation|Physical Therapy|Cardiology|Dermatology|Orthop)/;
const DENOMINATION = /^(?:Catholic|Baptist|Lutheran|Methodist|Presbyterian|Episcopal|Orthodox|Evangelical|Pentecostal|Adventist|Unitarian|Congregational)$/;
const ORG_KIND = /^(?:Legal Services|Committee|Coalition|Alliance|Project|Program|Network|Collaborative|Partnership|Initiative|Association|Society|Foundation|Council|Authority|Services|Agency)\b/;
// Words before "Home" that name a kind of home, not a place ("Foster Home", "Group Home").
const HOME_GENERIC = new Set(['foster', 'group', 'nursing', 'rest', 'funeral', 'private', 'family', 'own', 'mobile', 'care', 'boarding', 'halfway', 'sober', 'adult', 'senior', 'residential', 'retirement', 'her', 'his', 'their', 'children', "children's", 'old', 'new', 'the', 'a']);
// The tail can only start at a token whose word begins a suffix: test those positions only (a
// scan of every position with this long alternation was the slowest part of the engine).
const FACILITY_TAIL_AT = new RegExp(FACILITY_TAIL.source, 'uy');
const TOLERANT_WORDS = ['hospital', 'medical', 'center', 'centre', 'clinic', 'rehabilitation', 'nursing', 'memorial'];
const FACILITY_FIRST_WORDS: ReadonlySet<string> = new Set(
  FACILITY_SUFFIX.slice(3, -1).split('|').flatMap((alt) => {
    const first = alt.split(/[ -]/)[0]!.toLowerCase().replace(/['’]s$/, '');
    return TOLERANT_WORDS.includes(first) ? [first, ...transpositions(first)] : [first];
  }),
);
export const FACILITY_STOP = new Set(['the', 'a', 'an', 'to', 'at', 'from', 'in', 'on', 'of', 'and', 'or', 'transferred', 'transfer', 'seen', 'admitted', 'discharged', 'presented', 'followed', 'evaluated', 'treated', 'went', 'sent', 'per', 'via', 'with', 'by', 'for', 'outside', 'local', 'osh', 'his', 'her', 'their', 'pt', 'patient', 'was', 'is', 'has', 'had', 'records', 'record', 'notes', 'note', 'called', 'call', 'contact', 'contacted', 'home', 'discharge', 'admission', 'follow', 'up', 'f/u', 'referred', 'referral', 'our', 'your', 'this', 'that', 'ed', 'er', 'icu', 'visit', 'went', 'brought', 'taken', 'arrived', 'returns', 'returned', 'last', 'prior', 'previous', 'recent', 'recently', 'currently', 'now', 'new', 'old', 'dear', 're', 'copy', 'cc', 'name', 'facility', 'location', 'site', 'address', 'fax', 'phone', 'tel', 'dr', 'mr', 'mrs', 'ms', 'signed', 'attending', 'pcp', 'attends', 'attended', 'visits', 'visited', 'works', 'worked', 'enrolled', 'joined', 'stays', 'stayed', 'lives', 'lived', 'goes', 'teaches', 'taught', 'volunteers', 'md', 'rn', 'np', 'phd', 'facc', 'facs', 'facp', 'lcsw', 'msw', 'pharmd', 'dds', 'dmd']);

/**
 * Facilities named by a proper name before a facility word ("Mercy Hospital", "Prairie Heart
 * Specialists", "First Haitian Baptist").
 *
 * @example
 *   pushFacilitiesBySuffix({ text: 'seen at Juniper Hollow Endocrinology', ... }, push) // "Juniper Hollow Endocrinology"
 */
export function pushFacilitiesBySuffix(input: DetectInput, push: PushCandidate): void {
  const { text, tokens, dictionaries: d } = input;
  for (const m of withLeadAtTokens(text, tokens, FACILITY_FIRST_WORDS, FACILITY_TAIL_AT, FACILITY_LEAD)) {
    let start = m.index;
    const lead = m.lead;
    // The name starts after the last ordinary word of the lead ("ABLE TO SEE HER IN CLINIC").
    let leading = true;
    for (const w of lead.matchAll(/\S+/g)) {
      const key = w[0].toLowerCase().replace(/[.,]$/, '');
      // A capitalized function word inside a title-case name is part of it ("Mt. Zion Free Will Baptist").
      const inName = !leading && /^\p{Lu}\p{Ll}/u.test(w[0]);
      // A section title on the line above is no part of the name ("Assessment\nJuniper Ridge Medical Center").
      const titleLine = NOT_NAMES.has(key) && /^[ \t:]*\n/.test(lead.slice(w.index! + w[0].length));
      if ((leading && FACILITY_STOP.has(key)) || (FUNCTION_WORDS.has(key) && !inName) || (leading && key === '&') || titleLine) {
        start = m.index + w.index! + w[0].length + 1;
        if (titleLine) leading = true;
      }
      else leading = false;
    }
    while (start < m.index + m.full.length && /\s/.test(text[start]!)) start += 1;
    // What is left before the suffix must hold a name-like word ("Mercy", "Krippner"), not only
    // clinical words ("Cardiology Clinic", "Hep B Vaccine ... Center").
    const leadWords = text.slice(start, m.index + lead.length).match(/[\p{L}']+/gu) ?? [];
    // (Before an organisation kind, "American" or "National" alone names a national body, not a place.)
    const orgTail = ORG_KIND.test(m.full.slice(lead.length));
    // A denomination after an adjective is a faith, not a congregation ("Roman Catholic", "Southern Baptist").
    // (So is a specialty abbreviation after a plain word: "Lower GI", "Peds ENT".)
    const faithTail = DENOMINATION.test(m.full.slice(lead.length)) || /^(?:GI|Gastro|Ortho|Derm|ENT|OB-GYN|OBGYN|Podiatry|Audiology|Counseling)$/.test(m.full.slice(lead.length));
    const named = leadWords.some((w) => {
      const key = w.toLowerCase().replace(/'s$/, '');
      if (FACILITY_WORDS.has(key)) return !orgTail;
      if ((orgTail || faithTail) && (EPONYMS.has(key) || CLINICAL_ABBREVIATIONS.has(key))) return false; // "Alzheimer's Association"
      // Before a program or committee, only a proper name counts ("Smoking Cessation Program" is none).
      if (orgTail || faithTail) return !NOT_NAMES.has(key) && (((d.lastNames.get(key) ?? Infinity) < 10000 && !d.englishWords.has(key)) || d.cities.has(key) || (!d.englishWords.has(key) && !d.medicalTerms.has(key)));
      // Common surnames that are also words ("Brown", "Miller") name many practices.
      if ((d.lastNames.get(key) ?? Infinity) < 10000 && !NOT_NAMES.has(key)) return true;
      return !NOT_NAMES.has(key) && !(d.medicalTerms.has(key) && d.englishWords.has(key)) && !(d.englishWords.get(key)! <= 20 && !FACILITY_WORDS.has(key));
    });
    let tail = m.full.slice(lead.length);
    // A practice, lab or supplier named by a place-like word before its specialty ("Willow Bend
    // Rehabilitation", "Prairie Heart Specialists"): the medical list holds most nouns, so here a
    // word the census or the places list knows, and no common English word, names it.
    const practiceNamed = PRACTICE_TAIL.test(tail) && leadWords.some((w) => {
      const key = w.toLowerCase();
      const english = d.englishWords.get(key);
      return !NOT_NAMES.has(key) && !CLINICAL_ABBREVIATIONS.has(key) && (d.cities.has(key) || d.lastNames.has(key) || d.firstNames.has(key)) && (english === undefined || english >= 35);
    });
    // "Gastroenterology for EUS": an abbreviation or clinical word after "for"/"at" is not the name.
    const after = /[ \t](?:for|at|FOR|AT)[ \t]+(.*)$/s.exec(tail);
    if (after && !/^Center for Nursing/i.test(tail) && after[1]!.split(/[ \t]+/).every((w) => NOT_NAMES.has(w.toLowerCase()) || CLINICAL_ABBREVIATIONS.has(w.toLowerCase()) || /^[A-Z]{2,5}$/.test(w))) {
      tail = tail.slice(0, after.index);
      m.full = lead + tail;
    }
    // "Home" names a place only as a proper name ("Ashgrove Home"), not "Home health", "Home visit".
    // "Framingham PD": a police department only after a town's name ("on PD" is peritoneal dialysis).
    if (/^PD$/.test(tail) && !d.cities.has(leadWords.join(' ').toLowerCase())) continue;
    if (/^(?:Home|HOME)$/.test(tail) && text.slice(start, m.index + lead.length).split(/[ \t\n]+/).every((w) => !w || HOME_GENERIC.has(w.toLowerCase()))) continue;
    if (/^(?:Home|HOME)$/.test(tail) && /^[ \t]+(?:health|care|visits?|services?|infusion|o2|oxygen|safety|eval|evaluation|exercises?|program|med|meds|medications?|regimen|instructions|setting|environment|modifications?|nursing|pt|ot)\b/i.test(text.slice(m.index + m.full.length, m.index + m.full.length + 16))) continue;
    // "... of Pelham", "... for Aging Neighbors": a named place after the kind names the whole.
    // An organisation kind after three or more title-case words names one ("Tri-City Community Action Program").
    const orgNamed = ORG_KIND.test(tail) && (leadWords.length >= 3 || (leadWords.length === 2 && /^Legal Services/.test(tail)) || (leadWords[0] === 'Greater' && leadWords.length >= 2)) && /^\p{Lu}/u.test(text.slice(start, start + 1));
    const namedAfter = /[ \t](?:of|for|OF|FOR)[ \t]+(?:the[ \t]+)?\p{Lu}/u.test(tail) && start < m.index + lead.length;
    // "First Haitian Baptist", "Second Congregational": an ordinal before a denomination names a congregation.
    const congregation = /^(?:Baptist|Methodist|Lutheran|Presbyterian|Episcopal|Pentecostal|Adventist|Congregational|Church|Chapel|Tabernacle)/.test(tail) && /^(?:First|Second|Third|Fourth|Fifth|Greater)$/.test(leadWords[0] ?? '');
    // A specialty is a section title on its own line ("...Z\nPathology"): only a name on the same line leads it.
    if (PRACTICE_TAIL.test(tail) && (text.slice(start, m.index + lead.length).includes('\n') || leadWords.some((w) => w.length < 2))) continue;
    if ((named || namedAfter || orgNamed || congregation || practiceNamed) && start < m.index + lead.length) push(start, m.index + m.full.length, 'FACILITY', PRIORITY.facility);
  }
}

/**
 * Like `withLead`, but tries the sticky `tail` only at tokens whose key is in `first`. Every tail
 * alternative starts with a capital, so a lower-case token is skipped before the set look-up.
 */
function* withLeadAtTokens(text: string, tokens: readonly Token[], first: ReadonlySet<string>, tail: RegExp, lead: RegExp): Generator<{ index: number; full: string; lead: string }> {
  let after = 0;
  for (const t of tokens) {
    if (t.shape === 'lower' || t.start < after || !first.has(t.key)) continue;
    tail.lastIndex = t.start;
    const m = tail.exec(text);
    if (!m) continue;
    after = t.start + m[0].length;
    const before = text.slice(Math.max(0, t.start - 120), t.start);
    const l = lead.exec(before);
    if (l) yield { index: t.start - l[0].length, full: l[0] + m[0], lead: l[0] };
  }
}
