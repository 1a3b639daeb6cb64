// AGE: only ages over 89 are identifiers under Safe Harbor. The span is the number itself.
import { allMatches, PRIORITY, type Candidate, type DetectInput } from './detector';
import { CLINICAL_ABBREVIATIONS, NOT_NAMES } from '../lexicon';

const NUM = '(9\\d|1[0-2]\\d)';
// The same number as the named group `v`: patterns that consume their context before the number
// (cheaper than a lookbehind tried at every position) report only `v`.
const NUM_V = '(?<v>9\\d|1[0-2]\\d)';
// Each pattern with what every match of it holds, tested first (pass 15: most notes have none,
// and a test of this costs a fraction of the pattern's scan).
const PATTERNS: { need: RegExp; re: RegExp }[] = [
  // 92 yo, 92 y/o, 92-year-old, 92 years old, 92yo, 92 yr old, 92 y.o.
  { need: /(?:9\d|1[0-2]\d)\s*-?\s*[yYaA]/, re: new RegExp(`(?<![\\d.])${NUM}(?=\\s*-?\\s*(?:yo\\b|y\\.o\\.?|y/o|yrs?\\.?(?:[- ]old)?\\b|years?(?:[-\\s]old|\\s+of\\s+age)\\b|-?year-old|yoM|yoF|yom|yof|y\\s*o\\s*[mfMF]?\\b|y(?=[ \\t]*[),;])|a[ñn]os\\b))`, 'gi') },
  // 92M, 92 F, 92yM (demographic shorthand at the start of a line or after "a")
  // (not "Temp 99 F": only at a line start or after "a", "pt is a", "Age/Sex:")
  { need: /(?:9\d|1[0-2]\d)\s?y?[MF]\b/, re: new RegExp(`(?:^|\\n|[.;,]\\s+|\\b[Aa]n?\\s+|\\b(?:pt|Pt|PT|patient|Patient)\\s+(?:is\\s+)?(?:an?\\s+)?|[Ss]ex:\\s*|\\b(?:A\\/P|Assessment|Impression|Summary|HPI|ID|CC|S|A|I)\\s*:\\s*)${NUM_V}(?=\\s?(?:[MF]|y[MF])\\b)`, 'g') },
  // age 92, aged 92, Age: 92, at age 92
  { need: /[Aa][Gg][Ee]/, re: new RegExp(`\\b(?:age|aged|AGE|AGED|Age|Aged)\\s*(?:of\\s*|:\\s*|is\\s*|at\\s+death\\s*:?\\s*|=\\s*|-\\s*|~\\s*|approx\\.?\\s*|about\\s*|around\\s*)?${NUM_V}(?!\\d|\\.\\d|\\s*(?:mg|kg|%|lbs?|cm|mm))`, 'g') },
  // in her 90s, late 90's (when about age)
  { need: /(?:9|1[0-2])0'?s\b/, re: new RegExp(`\\b(?:his|her|their|the|late|early|mid)[- ](?:late |early |mid[- ])?(?<v>(?:9|1[0-2])0'?s)\\b`, 'g') },
  // ninety-two year old, one hundred and one
  { need: /ninety|hundred/i, re: /\b(?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one hundred(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)(?=[- ]?(?:years?|yo|y\/o)\b)/gi },
  { need: /narian/i, re: /\b(?:nonagenarian|centenarian|supercentenarian)\b/gi },
];

// "Name (97)" or "Name, 91," / "Name, 91 yo": the number, then the capitalized word before it.
const NUMBER_AFTER_WORD = /[(,][ \t]*(9\d|1[0-2]\d)(?![\d.])/g;
const CLOSE_AFTER_BRACKET = /^[ \t]*\)/;
// (Pass 13: also closing a line or a column, before a bracket or a record label: "Augustin
// Pelletier, 94   MRN 0259113", "Vernon L. Hatchett, 93 (birthday 1/23)".)
const AFTER_COMMA_AGE = /^(?:[ \t]*[,;]|[ \t]*(?:\r?\n|$)|[ \t]{2,}|[ \t]+\(|[ \t]+(?:yo|y\/o|y\.o\.|years?|yrs?|a[ñn]os|MRN|DOB)\b)/;
// (Pass 13) A relative before the age: "her father, 93, on warfarin", "grandma agnes next door (90)".
const RELATIVE_BEFORE = /\b(?:father|mother|dad|mom|husband|wife|grandma|grandmother|grandfather|grandpa|aunt|uncle|sister|brother|son|daughter|neighbor|friend)\b[^\n,;()]{0,24}$/i;
// (Pass 13) The age in brackets after a date of birth: "DOB 1/5/1931 (93)", "11/11/1933 (90)".
// (Pass 19: also after an ISO date or a date of birth in eight digits, "DOB 03041931 (93)".)
const AGE_AFTER_DOB = new RegExp(`(?:\\b\\d{1,2}[/-]\\d{1,2}[/-](?:19|20)\\d{2}|\\b(?:19|20)\\d{2}-\\d{2}-\\d{2}|(?<=\\b(?:DOB|dob|Dob)[: \\t]{0,3})\\d{8})[ \\t]*\\([ \\t]*${NUM_V}(?=[ \\t]*\\))`, 'g');
// (Pass 13) "declines at 92.", "At 90, agreed to stop", "A1c 6.2 at 99 is overtreatment": an age
// after "at" closed by punctuation or a pronoun, unless a vital sign or a lab stands just before.
// (Pass 21: also in capitals, "REPLACED AT 91.", closing the line or before "w/": "died 2020 at 90",
// "CPR outcomes at 94 w/ severe AS".)
const AGE_AT = new RegExp(`\\b(?:[Aa]t|AT)[ \\t]+${NUM_V}(?=[ \\t]*[,;:!?)](?!\\d)|\\.(?!\\d)|[ \\t]*(?:\\r?\\n|$)|[ \\t]+(?:is|she|he|with|and|yo|y\\/o|w\\/)(?![\\p{L}]))`, 'gu');
// (Pass 19) "she's actually 92", "he is 94 and": after a pronoun and "is", the number is the age.
// (Pass 21: and "who is", "WHO IS 90 AND DRIVES HIM", and "(now 93)".)
const AGE_AFTER_PRONOUN = new RegExp(`(?:\\b(?:[Ss]he|[Hh]e|[Ww]ho|WHO|SHE|HE)(?:['’]s|[ \\t]+is|[ \\t]+was|[ \\t]+IS|[ \\t]+WAS)[ \\t]+(?:actually|now|only|almost|nearly|just)?|\\([ \\t]*now)[ \\t]*${NUM_V}(?![\\d.%/:-]|[ \\t]*(?:%|mg|kg|lbs?|pounds|kilos|beats|bpm|percent|points|degrees))`, 'g');
// (Pass 19) Spanish: "noventa y dos años", "92 años (92)", "cien años".
const SPANISH_AGE = /\b(?<v>noventa(?:[ \t]+y[ \t]+(?:uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve))?|cien(?:to[ \t]+(?:uno|dos|tres|cuatro|cinco))?|9\d|1[01]\d)(?=[ \t]+años\b)|(?<=\baños[ \t]*\()(?<v2>9\d|1[01]\d)(?=\))/g;
// (Pass 19) "Pt 92, lives with niece", "pt is 91; declines", "turned 92 last week": after the
// patient or a birthday's verb, closed by punctuation or an age word.
const AGE_AFTER_PATIENT = new RegExp(`\\b(?:(?:Pt|pt|Patient|patient)[ \\t]+(?:is[ \\t]+)?|(?:turned|turns|turning)[ \\t]+)${NUM_V}(?=[ \\t]*[,;](?!\\d)|[ \\t]+(?:yo|y\\/o|years?|yrs?|[MF])\\b|[ \\t]+(?:last|this|on|in|today|yesterday)\\b)`, 'g');
const VITAL_BEFORE = /\b(?:sat|sats|spo2|o2|hr|pulse|rate|bp|sbp|dbp|map|weight|wt|temp|tmax|glucose|bg|cbg|fsbs|level|fio2|peep|rr|fev1|fvc|ef|lvef|score|percentile|%ile)\b[^\n]{0,14}$|%[^\n]{0,10}$/i;
// (Pass 13) An age and sex on a record line before its label, "93 F   MRN 115530487", or the sex
// then the age before it, "Ozell Whitaker, M, 90, DOB 2/1/1938".
const AGE_BEFORE_RECORD_LABEL = new RegExp(`(?<![\\d.])(?<!\\b(?:T|Temp|temp|TEMP|Tmax|BP|HR|P|wt|Wt)[ \\t:]*)${NUM_V}(?=[ \\t]?[MF][ \\t]{2,}(?:MRN|DOB|Rm|Room|Bed)\\b)`, 'g');
const AGE_AFTER_SEX = new RegExp(`(?<=,[ \\t]*[MF],[ \\t]*)${NUM_V}(?=,?[ \\t]*(?:DOB|MRN)\\b)`, 'g');
// (Pass 13) "I'm 93, not 39": an age said in the first person.
// (Pass 17: "I am 97"; pass 22: before a sentence's full stop, "I'm 103.")
const AGE_FIRST_PERSON = new RegExp(`\\b(?:I['’]m|I[ \\t]+am)[ \\t]+${NUM_V}(?![\\d%]|\\.\\d)(?![ \\t]*(?:mg|lbs?|kg|pounds|%|degrees|percent))`, 'g');
// (Pass 17) A relative's age in a pedigree line, living or at death: "MGM Nora Kehoe, living, 97,",
// "father Rupert Pemberton, prostate ca 78, d. 93".
const AGE_LIVING = new RegExp(`\\b(?:living|alive)[ \\t]*,[ \\t]*${NUM_V}(?=[ \\t]*(?:[,;)]|\\.(?!\\d)|\\r?\\n|$))`, 'g');
const AGE_KIN_DIED = new RegExp(`(?<=\\b(?:[Ff]ather|[Mm]other|[Bb]rother|[Ss]ister|[Aa]unt|[Uu]ncle|[Gg]rand\\w*|[MP]G[MF]|[MP]GG[MF]|[Hh]usband|[Ww]ife|[Ss]pouse)\\b[^\\n]{0,60}?)\\bd\\.[ \\t]*${NUM_V}(?=[ \\t]*(?:[,;)]|\\.(?!\\d)|\\r?\\n|$))`, 'g');
// (Pass 14) An age glued to its sex in a column, a bracket or after a name in capitals: "MRN 1184073
// 93M", "|  90F  |", "(97 F, MRN ...", "BHATT, KOKILABEN 95F - hip fx"; a temperature ("(98 F)") or a vital
// sign before it ("HR 95 F") is left out where it is used, by TEMPERATURE_BEFORE and VITAL_BEFORE.
const AGE_SEX_COLUMN = new RegExp(`(?:[ \\t]{2,}|\\|[ \\t]*|\\([ \\t]*|\\b\\p{Lu}{2,}[ \\t]+)${NUM_V}(?=[ \\t]?[MF](?![\\p{L}\\p{N}°]))`, 'gu');
const TEMPERATURE_BEFORE = /\b(?:t(?!\.)|tm|temp|tmax|temperature|fever|febrile|afebrile|ambient|heat|outside|outdoors?|weather|degrees)\b[^\n]{0,20}$|\d[ \t]*°?[ \t]*C\b[^\n]{0,6}$|°/i;
// (Pass 16) "Mrs. K, 91 years, DOB ...": an age in years closed by punctuation, not a span of time
// ("for 91 years,").
const AGE_YEARS_CLOSED = new RegExp(`(?<!\\b(?:for|over|past|last|in|within|x)[ \\t]+)(?<![\\d.])${NUM_V}(?=[ \\t]+years?[ \\t]*[,;)])`, 'gi');
// (Pass 16) Where a glued age and sex stand without a name before them.
const LABEL_BEFORE = /(?:\b(?:pt|patient|res|resident|b|id|age|client|member)[ \t]*:[ \t]*|\|[ \t]*|[ \t]{2,}|^|\n)$/i;
const ROOM_BEFORE = /\b(?:rm|room|bed|apt|unit|suite|ste|bay|bldg|#)[ \t]*$/i;
const WORD_BEFORE = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}[\p{L}'’-]+)[ \t]*$/u;

// Pass 5, tried only when a cheap test finds their words: 96/F after "Age/Sex:", "alive at
// 101", "died at 96", "passed away aged 97", "turned 90", and spelled ages.
// "age ninety-one", "she is ninety-three": a spelled age after an age word or "is".
const AGE_SPELLED = /\b(?:age|aged|is|was|turned|turns|I['’]m|Im)(?:[ \t]*:[ \t]*|[ \t]+)(?<v>ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one hundred(?:[ \t]+(?:and[ \t]+)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)(?![\w-])(?![ \t]+(?:years?|yo|y\/o|percent|%|mg|minutes|min|days)\b)/gi;
// (Pass 22) An age over 89 after a relation and a comma: "visiting her mother, 96)"; not "mother, 95 lbs".
const KIN_AND_COMMA = String.raw`\b(?:mother|father|mom|dad|grandmother|grandfather|grandma|grandpa|aunt|uncle|husband|wife|sister|brother)[ \t]*,`;
const KIN_COMMA = String.raw`${KIN_AND_COMMA}[ \t]+`;
const AGE_AFTER_KIN = new RegExp(String.raw`${KIN_COMMA}(?<v>9\d|1[01]\d)(?=[ \t]*(?:[.,;!)]|$|years?\b|yrs?\b))(?![.,]\d)`, 'g');
const KIN_AGE_HINT = new RegExp(String.raw`,(?<=${KIN_AND_COMMA})[ \t]+(?:9\d|1[01]\d)\b`);
// (Pass 22) A spelled age of two words anywhere, but before a count's noun: "at ninety-three I am
// allowed to be sad", "confirmed ninety-three by daughter"; not "ninety-two days", "ninety-five percent".
const AGE_SPELLED_COMPOUND = /\b(?<v>ninety[- ](?:one|two|three|four|five|six|seven|eight|nine))\b(?![- ]?(?:days?|percent|%|percentile|minutes?|mins?|seconds?|secs?|degrees?|mg|mcg|ml|units?|dollars?|cents?|pounds?|lbs?|kg|kilos?|miles?|mph|feet|foot|ft|times|tablets?|pills?|beats?|breaths?|hours?|hrs?|weeks?|wks?|months?|mos?|patients?|cases?|people|of\b|th\b))/gi;
// "Pt, ninety-six, is sharp", "Clementine Vasquez (ninety-three)": a spelled age as an appositive (pass 6).
// (Pass 17: or in a bracket of its own, "(ninety, lives alone)", and after "herself", "himself".)
const AGE_SPELLED_APPOSITIVE = /(?<=[A-Za-z][ \t]?[,(][ \t]?|\([ \t]?|\b(?:herself|himself)[ \t]+)(?<v>ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one hundred(?:[ \t]+(?:and[ \t]+)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)(?=[ \t]*[,)])/gi;
// "pt is 94,", "Patient is 97.": a bare number after the patient as subject, closed by punctuation (pass 6).
// (Pass 16: also a parent or spouse as the subject, and closed by a bracket, "!", "now", "year" or the line's end.)
const AGE_IS = new RegExp(`\\b(?:pt|Pt|PT|patient|Patient|PATIENT|she|She|he|He|who|resident|Resident|veteran|Veteran|client|Client|[Mm]om|[Mm]other|[Ff]ather|[Dd]ad|[Gg]randmother|[Gg]randfather|[Gg]randma|[Gg]randpa|[Hh]usband|[Ww]ife)[ \\t]+(?:is|was|IS)[ \\t]*\\n?[ \\t]*(?:now[ \\t]+)?${NUM_V}(?=[ \\t]*[,;)!]|\\.(?!\\d)|[ \\t]+(?:and|now|years?|yrs?)\\b|[ \\t]*(?:\\r?\\n|$))`, 'g');
// One scan for the words of AGE_AT_EVENT, AGE_SEX and AGE_SPELLED.
const CUED_HINT = /alive|died|passed|deceased|turn|lived|ninety|hundred|\/[ \t]*(?:sex|gender)|\b(?:is|was)\s+(?:now )?(?:9\d|1[0-2]\d)\b/i;
const AGE_SEX = new RegExp(`\\b(?:AGE|Age|age)[ \\t]*\\/[ \\t]*(?:SEX|Sex|sex|GENDER|Gender|gender)[ \\t.]*:?[ \\t.]*${NUM_V}(?=[ \\t]*\\/[ \\t]*[MFmf]\\b)`, 'g');
const AGE_AT_EVENT = new RegExp(`\\b(?:alive|died|passed(?:[ \\t]+away)?|deceased|turned|turns|turning|lived[ \\t]+to)(?:[ \\t]+(?:last|this)[ \\t]+(?:year|month|week|spring|summer|fall|autumn|winter)|[ \\t]+in[ \\t]+(?:19|20|21)\\d{2})?[ \\t]+(?:at[ \\t]+|aged?[ \\t]+|age[ \\t]+of[ \\t]+)?${NUM_V}\\b(?!\\.\\d|[ \\t]*(?:mg|kg|%|lbs?|cm|mm|min|minutes|days|weeks|months|percent))`, 'gi');

// Pass 7: "mother d. (94)", "father d. at 92", "d. age 99" in a family history, and a roster
// line "#7 (93) - CHF": a number closed by its bracket, so "#4 (92% sat)" and "(98.6)" stay numbers.
const AGE_DIED_ABBR = new RegExp(`\\bd\\.[ \\t]*(?:at[ \\t]+|aged?[ \\t]+|\\(|(?=(?:9\\d|1[0-2]\\d)[ \\t]*["“(]))${NUM_V}(?=\\)|[ \\t]*[,;."“(](?!\\d)|[ \\t]+(?:of|from|in|after|with)\\b|[ \\t]*$)`, 'gm');
const AGE_ROSTER = /^#\d{1,3}[ \t]*\((9\d|1[0-2]\d)\)/;

// (Pass 24) The birthday a person turns: "her 90th bday 7/19", "100th birthday party".
const AGE_BIRTHDAY = new RegExp(`(?<![\\d.])${NUM_V}(?=(?:st|nd|rd|th)[ \\t]+(?:birthday|bday|b-day)\\b)`, 'gi');

// (Pass 25) A patient's or a resident's age said with what follows it: "resident is 96 (DOB ...)",
// "Res is 95, BIMS 11/15", "Pt 91 but sharp", "resident is 100 - family asking" (not "PT 90, OT 60",
// therapy minutes); an age in brackets after a room, "rm 121  (101)"; years glued to their number
// before the sex, "91y M".
const AGE_RESIDENT_IS = new RegExp(`\\b(?:[Pp]t|[Pp]atient|[Rr]esident|[Rr]es)[ \\t]+(?:is[ \\t]+)?${NUM_V}(?=[ \\t]*[,;](?!\\d)|[ \\t]+(?:but|and|now|with)\\b|[ \\t]*\\((?:DOB|dob|born|b\\.)|[ \\t]+[-–][ \\t])`, 'g');
const AGE_AFTER_ROOM = new RegExp(`(?<=\\b(?:rm|Rm|RM|room|Room)[ \\t]*#?[ \\t]*\\d{1,4}[A-Za-z-]*[ \\t]*\\([ \\t]*)${NUM_V}(?=[ \\t]*\\))`, 'g');
const AGE_YEARS_SEX = new RegExp(`(?<![\\d.])${NUM_V}(?=y[ \\t][MF]\\b)`, 'g');

const GLUED_SEX_HINT = /\d[mfMF](?![A-Za-z0-9])/;

/**
 * Finds ages over 89 written in the ways clinicians write ages.
 *
 * @example
 *   detectAges({ text: 'a 92 yo woman', ... }) // AGE over "92"
 */
export function detectAges({ text, tokens, dictionaries: d }: DetectInput): Candidate[] {
  const out: Candidate[] = [];
  const cued: RegExp[] = [];
  if (CUED_HINT.test(text)) {
    if (/alive|died|passed|deceased|turn|lived/i.test(text)) cued.push(AGE_AT_EVENT);
    if (/\/[ \t]*(?:sex|gender)/i.test(text)) cued.push(AGE_SEX);
    if (/\b(?:is|was)\s+(?:now )?(?:9\d|1[0-2]\d)\b/i.test(text)) cued.push(AGE_IS);
    if (/ninety|hundred/i.test(text)) cued.push(AGE_SPELLED, AGE_SPELLED_APPOSITIVE, AGE_SPELLED_COMPOUND);
  }
  // (Pass 7: tried only when the text holds "d." or "#".)
  if (text.includes('d.') && /\bd\.[ \t]*(?:at|age|\(|(?:9\d|1[0-2]\d)[ \t]*["“(])/.test(text)) cued.push(AGE_DIED_ABBR);
  // A roster line: "#" first on its line (after blanks), tried at each "#" only.
  for (let k = text.indexOf('#'); k >= 0; k = text.indexOf('#', k + 1)) {
    const m = AGE_ROSTER.exec(text.slice(k, k + 14));
    if (!m || !/(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, k - 8), k))) continue;
    const start = k + m[0].length - 1 - m[1]!.length;
    out.push({ start, end: start + m[1]!.length, type: 'AGE', priority: PRIORITY.exact });
  }
  // (Pass 13: after a date of birth, after "at" unless a vital sign stands before, in the first person.)
  if (/\d[ \t]*\([ \t]*(?:9\d|1[0-2]\d)[ \t]*\)/.test(text)) cued.push(AGE_AFTER_DOB);
  if (/\b(?:[Aa]t|AT)[ \t]+(?:9\d|1[0-2]\d)\b/.test(text)) cued.push(AGE_AT);
  if (/\b(?:[Pp]t|[Pp]atient|turn(?:ed|s|ing))[ \t]+(?:is[ \t]+)?(?:9\d|1[0-2]\d)\b/.test(text)) cued.push(AGE_AFTER_PATIENT);
  if (KIN_AGE_HINT.test(text)) cued.push(AGE_AFTER_KIN);
  if (/\b(?:[Ss]he|[Hh]e|[Ww]ho|WHO|SHE|HE)(?:['’]s|[ \t]+is|[ \t]+was|[ \t]+IS|[ \t]+WAS)[ \t]|\([ \t]*now[ \t]/.test(text)) cued.push(AGE_AFTER_PRONOUN);
  if (text.includes('años')) for (const m of allMatches(SPANISH_AGE, text)) {
    const v = m.groups!.v ?? m.groups!.v2!;
    const start = m.index! + m[0].length - v.length;
    out.push({ start, end: start + v.length, type: 'AGE', priority: PRIORITY.exact });
  }
  if (text.includes("I'm") || text.includes('I’m') || text.includes('I am')) cued.push(AGE_FIRST_PERSON);
  if (/\b(?:living|alive)[ \t]*,[ \t]*(?:9\d|1[0-2]\d)/.test(text)) cued.push(AGE_LIVING);
  if (/\bd\.[ \t]*(?:9\d|1[0-2]\d)\b/.test(text)) cued.push(AGE_KIN_DIED);
  if (/(?:9\d|1[0-2]\d)[ \t]?[MF][ \t]{2,}(?:MRN|DOB|Rm|Room|Bed)\b/.test(text)) cued.push(AGE_BEFORE_RECORD_LABEL);
  if (/[MF],[ \t]*(?:9\d|1[0-2]\d),?[ \t]*(?:DOB|MRN)/.test(text)) cued.push(AGE_AFTER_SEX);
  if (/(?:9\d|1[0-2]\d)[ \t]?[MF]/.test(text)) cued.push(AGE_SEX_COLUMN);
  if (/(?:9\d|1[0-2]\d)[ \t]+[Yy]ears?[ \t]*[,;)]/.test(text)) cued.push(AGE_YEARS_CLOSED);
  if (/(?:9\d|1[0-2]\d)(?:st|nd|rd|th)[ \t]+(?:birthday|bday|b-day)/i.test(text)) cued.push(AGE_BIRTHDAY);
  if (/\b(?:[Pp]t|[Pp]atient|[Rr]esident|[Rr]es)[ \t]+(?:is[ \t]+)?(?:9\d|1[0-2]\d)\b/.test(text)) cued.push(AGE_RESIDENT_IS);
  if (/(?:rm|Rm|RM|room|Room)[ \t]*#?[ \t]*\d{1,4}[A-Za-z-]*[ \t]*\([ \t]*(?:9\d|1[0-2]\d)[ \t]*\)/.test(text)) cued.push(AGE_AFTER_ROOM);
  if (/(?:9\d|1[0-2]\d)y[ \t][MF]\b/.test(text)) cued.push(AGE_YEARS_SEX);
  for (const re of cued) for (const m of allMatches(re, text)) {
    if ((re === AGE_AT || re === AGE_AFTER_PATIENT || re === AGE_AFTER_PRONOUN || re === AGE_RESIDENT_IS) && VITAL_BEFORE.test(text.slice(Math.max(0, m.index! - 20), m.index!))) continue;
    const numberAt = m.index! + m[0].length - m.groups!.v!.length;
    if (re === AGE_SEX_COLUMN && (TEMPERATURE_BEFORE.test(text.slice(Math.max(0, numberAt - 28), numberAt)) || VITAL_BEFORE.test(text.slice(Math.max(0, numberAt - 20), numberAt)))) continue;
    const end = m.index! + m[0].length;
    out.push({ start: end - m.groups!.v!.length, end, type: 'AGE', priority: PRIORITY.exact });
  }
  // A bare number right after a person's name: "Wilhelmina Stroud (97)", "Ambrose Kettleby, 91, ..."
  // (pass 5). The word before must read as a name (a census name or a word neither English nor
  // clinical, capitalized), so "HR (99)", "Cl 99," and "glucose, 96" stay numbers.
  const nameLike = (word: string) => {
    const key = word.toLowerCase();
    if (NOT_NAMES.has(key) || CLINICAL_ABBREVIATIONS.has(key)) return false;
    const english = d.englishWords.get(key);
    const census = d.lastNames.has(key) || d.firstNames.has(key);
    return census ? english === undefined || english >= 35 : english === undefined && !d.medicalTerms.has(key);
  };
  for (const m of allMatches(NUMBER_AFTER_WORD, text)) {
    const at = m.index!;
    const rest = text.slice(at + m[0].length, at + m[0].length + 8);
    if (text[at] === '(' ? !CLOSE_AFTER_BRACKET.test(rest) : !AFTER_COMMA_AGE.test(rest)) continue;
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, at - 30), at));
    const relative = RELATIVE_BEFORE.test(text.slice(Math.max(0, at - 40), at));
    if (!relative && (!before || (text[at] === ',' && before[0].length !== before[1]!.length))) continue;
    if (!relative && !nameLike(before![1]!)) continue;
    const v = m[1]!;
    const start = at + m[0].length - v.length;
    out.push({ start, end: start + v.length, type: 'AGE', priority: PRIORITY.exact });
  }
  // "Hattie Lorimer 97f", "Wendell Acheson 91m": an age glued to its sex right after a name (pass 7),
  // found on the tokens (a number, then a lone "m" or "f" right after it).
  if (GLUED_SEX_HINT.test(text)) for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.shape !== 'num' || t.text.length < 2 || t.text.length > 3) continue;
    const sex = tokens[i + 1]!;
    if (sex.start !== t.end || sex.text.length !== 1 || !'mfMF'.includes(sex.text) || !/^[ \t]$/.test(text[t.start - 1] ?? '')) continue;
    const v = Number(t.text);
    if (v < 90 || v > 129 || /[\p{L}\p{N}]/u.test(text[sex.end] ?? '')) continue;
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, t.start - 30), t.start));
    // (Pass 16: or after a patient's label, a column or a name of any word, unless a temperature, a
    // vital sign or a room stands before: "Pt: 93F,", "B: 93F", "Rm 120   91M", "Dorothy Bighorn 93F".)
    const near = text.slice(Math.max(0, t.start - 28), t.start);
    const labelled = !TEMPERATURE_BEFORE.test(near) && !VITAL_BEFORE.test(near) && !ROOM_BEFORE.test(near) && (LABEL_BEFORE.test(near) || (before !== null && /^\p{Lu}/u.test(before[1]!)));
    if ((before && nameLike(before[1]!)) || labelled) out.push({ start: t.start, end: t.end, type: 'AGE', priority: PRIORITY.exact });
  }
  for (const { need, re } of PATTERNS) {
    if (!need.test(text)) continue;
    re.lastIndex = 0;
    for (const m of allMatches(re, text)) {
      const end = m.index! + m[0].length;
      const v = m.groups?.v;
      out.push({ start: v ? end - v.length : m.index!, end, type: 'AGE', priority: PRIORITY.exact });
    }
  }
  return out;
}

// (Pass 16) An age right after a name the other detectors found, on census and bed-board lines and
// in terse notes: "Ginny Pruett 98 - warfarin held", "rm 403 Estella Vigil 90 | debility", "Szabo,
// Ilona 90 R hip", "husband Clyde 96 has", "NARANJO, E 94F  PNA", "Horace Mims ninety-one,", "Mr.
// Pembroke was 91.". What follows must close the entry (a dash, a bar, punctuation, the line's end)
// or be a word of such lines, so "Roe 90 min", "Roe 98.6" and "Roe 90-day" stay numbers. (Only 90-109:
// larger numbers after a name in a table are rooms, doses and counts far more often.)
const SPELLED = 'ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?';
// (Pass 18: also in a bracket after the name, with a relation or a date before it, "Graham Abernethy
// (91, Wellesley)", "(grandfather, 91)", "Merle Schmitt (8/3, 101)", and "is now 94"; after a relation in brackets,
// "Eleanor Tewksbury (grandmother) 94F", and in a quoted CSV field, '"Kaczmarek, Stanislaw",90,M'.)
// (Pass 19: also after the bracket that closes the name, "(Opal Dahl) 99 -"; in a table cell,
// "| Brannigan, Maeve    | 96 |"; after an initial's full stop, "Kleinsasser, Paul J., 91 -"; after a
// room or a code status, "Anneliese Dreher, rm 118, 99,", "Delgado-Ruiz, Nilda DNR    93.".)
// (Pass 22: after a nickname in brackets, 'Bartholomew Nwachukwu-Grant ("Bart"), 90,', and before a
// language or a note in brackets, "Wojciechowska, Halina 92 (Polish)".)
const AGE_AFTER_NAME = new RegExp(`^\\)?(?:\\.?"?,[ \\t]*|[ \\t]*\\(["“][^"”\\n]{1,20}["”]\\),[ \\t]*|[ \\t]*\\|[ \\t]*|[ \\t]+|[ \\t]*\\([ \\t]*(?:[^()\\n,]{1,16},[ \\t]*)?|[ \\t]*\\([a-z -]{3,20}\\)[ \\t]+)(?:(?:rm|room|bed|Rm|Room|Bed|RM|BED)[ \\t]*[A-Za-z]?\\d{1,4}[A-Za-z]?,[ \\t]*|(?:DNR|DNI|DNR\\/DNI|FULL|Full)[ \\t]+)?(?:(?:is|was)[ \\t]+(?:now[ \\t]+)?)?(?<v>9\\d|10\\d|${SPELLED})(?![\\d%:/°-]|\\.\\d|[MFmf][\\p{L}\\p{N}]|(?![MFmf])\\p{L})(?=[MFmf]?(?:[ \\t]*(?:[-–—](?=[ \\t])|[|,;:)?!]|\\.(?!\\d)|\\r?\\n|$)|[ \\t]{2,}|[ \\t]+\\([A-Z]|[ \\t]+(?:rm|room|has|is|was|back|from|with|w\\/|in|on|at|and|now|[MF]|[RL]|y\\/?o|yo|years?|yrs?)\\b))`, 'u');

/**
 * AGE candidates for ages over 89 right after the names in `spans`.
 *
 * @example
 *   agesAfterNames('Ginny Pruett 98 - warfarin', spans) // AGE over "98" when "Ginny Pruett" is a NAME span
 */
export function agesAfterNames(text: string, spans: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const s of spans) {
    if (s.type !== 'NAME') continue;
    const m = AGE_AFTER_NAME.exec(text.slice(s.end, s.end + 40));
    if (!m) continue;
    const start = s.end + m[0].length - m.groups!.v!.length;
    out.push({ start, end: start + m.groups!.v!.length, type: 'AGE', priority: 1 });
  }
  return out;
}
