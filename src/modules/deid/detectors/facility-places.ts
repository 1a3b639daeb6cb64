// FACILITY named only by its proper name, with the kind of place written after it in lower case
// or as an abbreviation ("seen at Cobble Ridge ED", "staying at Lantern House shelter", "from
// Harwick hospital"), or in brackets after a generic one ("outside hospital (Harwick)").
// The facility-word rule ("... Medical Center") is in locations.ts, short names in facilities.ts.
import { CLINICAL_ABBREVIATIONS, CREDENTIALS, EPONYMS, MONTHS, NOT_NAMES, TITLES, WEEKDAYS } from '../lexicon';
import { unpackWordFlags } from '../dictionaries';
import { allMatches, matchesAt, PRIORITY, type Candidate, type DetectInput } from './detector';
import { isStateOrCountry } from './locations';

// "<at|from|to|in> Name Name <kind>": the kind is not part of the span. After a preposition, or at
// a line or sentence start where the name must pass the same word test (so "Presented ED" fails).
export const PLACE_BEFORE_KIND = /(?<=\b(?:at|from|to|into|in|via|attends|attended|@|AT|FROM|TO|IN)[ \t]+(?:the[ \t]+|THE[ \t]+)?|(?:^|\n|[.:][ \t]+)[ \t]*)((?:(?:\p{Lu}[\p{L}'’&.-]*|&)[ \t]+){0,3}\p{Lu}[\p{L}'’&-]*)[ \t]+(?:ED|ER|E\.D\.|EDs|[Ee]mergency[ \t]+(?:[Dd]epartment|[Rr]oom)|urgent[ \t]+care|walk-in|hospital|clinic|shelter|detox|hospice|dialysis|campus|satellite|infirmary|daycare|day[ \t]+care|preschool|food[ \t]+pantry|pantry|church|temple|mosque|synagogue|parish|pharmacy|drugstore|gym|camp)\b/gu;
const KIND_HINT = /\b(?:ED|ER|E\.D\.|[Ee]mergency|urgent|walk-in|hospital|clinic|shelter|detox|hospice|dialysis|campus|satellite|infirmary|daycare|day care|preschool|pantry|church|temple|mosque|synagogue|parish|pharmacy|drugstore|gym|camp)\b/;
const PLACE_BEFORE_KIND_AT = new RegExp(PLACE_BEFORE_KIND.source, 'uy');
// A kind word after a blank: a superset of where PLACE_BEFORE_KIND's "[ \t]+<kind>" can begin
// (each alternative is one word, so one hit never hides the next).
const KIND_AFTER_BLANK = /[ \t](?:ED|ER|E\.D\.|[Ee]mergency|urgent|walk-in|hospital|clinic|shelter|detox|hospice|dialysis|campus|satellite|infirmary|daycare|day|preschool|food|pantry|church|temple|mosque|synagogue|parish|pharmacy|drugstore|gym|camp)/g;

/**
 * Every position where PLACE_BEFORE_KIND can start, ascending: the capitals, "&" and non-ASCII
 * characters among the (at most four) words before each kind word. The pattern scanned over the
 * whole note tried its long lookbehind at every position; a note has only a few kind words.
 *
 * @example
 *   placeBeforeKindStarts('seen at Cobble Ridge ED') // [8, 15]
 */
export function placeBeforeKindStarts(text: string): number[] {
  const starts: number[] = [];
  KIND_AFTER_BLANK.lastIndex = 0;
  for (let m = KIND_AFTER_BLANK.exec(text); m; m = KIND_AFTER_BLANK.exec(text)) {
    // The name ends where the blanks before the kind word begin.
    let end = m.index;
    while (end > 0 && isBlank(text.charCodeAt(end - 1))) end -= 1;
    // Back over up to four words ([\p{L}'’&.-], any non-ASCII character taken as a letter) and the blanks between them.
    let from = end;
    let blanks = 0;
    while (from > 0) {
      const c = text.charCodeAt(from - 1);
      if (isBlank(c)) {
        if (blanks === 3) break;
        blanks += 1;
        while (from > 0 && isBlank(text.charCodeAt(from - 1))) from -= 1;
        continue;
      }
      if (!(c >= 128 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 38 || c === 46 || c === 45)) break;
      from -= 1;
    }
    for (let s = from; s < end; s++) {
      const c = text.charCodeAt(s);
      if (c >= 128 || (c >= 65 && c <= 90) || c === 38) starts.push(s);
    }
  }
  // (Windows of neighbouring kind words may overlap.)
  starts.sort((a, b) => a - b);
  return starts.filter((s, i) => i === 0 || s !== starts[i - 1]);
}
const isBlank = (c: number) => c === 32 || c === 9;
// "outside hospital (Harwick)", "OSH (Pine Bluff Regional)", "prior SNF (Larchmont)".
const BRACKET_KINDS = String.raw`\b(?:OSH|osh|[Oo]utside[ \t]+(?:hospital|facility|ED|ER)|[Oo]ther[ \t]+hospital|SNF|ALF|LTACH?|rehab|shelter|nursing[ \t]+home|group[ \t]+home|facility|employer|school)[ \t]*\(`;
const NAME_IN_BRACKETS = new RegExp(String.raw`${BRACKET_KINDS}[ \t]*((?:\p{Lu}[\p{L}'’&.-]*[ \t]+){0,3}\p{Lu}[\p{L}'’&-]*)[ \t]*\)`, 'gu');
// Whether NAME_IN_BRACKETS may match, read from the bracket back.
const BRACKET_HINT = new RegExp(String.raw`\((?<=${BRACKET_KINDS})[ \t]*\p{Lu}`, 'u');
// A label that names a place: "Facility: Larkspur Point", "Employer: Fenwick Tool & Die",
// "Receiving hospital: Tarrant Bend". The value runs to the end of the line or a comma.
const LABELED = /(?<=(?:^|\n|\.[ \t]+)[ \t]*)(?:(?:[Rr]eferring|[Rr]eceiving|[Ss]ending|[Tt]ransferring|[Oo]utside|[Pp]erforming|[Pp]rior|[Dd]ischarge|[Pp]referred|REFERRING|RECEIVING|SENDING|PREFERRED)[ \t]+)?(?:[Ff]acility|FACILITY|[Hh]ospital|HOSPITAL|[Cc]linic|CLINIC|[Pp]ractice|PRACTICE|[Pp]harmacy|PHARMACY|[Aa]gency|AGENCY|[Ss]chool|SCHOOL|[Ee]mployer|EMPLOYER|[Ss]helter|SHELTER|[Ll]ab|LAB|[Ll]aboratory|LABORATORY|[Dd]estination|DESTINATION|SNF|OSH|[Rr]ehab|REHAB|[Nn]ursing[ \t]+home|NURSING[ \t]+HOME|[Hh]ome[ \t]+agency)(?:[ \t]+(?:on[ \t]+file|of[ \t]+choice|ON[ \t]+FILE))?[ \t]*:[ \t]*((?:\p{Lu}[\p{L}'’.-]*|&)(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|&|of|the|and)){0,5})(?=[ \t]*(?:$|\n|,|;|\(|[ \t]{2})|\.[ \t])/gu;
// (Read from the colon back: the regex engine finds a colon far faster than any of the words.)
const LABEL_HINT = /:(?<=(?:acility|ospital|linic|ractice|harmacy|gency|chool|mployer|helter|\b[Ll]ab|aboratory|estination|SNF|OSH|ehab|ome|on file|of choice)[ \t]*:)/i;
// (Pass 5: practices and employers in lower case, "pinecrest dental", "quarry hill landscaping".)
const LOWER_KINDS = 'hospital|rehab|vna|clinic|hospice|medical center|nursing home|middle school|high school|elementary school|elementary|school district|community college|academy|gardens|memory care|retirement community|recovery center|cancer care|eye care|home infusion|country club|towers|& sons|and sons|ambulance|shipyard|grill|mutual|dermpath|senior center|dental|pediatrics|family practice|landscaping|plumbing|roofing|trucking|construction|auto body|diner|bakery|farms|lumber|hardware|motors|freight|logistics|painting|cleaners|salon|realty|towing|paving|manufacturing|behavioral health|home care|catholic church|beef|meat packing|restaurant|noodle house|daycare|paratransit|taxi|walk-in|outreach';
const LOWER_KIND_HINT = new RegExp(`[ \\t](?:${LOWER_KINDS})\\b`);
// One-word pharmacies in the possessive after a prescription cue: "Rx sent to Brennan's", "called in to Hadley's".
const POSSESSIVE_PHARMACY = /\b(?:[Ss]ent|[Ff]axed|[Cc]alled[ \t]+in|(?:[Ee]-?)?[Pp]rescribed|[Ee]-?scribed|[Tt]ransmitted|[Rr]efills?[ \t]+at|[Ff]ills?[ \t]+at|[Pp]icks?[ \t]+up[ \t]+(?:meds[ \t]+)?at)(?:[ \t]+to)?[ \t]+(\p{Lu}[\p{L}-]*)$/u;
const NOT_PHARMACY_AFTER = /^(?![\p{L}'’-])(?![ \t]+(?:office|home|house|room|place|wife|husband|son|daughter|mother|father|PCP|pcp|doctor|team|clinic|ED)\b)/u;
const LOWER_BEFORE_KIND = new RegExp(`\\b(?:at|to|from|with|w\\/|via|into|for|by|attends|attended)[ \\t]+((?:[a-z][a-z'-]+[ \\t]+){1,3})(${LOWER_KINDS})\\b`, 'g');
// "transferred from st. brigid's", "admitted to st anselm": a saint's name in lower case after a place word.
const LOWER_SAINT = /\b(?:at|to|from|in|into|via|@)[ \t]+(st\.?[ \t]+([a-z][a-z-]+)(?:['’]s)?(?:[ \t]+(?:(?:catholic|baptist|methodist|lutheran|episcopal)[ \t]+church|ame(?:[ \t]+zion)?|cme|umc|cogic|baptist|methodist|lutheran|episcopal|catholic|church|chapel|parish)\b)?)\b(?![ \t]+(?:wort|st|street|ave|avenue|rd|road|dr|ln|blvd)\b)(?!['’-])/g;
// Devotional first words of parish names ("holy rosary", "sacred heart", "our lady", "immaculate conception").
const PARISH_WORDS = new Set(['holy', 'sacred', 'blessed', 'immaculate', 'our', 'precious', 'most', 'divine', 'good']);
// Instructions at a sentence start are no place: "Call clinic 617-...", "Return to clinic".
const IMPERATIVES = new Set(['call', 'contact', 'phone', 'page', 'return', 'visit', 'attend', 'go', 'see', 'notify', 'fax']);
// Words that name the kind or a department, not the place ("Student Health clinic", "Main ED").
const GENERIC = new Set(['health', 'medical', 'medicine', 'family', 'primary', 'care', 'student', 'employee', 'adult', 'pediatric', 'peds',
  'walk-in', 'express', 'main', 'north', 'south', 'east', 'west', 'central', 'satellite', 'community', 'local', 'outside', 'our', 'their',
  'same-day', 'after-hours', 'women', "women's", 'mens', "men's", 'veterans', 'va', 'county', 'city', 'state', 'public', 'free', 'new',
  'old', 'other', 'another', 'nearest', 'closest', 'nearby', 'regional', 'general', 'mobile', 'virtual', 'telehealth', 'specialty',
  // national mutual-help programs are not a place ("attends Alcoholics Anonymous")
  'anonymous', 'alcoholics', 'narcotics']);

// After words that say where a person goes, is sent or belongs: "dialysis at Fresenius",
// "transferred from Wexford", "attends Marwood", "member of Grace Fellowship", "picked up at ...".
const CUED = /\b(?:(?:[Ss]een|[Ee]valuated|[Tt]reated|[Ff]ollowed|[Hh]ospitalized|[Pp]laced|[Ii]ncarcerated|[Ii]nmate|[Rr]eleased)(?:[ \t]+(?:previously|recently|initially|originally|briefly|also|once))?(?=[ \t]+(?:at|from)[ \t])|(?:[Ww]as|[Ii]s|[Bb]een|[Ss]tayed|[Ss]tays|[Ss]taying)(?:[ \t]+(?:previously|recently|initially|originally|briefly|also|once))?(?=[ \t]+at[ \t])|[Dd]ialy(?:sis|zes|zing)|HD|[Aa]ttends|[Aa]ttended|[Mm]ember|[Pp]arishioner|[Vv]olunteers?|[Vv]olunteering|[Tt]ransferred|[Tt]ransfer|[Xx]fer(?:red|'d)?|[Dd]ischarged|[Dd]\/c'?d|[Aa]dmitted|[Pp]icked[ \t]+up|[Dd]ropped[ \t]+off|[Rr]eceiving[ \t]+(?:facility|hospital|agency)|[Ss]ending[ \t]+(?:facility|hospital)|[Aa]ccepting[ \t]+(?:facility|hospital)|[Aa]dult[ \t]+day|[Dd]ay[ \t]+program|[Dd]ay[ \t]+care|[Dd]aycare)(?:[ \t]+back)?(?:[ \t]+(?:at|to|from|of|in|into|is|was|:))?[ \t]*:?[ \t]+(?:the[ \t]+)?((?:(?:St\.|Mt\.|\p{Lu}[\p{L}\p{M}'’&-]*)[ \t]+){0,3}\p{Lu}[\p{L}\p{M}'’&-]*)/gu;
// Ambulance and fire crews are handed patients too: "transferred to Medic 7".
const CREWS = /^(?:Medic|MEDIC|Rescue|RESCUE|Engine|ENGINE|Ambulance|Squad|Ladder|Truck|Tower|Battalion|Flight|LifeFlight|MedFlight|Air|Station|District)$/;
const CUED_HINT = /een|valuated|reated|ollowed|ospitalized|laced|ncarcerated|nmate|eleased|was|is|tay|ay care|aycare|dult day|ay program|ialy|ttend|ember|arishioner|olunteer|ransfer|fer|ischarged|\/c|dmitted|icked|ropped|eceiving|ending|ccepting/;
// The kind first, as foreign names and some English ones put it: "Clínica San Lucas", "Centro
// Renal del Este", "Hospital Universitario de Caguas", "Camp Winnisook", "Temple Beth Shalom".
const KIND_FIRST_NAME = /\b(?:Cl[ií]nica|Policl[ií]nica|Centro|Instituto|Sanatorio|H[ôo]pital|Clinique|Krankenhaus|Ospedale|Camp|Temple|Congregation|Hospital(?=[ \t]+(?:Universitario|Nacional|Militar|Infantil|Metropolitano|Provincial|Municipal|Civil|San|Santa|Santo|Nuestra|de|del|General[ \t]+de|Regional[ \t]+de|Central[ \t]+de)\b))(?:[ \t]+(?:de|del|la|las|los|el|y|e|des|du|di|\p{Lu}[\p{L}\p{M}'’-]*)(?![\p{L}\p{M}])){1,5}/gu;
// Words that say what kind of place it is, not which one ("Centro de Salud", "Hospital Universitario").
const KIND_GENERIC = /^(?:de|del|la|las|los|el|y|e|des|du|di|Salud|M[ée]dic[oa]|Cl[íi]nic[oa]|Universitari[oa]|General|Nacional|Regional|Municipal|Provincial|Central|Infantil|Militar|Civil|Familiar|Comunitari[oa]|Especialidades|Santé|Sant[ée]|Hospitalier|Universitaire)$/;
const KIND_FIRST_HINT = /l[ií]nica|Centro|Instituto|Sanatorio|pital|Clinique|Krankenhaus|Ospedale|Camp|Temple|Congregation/;
// Organisations that serve the patient, named by common words after what they do: "housing was
// arranged through Open Doors", "rides by Wheels Forward", "groups at Turning Point", "hired at
// Golden Crust". Mid-sentence title case after such a cue is a name even when each word is English.
const SERVICE_CUED = new RegExp(`\\b(${'arranged|brought|placed|housed|housing|referred|connected|enrolled|services?|help|rides?|transport(?:ation|ed)?|meals|delivered|provided|supplied|equipment|supplies|aides?|hired|cleaned|cleans|groups?|classes|counseling|sponsored|funded'.split('|').map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})(?:[ \\t]+[a-z]+){0,3}?[ \\t]+(through|by|from|via|at|for|with)[ \\t]+(?:the[ \\t]+)?((?:\\p{Lu}[\\p{L}'’&-]*[ \\t]+){0,2}\\p{Lu}[\\p{L}'’&-]*)`, 'gu');
const SERVICE_HINT = /arranged|brought|placed|hous|referred|connected|enrolled|service|help|ride|transport|meals|delivered|provided|suppl|equipment|aide|hired|clean|group|classes|counseling|sponsored|funded/i;
const KIND_OR_PEOPLE = /^(?:Friends|Family|Families|Neighbors|Neighbours|Church|Parish|School|Work|Home|Hospice|Hospital|Clinic|Shelter|Agency|Rehab|Services|Staff|Nursing|Volunteers|Parents|Relatives|Community|Insurance|Transport|Transportation|Dialysis|Pharmacy|Police|Fire|Court|Probation|Parole)$/;
// Payers and programs are not places ("paid by Medicare", "help from MassHealth").
const PAYERS = /^(?:Medicare|Medicaid|MassHealth|Medi-Cal|Tricare|TRICARE|CHAMPVA|SNAP|WIC|SSI|SSDI|Social Security)$/;
// Legal aid and rights organisations end in their kind: "Pioneer Valley Legal Aid", "the Tenant
// Rights Project", "Disability Law Center". The span holds the whole name.
const LEGAL_KIND = /((?:(?:\p{Lu}[\p{L}'’.-]*|&)[ \t]+){1,3})(?:Legal[ \t]+(?:Aid|Services|Assistance|Clinic|Center|Centre)|(?:Rights|Law|Justice|Advocacy)[ \t]+(?:Project|Center|Centre|Network|Coalition|Clinic|Institute))\b/gu;
const LEGAL_LEAD_STOP = /^(?:The|To|At|From|With|And|In|Of|For|A|An|By|Per|Via|Pt|Patient|Referred|Referral|Contact|Call|Called|Seen|Sent|Saw|Gave|Given)$/;

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
    return NOT_NAMES.has(k) || CLINICAL_ABBREVIATIONS.has(k) || TITLES.has(k) || k in MONTHS || WEEKDAYS.has(k) || GENERIC.has(k) || IMPERATIVES.has(k);
  };
  // A word that can name a place: a census name, a town, or a word that is neither English nor
  // medical ("Harwick"); a common English word alone ("Hand clinic", "Sleep clinic") cannot.
  const placeWord = (word: string) => {
    // (A sentence's last word and an ampersand name nothing: "Notified. Heart & Vascular clinic" (pass 6).)
    const w = word.replace(/\.$/, '');
    if (!/\p{L}/u.test(w) || blocked(w)) return false;
    const f = features(w.replace(/['’]s$/, ''));
    // (A disease's eponym names the clinic's subject: "Parkinson clinic", "Crohn center" (pass 5).)
    if (f.medical && EPONYMS.has(w.toLowerCase().replace(/['’]s$/, ''))) return false;
    const city = d.cities.has(w.toLowerCase());
    // (A census name that is also a medical word, "Spine", names a clinic's subject, not a place.)
    // (A rare English word, "Halcyon", "Acorns", names places too; a common one, "Sleep", does not.)
    return city || ((f.first || f.last) && !(f.medical && f.english)) || (!f.medical && (!f.english || f.english >= 35));
  };
  const accept = (name: string): boolean => {
    const words = name.split(/[ \t]+/);
    if (words.every(blocked)) return false;
    if (!words.some(placeWord)) return false;
    if (words.length === 1) {
      const f = features(words[0]!);
      if (d.cities.has(words[0]!.toLowerCase()) && !blocked(words[0]!)) return true;
      return !(f.english && f.english <= 20) && !(f.medical && (f.english || (!f.first && !f.last)));
    }
    return true;
  };
  if (KIND_HINT.test(text)) {
    for (const m of matchesAt(PLACE_BEFORE_KIND_AT, text, placeBeforeKindStarts(text))) {
      // Leading generic words are not part of the name ("the Main Street ED" keeps "Main Street").
      let name = m[1]!;
      let start = m.index!;
      while (/[ \t]/.test(name) && blocked(name.split(/[ \t]+/)[0]!) && name.split(/[ \t]+/)[1] !== '&') {
        const cut = name.search(/[ \t]+\S/);
        const skip = cut + name.slice(cut).search(/\S/);
        name = name.slice(skip);
        start += skip;
      }
      if (accept(name)) out.push({ start, end: start + name.length, type: 'FACILITY', priority: PRIORITY.facility });
    }
  }
  if (BRACKET_HINT.test(text)) {
    for (const m of allMatches(NAME_IN_BRACKETS, text)) {
      const name = m[1]!;
      const start = m.index! + m[0].lastIndexOf(name);
      if (accept(name)) out.push({ start, end: start + name.length, type: 'FACILITY', priority: PRIORITY.facility });
    }
  }
  if (CUED_HINT.test(text)) {
    for (const m of allMatches(CUED, text)) {
      // Trailing kind words and abbreviations are left to their own rules ("Lakeland ED").
      // (Pass 22: a column's gap ends the name, "Dialysis Center   Chair 9".)
      const found = m[1]!.split(/ {3,}|\t/)[0]!;
      const words = found.split(/[ \t]+/);
      // (and so are day codes after a title-case name: "Fresenius MWF", "Merrimack Kidney Care TTS").
      // (and weekdays after a group: "attends AA Mondays" (pass 6)).
      while (words.length > 1 && WEEKDAYS.has(words[words.length - 1]!.toLowerCase().replace(/s$/, ''))) words.pop();
      while (words.length > 1 && /^[A-Z]{2,5}$/.test(words[words.length - 1]!) && (blocked(words[words.length - 1]!) || words.some((w) => /\p{Ll}/u.test(w)))) words.pop();
      // (The name as written: its words may stand two blanks apart.)
      const name = found.slice(0, [...found.matchAll(/\S+/g)][words.length - 1]!.index! + words[words.length - 1]!.length);
      const start = m.index! + m[0].lastIndexOf(m[1]!);
      // (A short capital word alone is an abbreviation: "attends AA", "transferred to CCU".)
      // A kind word at the end leaves the name to the facility-word rule ("Followed at Anticoagulation Clinic").
      if (words.length > 1 && /^(?:Clinic|Center|Centre|Hospital|Unit|Service|Program|Lounge|Team|Department|Dept|Suite|Lab|Office)$/.test(words[words.length - 1]!)) continue;
      if (blocked(words[0]!) || blocked(words[0]!.split('-')[0]!) || /^(?:St\.|Mt\.)$/.test(name) || /^[A-Z]{2,4}$/.test(name) || isStateOrCountry(name) || CREWS.test(words[0]!)) continue;
      const f = features(words[0]!);
      const rare = words.length === 1 && !f.medical && (f.english >= 50 || (f.english >= 35 && (f.first || f.last)));
      // A ward number belongs to the ward's name ("transferred to Bigelow 11").
      const ward = /^[ \t]+\d{1,2}[A-Z]?\b(?![:./-]?\d|[ \t]*(?:mg|mcg|ml|units?|%|days?|hrs?|hours?|weeks?|times|x\b|pm|am|yo|y\/o))/i.exec(text.slice(start + name.length, start + name.length + 16));
      if (accept(name) || rare) out.push({ start, end: start + name.length + (ward && words.length === 1 ? ward[0].length : 0), type: 'FACILITY', priority: PRIORITY.facility });
    }
  }
  if (SERVICE_HINT.test(text)) {
    for (const m of allMatches(SERVICE_CUED, text)) {
      const name = m[3]!;
      // "for" names an employer ("cleans offices for X"), elsewhere a reason ("referred for Lupron").
      if (m[2] === 'for' && !/^(?:hired|clean)/i.test(m[1]!)) continue;
      const words = name.split(/[ \t]+/);
      const start = m.index! + m[0].length - name.length;
      // (A generic or clinical word may lead, "New Beginnings", "Daily Bread", but not end the name: "Home Care".)
      const hard = (w: string) => { const k = w.toLowerCase(); return CLINICAL_ABBREVIATIONS.has(k) || TITLES.has(k.replace(/\.$/, '')) || k in MONTHS || WEEKDAYS.has(k); };
      if (words.some(hard) || blocked(words[words.length - 1]!) || /^[A-Z]{2,5}$/.test(words[0]!) || PAYERS.test(name) || isStateOrCountry(name) || CREWS.test(words[0]!)) continue;
      if (/^(?:Clinic|Center|Centre|Hospital|Unit|Service|Program|Team|Department|Dept|Office)$/.test(words[words.length - 1]!)) continue;
      // (A person is no organisation: "help from Maria Lopez" is left to the name rules.)
      if (features(words[0]!).commonFirst) continue;
      // One word: a name unless it is a kind of place or people ("help from Friends", "meals from Church")
      // or among the commonest English words.
      const one = () => accept(name) || (!KIND_OR_PEOPLE.test(name) && /^\p{Lu}\p{Ll}+$/u.test(name) && (features(name).english || 99) > 10);
      const named = words.length > 1 ? words.some((w) => { const f = features(w); return !f.medical || f.first || d.cities.has(w.toLowerCase()); }) : one();
      if (named) out.push({ start, end: start + name.length, type: 'FACILITY', priority: PRIORITY.facility });
    }
  }
  if (/Legal|Rights|Law|Justice|Advocacy/.test(text)) {
    for (const m of allMatches(LEGAL_KIND, text)) {
      const lead = m[1]!.split(/[ \t]+/).filter(Boolean);
      let skip = 0;
      while (skip < lead.length && LEGAL_LEAD_STOP.test(lead[skip]!)) skip += 1;
      if (skip === lead.length) continue;
      let start = m.index!;
      for (let k = 0; k < skip; k++) start = text.indexOf(lead[k + 1]!, start + lead[k]!.length);
      out.push({ start, end: m.index! + m[0].length, type: 'FACILITY', priority: PRIORITY.facility });
    }
  }
  if (KIND_FIRST_HINT.test(text)) {
    for (const m of allMatches(KIND_FIRST_NAME, text)) {
      // Trailing particles are not part of the name; the name needs a word past the kind.
      const value = m[0].replace(/(?:[ \t]+(?:de|del|la|las|los|el|y|e|des|du|di))+$/u, '');
      const rest = value.split(/[ \t]+/).slice(1);
      if (!rest.length || rest.every((w) => blocked(w) || KIND_GENERIC.test(w))) continue;
      out.push({ start: m.index!, end: m.index! + value.length, type: 'FACILITY', priority: PRIORITY.facility });
    }
  }
  if (LABEL_HINT.test(text)) {
    for (const m of allMatches(LABELED, text)) {
      const name = m[1]!.replace(/[ \t]+(?:of|the|and|&)$/, '').replace(/\.$/, '');
      const start = m.index! + m[0].lastIndexOf(m[1]!);
      // Any word that is not clinical vocabulary: the label already says it is a place.
      const words = name.split(/[ \t]+/);
      // One common word is a status, not a place ("Employer: Retired", "Destination: Home").
      const common = words.length === 1 && (features(name).english || 99) <= 20 && !features(name).first && !features(name).last;
      // (A person with a credential after the label is no place: "Pharmacy: Olu Adeyemi, PharmD".)
      const credential = /^,?[ \t]*([A-Za-z][A-Za-z.-]*)/.exec(text.slice(start + name.length, start + name.length + 12));
      if (credential && CREDENTIALS.has(credential[1]!.toLowerCase().replace(/\.$/, ''))) continue;
      if (!common && !words.every((w) => blocked(w) || w === '&' || /^(?:of|the|and)$/.test(w))) out.push({ start, end: start + name.length, type: 'FACILITY', priority: PRIORITY.facility });
    }
  }
  // (Read back from each possessive: a note has few, so no scan of the whole note.)
  for (const mark of ["'s", '’s']) for (let at = text.indexOf(mark); at > 0; at = text.indexOf(mark, at + 2)) {
    const m = POSSESSIVE_PHARMACY.exec(text.slice(Math.max(0, at - 40), at));
    if (!m || !NOT_PHARMACY_AFTER.test(text.slice(at + 2, at + 24))) continue;
    const stem = m[1]!;
    if (blocked(stem) || (features(stem).english && features(stem).english <= 20) || (features(stem).medical && !features(stem).last)) continue;
    out.push({ start: at - stem.length, end: at + 2, type: 'FACILITY', priority: PRIORITY.facility });
  }
  // Lower-case nursing shorthand: "d/c to milton hospital", "w/ cape ann vna". After a place
  // preposition, one to three lower-case words before a kind, one of them a town or census name that
  // is no common English word ("at outside hospital", "to cardiology clinic" stay words).
  if (LOWER_KIND_HINT.test(text)) {
    for (const m of allMatches(LOWER_BEFORE_KIND, text)) {
      const words = m[1]!.trim().split(/[ \t]+/);
      while (words.length && (blocked(words[0]!) || /^(?:the|a|an|his|her|their|outside|local|same|home|this|that)$/.test(words[0]!))) words.shift();
      // (A parish named by a devotion before its denomination (pass 7): "holy rosary catholic church", "sacred heart catholic church".)
      const parish = m[2] === 'catholic church' && words.length >= 2 && PARISH_WORDS.has(words[0]!);
      if (!words.length || (words.some((w) => blocked(w)) && !parish)) continue;
      const named = words.some((w) => {
        const f = features(w);
        // (or a long word no list knows, "brightwater memory care" (pass 6))
        return ((d.cities.has(w) || f.first || f.last) && (!f.english || f.english >= 35)) || (w.length >= 6 && /^[a-z]+$/.test(w) && !f.english && !f.medical && !f.first && !f.last);
      });
      if (!named && !parish) continue;
      const name = words.join(' ') + ' ' + m[2]!;
      const start = m.index! + m[0].length - name.length;
      if (text.slice(start, start + name.length) === name) out.push({ start, end: start + name.length, type: 'FACILITY', priority: PRIORITY.facility });
    }
  }
  if (/\bst\.?[ \t][a-z]/.test(text)) for (const m of allMatches(LOWER_SAINT, text)) {
    const word = m[2]!;
    const f = features(word);
    if (blocked(word) || (f.medical && (f.english || CLINICAL_ABBREVIATIONS.has(word))) || (f.english && f.english < 35)) continue;
    const start = m.index! + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length, type: 'FACILITY', priority: PRIORITY.facility });
  }
  return out;
}
