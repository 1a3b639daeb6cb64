// DATE: every date element except the year, in the formats clinical notes use. A year alone is
// not PHI under Safe Harbor and is not reported; a year inside a full date is part of the span.
import type { DeidDictionaries } from '../dictionaries';
import { MONTH_PATTERN } from '../lexicon';
import { allMatches, groupByFirstLetter, matchesAt, PRIORITY, startsOf, topLevelAlternatives, type Candidate, type DetectInput } from './detector';

const M = MONTH_PATTERN;
const ORD = '(?:st|nd|rd|th)?';
// 21xx too: research corpora shift dates into the future ("[**2148-3-4**]").
const YEAR = "(?:(?:1[89]|2[01])\\d{2}|'\\d{2})";
// A clock time written right after a date belongs to it ("03/04/2021 14:30", "on 3/4 at 0800").
// (Pass 23: seconds with their fraction and a zone, "2024-04-11 03:12:55.104", "08:31:44 -0600".)
// (Pass 23: not after a bare comma, a CSV export's next column, "2024-04-02,08:30".)
const TIME_AFTER = /^(?:(?:,(?=\s)|(?!,))\s*(?:at|@)?\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,6})?(?:Z|[ \t]?[+-](?:0\d|1[0-4]):?[0-5]\d(?!\d)|[ \t](?:UTC|GMT)\b)?)?(?:\s*[AaPp]\.?[Mm]\.?|[ \t]?[AaPp]\b(?![ \t]*[A-Za-z\d]))?|\s+(?:(?:at|@)\s+)?(?:[01]\d|2[0-3])[0-5]\d(?:\s*(?:hrs?|h))?\b(?!\s*-\s*\d)(?![ \t-]*(?:mg|mcg|ml|mL|cc|units?|kg|g\b|lbs?|pts?|patients|cases|steps|[A-Za-z]+\s+(?:St|Ave|Rd|Street|Avenue|Road)\b))|\s*@\s*(?:[01]\d|2[0-3])[0-5]\d\b(?!\s*-\s*\d)|\s*T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)/i;

// (Pass 15) The weekday after the date, before its time: "06/03/24 Mon 0815", "3/4 Fri".
const WEEKDAY_AFTER = /^[ \t]+(?:(?:Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat|Sun|MON|TUES?|WED|THU|THURS?|FRI|SAT|SUN|mon|tues?|wed|thu|thurs?|fri)(?:day|nesday|rsday|urday|DAY|NESDAY|RSDAY|URDAY)?|saturday|sunday)\.?(?=[ \t]*(?:[,;)\r\n]|$|-[ \t]|\d))/;
// Lower case too ("wed 1/15", "thurs 11/16"), but not "sat"/"sun" alone (saturation, sun exposure).
const WEEKDAY_BEFORE = /\b(?:(?:Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat|Sun|MON|TUES?|WED|THU|THURS?|FRI|SAT|SUN|mon|tues?|wed|thu|thurs?|fri)(?:day|nesday|rsday|urday|DAY|NESDAY|RSDAY|URDAY)?|saturday|sunday)\.?,?\s+$/;

interface DatePattern {
  re: RegExp;
  /** The pattern starts with a month name: tried only where `MONTH_START` finds one (`re` made sticky). */
  monthFirst?: boolean;
  /** A cheap pre-test: the pattern is tried only on notes that contain this text. */
  need?: RegExp;
  /** Extra check on the match; returns false to reject it. */
  ok?: (m: RegExpMatchArray, text: string, d?: DeidDictionaries) => boolean;
}

const validMD = (a: number, b: number) => (a >= 1 && a <= 12 && b >= 1 && b <= 31) || (b >= 1 && b <= 12 && a >= 1 && a <= 31);
// "may" and "mar" are ordinary words in lower case; as months they are written capitalized.
const monthCaseOk = (word: string) => !/^(may|mar|jun|dec|sat|sun)$/.test(word);

// Around a bare m/d, these words say it is a ratio or a score, not a date (5/5 strength, 2/6 murmur).
// (Pass 22) A row's number in a column before a month and its day is no day: "1   Sep 4 2024"; nor is a
// number before a month alone across a column's gap, "0.9    OCT RNFL".
const ROW_NUMBER_GAP = /^\d{1,2}(?:[ \t]{2,}|\t)/;
const DAY_AFTER = /^[ \t.]+\d{1,2}\b/;
const NOT_DATE_BEFORE = /(?:strength|motor|power|murmur|grade|pain|\bbp|b\/p|blood pressure|ratio|score|reflexes|dtrs?|\bsem|\bx|times|\bof|scored?|rated?|\bwas|\bis|\bat|gcs|apgars?|\bef|scores?|\bbpp|moca|mmse|slums|recall|orientation|\bsve|\biop|vision|\bva|acuity|snellen|total|=|\bbims|beighton|teach-?back|\bphq-?\d*|\bgad-?\d*|nottingham|nihss|braden|\bmorse|barthel|\bkatz|tinetti|\bberg|\bcows|\bciwa(?:-ar)?|\bepds|\bpcl-?5|\baudit(?:-c)?|\bcage|\bbup(?:renorphine)?[/-]?(?:nal|nx|naloxone)|\bsuboxone|\bzubsolv)\s*[:=]?\s*$/i;
const NOT_DATE_AFTER = /^\s*(?:o[uds]\b|weeks?\b|wks?\b|days?\b|strength|murmur|pain|sem|hsm|holosystolic|systolic|diastolic|in\b|mmhg|mm\b|cm\b|tabs?|tablets?|caps?|cups?|of\b|dose|strength|bilat|throughout|scale|x\b|score|\/)/i;
const DATE_CUE_BEFORE = /(?:\bon|since|from|between|until|till|dated?|note|due|clinic|returns?|rtc|seen|admitted|admit|discharged|d\/c'?d|started|stopped|visit|dos|last|next|f\/u|follow[- ]?up|by|before|after|starting|effective|as of|scheduled|appt|appointment|surgery|collected|received|resulted|drawn|placed|inserted|removed|changed|done|performed|dated|born|died|expired|injured|fell|tested|vaccinated|given|\(|paracentesis|thoracentesis|lvp|colonoscopy|egd|ercp|eus|ct|cta|mri|mra|tte|tee|echo|cxr|biopsy|bx|cath|pci|transfus(?:ed|ion)|mailed|faxed|sent|labs|cultures?|ecg|ekg|infusion|port placed|c\d+d\d+|meeting|mtg|conference|\bfall|bcx|ucx|\bcx|mammo(?:gram)?|x-?ray|\bpet|vacation|trip|\bcall|\bcalled|\blmp|\bedd|\bedc|\bdelivery|delivered|\bn?svd|\bc\/s|c-section|cesarean|induction|\biol|\biui|\bivf|\bfet|transfer|retrieval|\btrigger(?:ed)?|\bbeta|\bhcg|\bnst|\bgtt|\bogtt|anatomy scan|\banatomy|dating|\bu\/?s|ultrasound|\bsono|\bd&c|\bsab|miscarriage|postpartum|\bpp visit|\b(?:pp|a|s)?rom|\bpprom|\bvbac|\btolac|\bamnio|\bcvs|\bnipt|\bcerclage|\bbirth|\bsurgery date|through|thru|\bd\/c|\bdc|week of|\bamputation|\bbmp|\bcmp|\bcbc|\b[a-z]{3,}(?:ectomy|otomy|ostomy|plasty|scopy|graphy)|\beff|\bresumed?|\brestart(?:ed)?|\bconsult|\be-?mail(?:ed)?|\b(?:morning|evening|night|afternoon)[ \t]+of|\bpick-?up|\bidt|\bbooked|\bmessaged?(?:[ \t]+to[ \t]+pt)?|\brefill(?:ed)?)\s*:?\s*$/i;

const PATTERNS: DatePattern[] = [
  // 03/04/2021, 3-4-21, 03.04.2021 (either day-first or month-first)
  { re: /(?<![\d/.]|(?<!\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)-)(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/]|-(?!\d{1,2}[/.]\d{1,2}[/.]\d{2})|\.\d)/g, ok: (m) => validMD(Number(m[1]), Number(m[3])) },
  // 2021-03-04, 2021/3/4
  { re: /(?<![\d/.-])(?:19|20|21)\d{2}([/.-])(\d{1,2})\1(\d{1,2})(?![\d/-]|\.\d)/g, ok: (m) => Number(m[2]) <= 12 && Number(m[3]) <= 31 && Number(m[2]) >= 1 && Number(m[3]) >= 1 },
  // (Pass 12) A line broken after a separator inside a full date: "2024-08-\n09", "11/14/\n2023".
  { need: /\n(?<=[-/][ \t]*\n)/, re: /(?<![\d/.-])(?:(?:19|20|21)\d{2}-(\d{1,2})-[ \t]*\n[ \t]*(\d{1,2})|(\d{1,2})\/(\d{1,2})\/[ \t]*\n[ \t]*(?:\d{4}|\d{2}))(?![\d/-])/g, ok: (m) => (m[1] ? validMD(Number(m[1]), Number(m[2])) : validMD(Number(m[3]), Number(m[4]))) },
  // (Pass 20) A year and month in ISO form, "2022-06": not a span of years ("2011-12", "2006-08"),
  // so the month is no later than the year's last two digits; not a lot's expiry ("exp 2026-03").
  { need: /(?:19|20)\d{2}-(?:0[1-9]|1[0-2])(?![\d-])/, re: /(?<![\w/.-])(?:19|20|21)(\d{2})-(0[1-9]|1[0-2])(?![\w/-]|\.\d)/g, ok: (m, text) => Number(m[2]) <= Number(m[1]) && !EXPIRY_BEFORE.test(text.slice(Math.max(0, m.index! - 8), m.index)) },
  // 20210304 (compact, only 19xx/20xx with a valid month and day)
  { re: /(?<![\w-])(?:19|20|21)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\w-])/g },
  // March 4th, 2021 / Mar. 4 '21 / March 4 / "on May 22: ..." (not "May 22:30")
  { monthFirst: true, re: new RegExp(`\\b(${M})\\.?\\s+(\\d{1,2})${ORD}(?:(?:\\s*,\\s*|\\s+)${YEAR})?(?![\\d/]|:\\d)`, 'gi'), ok: (m) => monthCaseOk(m[1]!) && Number(m[2]) >= 1 && Number(m[2]) <= 31 },
  // A range of days in one month: "Aug 2-19, 2023", "March 3–9".
  { monthFirst: true, re: new RegExp(`\\b(${M})\\.?\\s+(\\d{1,2})${ORD}\\s*[-–]\\s*(\\d{1,2})${ORD}(?:(?:\\s*,\\s*|\\s+)${YEAR})?(?![\\d:/]|\\s*(?:mg|mcg|ml|units?|%|times|x\\b))`, 'gi'), ok: (m) => monthCaseOk(m[1]!) && Number(m[2]) >= 1 && Number(m[2]) <= 31 && Number(m[3]) >= 1 && Number(m[3]) <= 31 },
  // 4 March 2021 / the 4th of March / 4th March, 2021
  // (Pass 20: and the form of oaths and deeds, "this 8th day of May, 2024".)
  { re: new RegExp(`\\b(\\d{1,2})${ORD}(?:[ \\t]+\\n?|\\n)[ \\t]*(?:day[ \\t]+of[ \\t]+|of\\s+)?(${M})\\b\\.?(?:,?\\s+${YEAR})?`, 'gi'), ok: (m, text) => monthCaseOk(m[2]!) && Number(m[1]) >= 1 && Number(m[1]) <= 31 && !(ROW_NUMBER_GAP.test(m[0]) && (DAY_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 4)) || !/\d$/.test(m[0]))) },
  // The first days of a list before one month: "the 2nd and 9th of May" (the last is found above).
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)(?=(?:(?:\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)\\d{1,2}(?:st|nd|rd|th))+\\s+(?:of\\s+)?(?:${M})\\b)`, 'gi'), ok: (m) => Number(m[1]) >= 1 && Number(m[1]) <= 31 },
  // 04-Mar-2021, 4-MAR-21, 04MAR2021
  { re: new RegExp(`\\b(\\d{1,2})[-\\s]?(${M})[-\\s]?(\\d{4}|\\d{2})\\b`, 'gi'), ok: (m) => monthCaseOk(m[2]!) && Number(m[1]) >= 1 && Number(m[1]) <= 31 },
  // March 2021, Mar-2021, March of 2021
  { monthFirst: true, re: new RegExp(`\\b(${M})\\.?(?:\\s+of)?(?:[-\\s,]+(?:19|20|21)\\d{2}\\b|[ \\t]*['’]\\d{2}(?![\\w'’]))`, 'gi'), ok: (m) => monthCaseOk(m[1]!) },
  // A month with a two-digit year after a dash: "ran out Feb-23", "positive Sep-79" (not inside
  // "04-MAR-21", "Mar-04-2091", found whole, nor "Oct-2.5").
  { monthFirst: true, re: new RegExp(`(?<!\\d[- ]?)\\b(${M})-\\d{2}(?![\\w/-]|[.,]\\d)`, 'gi'), ok: (m) => monthCaseOk(m[1]!) },
  // "Mar-04-2091", "Sep-9-21": month, day and year joined by dashes.
  { monthFirst: true, re: new RegExp(`\\b(${M})-(\\d{1,2})-((?:19|20|21)\\d{2}|\\d{2})(?![\\w/-])`, 'gi'), ok: (m) => monthCaseOk(m[1]!) && Number(m[2]) >= 1 && Number(m[2]) <= 31 },
  // A range of months with its year: "Feb-Jun 2024", "Sept - Nov, 2023".
  { monthFirst: true, re: new RegExp(`\\b(${M})\\.?[ \\t]*[-–][ \\t]*(${M})\\.?,?[ \\t]+(?:19|20|21)\\d{2}\\b`, 'gi'), ok: (m) => monthCaseOk(m[1]!) && monthCaseOk(m[2]!) },
  // 03/2021 (month and year); not a lot's or an inhaler's expiry ("lot KX22 exp 07/2027"), which
  // dates no person, while a card's or a licence's expiry is the person's ("card expires 4/2031").
  { re: /(?<![\d/.-])(0?[1-9]|1[0-2])\/(?:19|20|21)\d{2}(?![\d/])/g, ok: (m, text) => !EXPIRY_BEFORE.test(text.slice(Math.max(0, m.index! - 8), m.index)) || PERSONAL_BEFORE.test(text.slice(Math.max(0, m.index! - 40), m.index)) },
  // (Pass 20) The end of a range of months and years, "12/2022-12/2023", "(6/2009-1/2010)".
  { need: /\/(?:19|20|21)\d{2}[ \t]*[-–][ \t]*\d/, re: /\d\/(?:19|20|21)\d{2}[ \t]*[-–][ \t]*(?<v>(?:0?[1-9]|1[0-2])\/(?:19|20|21)\d{2})(?![\d/])/g },
  // A month abbreviation on its own after a date cue: "in Oct", "since Sept." (not "Mar" the verb;
  // in capitals only after a cue in capitals, so "CSME by OCT" stays the scan).
  { need: /(?:Jan|Feb|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|JAN|FEB|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\b(?![ \t]*[\d'])/, re: /\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Bb]y|[Ll]ast|[Nn]ext|[Ee]arly|[Ll]ate|[Mm]id|[Dd]uring|[Bb]efore|[Aa]fter|IN|SINCE|FROM|LAST)[ -](?<v>(?:Jan|Feb|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|JAN|FEB|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\b\.?)(?![ \t]*[\d'])/g, ok: (m) => !/^[A-Z]{3}/.test(m.groups!.v!) || /^[A-Z]{2}/.test(m[0]) },
  // Month-day with a dash and no year: "born 01-03", "seen 12-24" (zero-padded, or after a date cue).
  { need: /(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])/, re: /(?<![\w/.:-])(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\w/-]|\.\d|\s*(?:mg|mcg|ml|cc|kg|lbs?|units?|%|mm|cm|min|mins|minutes|sec|seconds|hrs?|hours?|days?|wks?|weeks?|months?|yrs?|years?|times|x\b|beats|bpm|breaths|pack|degrees?|deg\b|°|reps?|sets?|mmhg|cmh2o|lpm|l\b|liters?|percent|point|pts?|beds?|units?|tabs?|cycles?))/gi, ok: (m, text) => m[1]!.startsWith('0') || DATE_CUE_BEFORE.test(text.slice(Math.max(0, m.index! - 24), m.index)) },
  // A month written out on its own: "in August", "since January" (never lower case "may"/"march").
  { re: /\b(January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\b/g, ok: (m, text) => monthAloneOk(m, text) },
  // Holidays pin a date too.
  { re: /\b(?:Fourth\s+of\s+July|Eid(?:\s+al-(?:Fitr|Adha))?|Passover|Hanukkah|Chanukah|Rosh\s+Hashanah|Yom\s+Kippur|Diwali|Lunar\s+New\s+Year|Chinese\s+New\s+Year|Good\s+Friday|Ash\s+Wednesday|MLK\s+Day|Martin\s+Luther\s+King\s+Day|Presidents'?\s+Day|Columbus\s+Day|Juneteenth|Cinco\s+de\s+Mayo|St\.?\s+Patrick'?s\s+Day|Super\s+Bowl\s+Sunday|Christmas(?:\s+(?:Eve|Day))?|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday)?|New\s+Year'?s(?:\s+(?:Eve|Day))?|Halloween|Independence\s+Day|Memorial\s+Day|Labor\s+Day|Valentine'?s\s+Day|Mother'?s\s+Day|Father'?s\s+Day|Veterans\s+Day)\b/g },
  // Ramadan is a month of fasting, a practice more than a date ("fasts during Ramadan"), unless an
  // event is dated by it ("worse since Ramadan").
  { need: /Ramadan/, re: /(?<=\b(?:[Ss]ince|[Aa]fter|[Uu]ntil|[Tt]ill|end of)\s+)Ramadan\b/g },
  // "on the 15th": a day of the month on its own.
  { need: /\d(?:st|nd|rd|th)\b/i, re: /\b(?:on|by|until|till|since|before|after|from|through|thru)\s+the\s+(?<v>(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th))\b(?!\s*(?:percentile|centile|grade|cranial|rib|floor|intercostal|toe|finger|digit|day|dose|cycle|week|month|year|time|attempt|line|degree|birthday))/gi },
  // "fell the 9th", "clinic visit the 14th", "tues the 6th": a day of the month after an event or a
  // weekday, with "the" (no preposition before it); not "the 3rd time", "the 5th floor".
  { need: /\d(?:st|nd|rd|th)\b/i, re: /\b(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?[ \t]+)?the[ \t]+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b/gi, ok: (m, text) => ordinalDayOk(m, text) },
  // "over the Fourth", "on the Fourth, we": Independence Day (not "the Fourth Street clinic").
  { need: /Fourth/, re: /(?<=\b(?:on|over|for|after|before|since|around|until|by)[ \t]+the[ \t]+)Fourth(?=[ \t]*[,.;:)!?]|[ \t]*$|[ \t]+(?:and|weekend|holiday|celebrations?|fireworks|party)\b)/gm },
  // "1/5-1/7": both ends of a range of days.
  { re: /(?<![\d/.:-])(\d{1,2})\/(\d{1,2})\s?-\s?(\d{1,2})\/(\d{1,2})(?![\d/])/g, ok: (m) => validMD(Number(m[1]), Number(m[2])) && validMD(Number(m[3]), Number(m[4])) && Number(m[1]) <= 12 && Number(m[3]) <= 12 },
  // "since 6/63", "from 4/71", "last 2/81": month and two-digit year after a date cue (a day would be
  // <= 31; a titer "1/80" has no such cue). "(?=\d)" first: the look-behind is tried only before a digit.
  { need: /\d\/[3-9]\d/, re: /(?=\d)(?<=\b(?:[Ss]ince|[Ff]rom|[Uu]ntil|[Ii]n|[Aa]s of|[Ll]ast|SINCE|FROM|LAST)[ \t]+)(0?[1-9]|1[0-2])\/([3-9]\d)(?![\d/]|\.\d)/g },
  // (Pass 12) "(12/84)", "colonoscopy 9/81 normal", "Ophtho 1/79:": a month and a two-digit year that
  // cannot be a day, anywhere; not a dose pair ("Vytorin 10/40 daily"), a titer or a dilution ("1/80").
  { re: /(?<![\w/.:+-])(0?[1-9]|1[0-2])\/(3[2-9]|[4-9]\d)(?![\d/%]|\.\d|:\d|[A-Za-z])/g, ok: monthYearOk },
  // 3/4, 12/25 without a year: only with no sign of being a ratio or score.
  { re: /(?<![\w/.:-])(\d{1,2})\/(\d{1,2})(?![\d/]|\.\d|:\d|[A-Za-z]|\s*(?:mmhg|%))/gi, ok: (m, text) => bareMonthDayOk(m, text) },
];

const EXPIRY_BEFORE = /\bexp\.?[ \t]*:?[ \t]*$/i;
const PERSONAL_BEFORE = /\b(?:card|licen[cs]e|ID|DL|CDL|passport|permit|visa|insurance|member|plan|placard|certificate|cert)\b/i;

// After "the Nth" with no weekday: an event noun or verb before it, and no noun after it.
const ORDINAL_EVENT_BEFORE = /\b(?:falls?|fell|visits?|appt|appointment|surgery|procedure|check|seen|due|scheduled|sched|party|meeting|mtg|call|called|discharged?|admitted|injured|accident|funeral|wedding|hearing|court|flight|trip|started|stopped|delivered|born|died|passed|ran out|missed|last seen)[ \t]+$/i;
const ORDINAL_END = /^(?:[ \t]*(?:[,.;:)!?\r\n]|$)|[ \t]+(?:at|in|via|with|without|and|or|when|by|from|after|before|if|but|so|we|she|he|they|I|pt|[-–])(?![\w-]))/;

function ordinalDayOk(m: RegExpMatchArray, text: string): boolean {
  const end = m.index! + m[0].length;
  if (!ORDINAL_END.test(text.slice(end, end + 12))) return false;
  return !/^the/i.test(m[0]) || ORDINAL_EVENT_BEFORE.test(text.slice(Math.max(0, m.index! - 16), m.index));
}

function monthAloneOk(m: RegExpMatchArray, text: string): boolean {
  const word = m[1]!;
  if (/^(May|MAY|March|MARCH|June|JUNE|April|APRIL|August|AUGUST)$/.test(word)) {
    // These are also verbs or first names: require a date cue before them.
    const before = text.slice(Math.max(0, m.index! - 20), m.index);
    return /\b(?:in|since|during|early|late|mid|until|till|through|of|by|last|next|this|before|after|from)[\s-]+(?:of\s+)?$/i.test(before);
  }
  return true;
}

// (Pass 19: also a page or step of a document, a rating scale's subscale, crackles' height, IADLs.)
const COUNT_BEFORE = /(?:\bpages?|\bpg|\bsteps?|inattentive|inattention|hyperactive|hyperactivity|\biadls?|\badls?|\bcas|crackles|rales|\bsquats?|\breps?|\bsets?|lunges|push-?ups|sit-?ups|monofilament|\bsites?|stop-?bang|\bbang|\bbottles?|\bvials?|\bbags?|\bcycles?|\bitems?|\bcriteria|\bpoints?|\btrials?)[ \t]*[:#]?[ \t]*$/i;
// (Pass 19: also biopsy cores, glomeruli, lymph nodes, nights, opportunities and targets counted.)
const COUNT_AFTER = /^[ \t]*(?:cores?\b|glomeruli|(?:lymph[ \t]+)?nodes?\b|sln\b|nights?\b|opportunities|targets?\b|sites?|sets?|reps?|bottles?|vials?|bags?|doses?|items?|criteria|points?|trials?|sessions?|visits?|goals?)/i;
// "day 4/7", "Day 9/14 of abx": a day of a course of the usual lengths.
const DAY_BEFORE = /\b(?:abx[ \t]+)?day[ \t]*#?[ \t]*$/i;
const COURSE_DAYS = new Set([3, 5, 7, 10, 14, 21, 28]);
// "Blood cx 4/4 positive": bottles of a set of cultures (two or four), not "Thoracentesis 6/11 neg".
const BOTTLES_AFTER = /^[ \t]*(?:pos(?:itive)?|neg(?:ative)?)\b(?![ \t]+(?:for|with|w\/))/i;
// "Blood cx 2/4 S. epidermidis", "cultures 4/4 GPC": bottles before the organism they grew.
const CULTURE_BEFORE = /\b(?:b?cx|cultures?|bottles?)[ \t]*:?[ \t]*$/i;
const ORGANISM_AFTER = /^[ \t]*(?:GNR|GPC|GPR|GNB|MRSA|MSSA|VRE|CoNS|yeast|[A-Z]\.[ \t]?[a-z]{3,}|[A-Z][a-z]*(?:coccus|cocci|ella|bacter|monas|bacillus|bacteroides|andida|trep|taph|roteus|erratia))\b/;
// "pN1a (2/14)", "N0 (0/9)": lymph nodes involved out of those examined after a TNM stage.
const TNM_BEFORE = /\b[pyc]?[TN][0-4][a-d]?[ \t]*\([ \t]*$/;
// "8/2 mg", "1/2 ppd", "3/4 tab", "next 2/3 days": a dose, an amount or a span, never a day, whatever
// cue is before it.
const DOSE_AFTER = /^[ \t]*(?:mg|mcg|ml|g|units?|iu|meq|mmol|ppd|packs?|pk|tabs?|tablets?|caps?|capsules?|puffs?|cups?|pills?|sprays?|drops?|gtts?|days|weeks|wks|months|hours|hrs|minutes|mins)\b/i;
// Weaker cues (pass 9), trusted only when nothing around the number reads as a scale or a count:
// a schedule word a few words back ("next echo 4/5", "f/u: cardiology 2/6"), an action
// ("TB test read 3/10", "last refill 2/4", "to see pt 6/10", "letter for 1/10", "a work party 2/6").
const WEAK_CUE_BEFORE = /(?:\b(?:next|due|sched(?:uled)?|upcoming|f\/u|rtc|appts?)\b(?![ \t]+to\b)[: \t]+(?:[A-Za-z][\w&.'/-]*:?[ \t]+){0,2}|\b(?:read|fill(?:ed)?|refill(?:ed)?|picked[ \t]+up|to[ \t]+(?:see|visit|meet|evaluate)(?:[ \t]+(?:pt|patient|him|her|them|you|family))?|(?:note|letter|appt|appointment|scheduled|booked|planned|ride|transport|excuse)[ \t]+(?:for|on)|party|wedding|funeral|graduation|podiatry|cardiology|derm(?:atology)?|oncology|nephrology|urology|gyn|ophthalmology|ophtho|optometry|audiology|dental|dentist|pulmonology|rheumatology|hepatology|neurology|psychiatry|hematology|allergy|nutrition|dietitian|chaplain)[ \t]*:?[ \t]*)$/i;
// A role or a service in capitals, maybe with a name: "RN 4/9", "SW Dana Whitfield 4/11", "Mercy ED
// 2/7" (not "ST" segments nor "ER", external rotation).
const ROLE_BEFORE = /\b(?:RN|LPN|SW|MSW|LCSW|PT|OT|SLP|NP|PA|CM|CHW|CHR|HHA|RD|PCP|MD|ENT|GI|ED)(?:[ \t]+[A-Z][a-z'-]+){0,2}[ \t]*:?[ \t]*$/;
// A vaccine ("Tdap 3/9", "Shingrix 2/11"), but not a dose of a series ("Hep B 2/3", "Shingrix 1/2").
const VACCINE_BEFORE = /\b(?:tdap|td|dtap|flu(?:[ \t]+(?:shot|vaccine))?|influenza|ppsv-?23|pcv-?\d{2}|prevnar(?:[ \t]+\d+)?|pneumovax|shingrix|zoster|hep[ \t]?[ab]|mmr|varicella|covid(?:-19)?(?:[ \t]+(?:booster|vaccine))?|booster|rsv|hpv|gardasil|rhogam|tst|quantiferon)[ \t]*:?[ \t]*$/i;
// A lab before the day and its value after: "INR 3/11 2.6", "A1c 5/2 7.9".
const LAB_BEFORE = /\b(?:INR|A1[Cc]|HbA1[Cc]|Cr|Hgb|Hb|Plt|TSH|LDL|BNP|PSA|eGFR|WBC|Na|K|Mg|CD4|VL|[Tt]acro|[Tt]rough|[Ll]ipase|[Ff]erritin|[Ll]actate|[Tt]rop(?:onin)?)[ \t]*:?[ \t]*$/;
const VALUE_AFTER = /^[ \t]+[<>]?\d+(?:\.\d+)?(?![\d/.])/;
// "ambulance bay 6/4 ~0620", "3/9 @ 1415": a day with a clock time after it.
const EVENT_AFTER = /^[ \t]+(?:review|conference|hearing|meeting|mtg|luncheon|court[ \t]+date|deadline)\b/i;
const AMPM_AFTER = /^[ \t]+(?:at[ \t]+)?(?:1[0-2]|0?[1-9])(?::[0-5]\d)?[ \t]?(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}])/iu;
const HHMM_AFTER = /^[ \t]+(?:(?:at|@|~|approx\.?|around)[ \t]*)?(?:[01]\d|2[0-3]):?[0-5]\d\b(?![ \t]*(?:-|–|mg|mcg|ml|units?|kg|g\b|lbs?|steps|cal|kcal|ft|feet|m\b|mi|miles))/i;
// "visit 6/12   10-21-2024": a visit counter on a line that carries its own full date.
const VISIT_BEFORE = /\bvisit[ \t]*#?[ \t]*$/i;
const FULL_DATE = /\b\d{1,2}[/-]\d{1,2}[/-](?:\d{4}|\d{2})\b/;

/** true: a day; false: not one; undefined: no weak cue either way. */
function weakCue(a: number, b: number, before: string, after: string): boolean | undefined {
  // "abd 3+/5, IR 4/5": a list of graded strengths.
  if (/\d[+-]\/\d/.test(before)) return undefined;
  if (VACCINE_BEFORE.test(before)) return !(a <= b && b <= 3);
  if (WEAK_CUE_BEFORE.test(before) || ROLE_BEFORE.test(before) || (LAB_BEFORE.test(before) && VALUE_AFTER.test(after))) return true;
  return undefined;
}

function visitCounter(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  return FULL_DATE.test(text.slice(lineStart, start)) || FULL_DATE.test(text.slice(end, lineEnd));
}

const EVENT_BEFORE = /\b[a-z]{3,}ed(?:[ \t]+\d{1,2}u)?[ \t]+$/i;
const NOT_EVENT_BEFORE = /\b(?:seemed|appeared|needed|required|used|consumed|finished|completed|tolerated|rated|scored|graded|improved|increased|decreased|measured|estimated|reduced|titrated|weighted|tapered|changed|stated|reported|noted|graded|assessed|limited|decreased|elevated|related|based)[ \t]+$/i;

const TITER_BEFORE = /(?:titer|titre|dilut\w*|dil\.?|ratio|\bana|\bx|@|=|\d[ \t]*[:/][ \t]*)[ \t]*:?[ \t]*$/i;
const DOSE_PAIR_AFTER = /^[ \t]*(?:mg|mcg|ml|units?|tabs?|tablets?|caps?|daily|qd|bid|tid|qhs|qam|qpm|po\b|q\d|one|1[ \t]+tab|x\b|-|\+)/i;

function monthYearOk(m: RegExpMatchArray, text: string, d?: DeidDictionaries): boolean {
  const start = m.index!;
  const before = text.slice(Math.max(0, start - 16), start);
  const after = text.slice(start + m[0].length, start + m[0].length + 12);
  if (TITER_BEFORE.test(before) || DOSE_PAIR_AFTER.test(after) || NOT_DATE_AFTER.test(after)) return false;
  // A lot's expiry dates no person ("lot RH2291 exp 11/91"); a card's or a licence's does.
  if (EXPIRY_BEFORE.test(before) && !PERSONAL_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return false;
  // A drug written with its two strengths: "Vytorin 10/40", "amlodipine-benazepril 5/40" (a capital or a
  // hyphenated word right before, with no punctuation between).
  if (/(?:\p{L}+-\p{L}+|\b(?:HCT|XR|ER|SR|CR|XL|DS|HFA))[ \t]+$/u.test(before)) return false;
  // A drug's name right before (a medical word that is no English word and no procedure): "Lotrel 5/40".
  // (Not an abbreviation in capitals: "PTCA of RCA 4/77", "ETT 9/79" date the procedure.)
  const word = /(\p{L}+)[ \t]+$/u.exec(before)?.[1];
  if (!word || /^\p{Lu}+$/u.test(word)) return true;
  const key = word.toLowerCase();
  return !(d && d.medicalTerms.has(key) && !d.englishWords.has(key) && !/(?:scopy|graphy|gram|ectomy|otomy|ostomy|plasty|centesis)$/.test(key));
}

const VENT_BEFORE = /\b(?:c?pap|bipap|psv?|peep|ipap|epap|vent|settings?|avaps|ac|simv|prvc|nippv|niv|hfnc)(?:\/[a-z]+)?[ \t]*:?[ \t]*$/i;

const BUPRENORPHINE_BEFORE = /(?:suboxone|zubsolv|bunavail|bupe|buprenorphine(?:[- /]naloxone)?|bup\/nx)[ \t]*(?:film|tab|sl)?[ \t]*$/i;
const HALF_AFTER = /^[ \t]*(?:mi|miles?|km|blocks?|cores?|carpules?|tabs?|tablets?|pills?|caps?|doses?|strength|inch(?:es)?|in\b|cups?|glass|can|bottles?|sets?|BCx|bcx|cultures?|ppd|pack|way|of)\b/;

const SCORE_WORD_BEFORE = /(?:\bto|today|now|\bha|headache|cravings?|dyspnea|sob|nausea|anxiety|fatigue|faces|painad|flacc|nrs|vas|cog|concentration|memory|recall|ehl|\bdf|\bpf|\barm|\bleg|profusion|\bbpp|measurements|sites|rated|rating|\d)[ \t]*[:,=(-]?[ \t]*$/i;
// Another score out of 2 to 10 on the same line.
function scoresOnLine(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(lineStart, start) + ' ' + text.slice(end, lineEnd < 0 ? text.length : lineEnd);
  return /(?<![\d/])\d{1,2}[+-]?\/(?:2|3|4|5|6|8|10)(?![\d/])/.test(line);
}
const DATED_MONTH = /(?<![\d/])(\d{1,2})\/\d{1,2}\/(?:\d{4}|\d{2})(?![\d/])/g;
/** Whether a full date (with its year) in the note falls in month `month` (the months read once a note). */
let datedText: string | undefined;
let datedMonths = new Set<number>();
function sameMonthDated(text: string, month: number): boolean {
  if (text !== datedText) {
    datedText = text;
    datedMonths = new Set(allMatches(DATED_MONTH, text).map((m) => Number(m[1])));
  }
  return datedMonths.has(month);
}

const LIST_ITEM_BEFORE = /(?<![\d/.])(\d{1,2})\/(\d{1,2})[ \t]*,[ \t]*$/;
const LIST_ITEM_AFTER = /^[ \t]*,[ \t]*(\d{1,2})\/(\d{1,2})(?![\d/]|\.\d)/;
// A month and day that no common scale or count is: the day 13 or more and no scale's total, or a
// first number above a second of 7 or more ("12/9").
function strongDay(m: RegExpExecArray | null): boolean {
  if (!m) return false;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return a >= 1 && a <= 12 && b <= 31 && ((b >= 13 && ![15, 20, 24, 25, 30].includes(b)) || (a > b && b >= 7));
}

function bareMonthDayOk(m: RegExpMatchArray, text: string): boolean {
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (!(a >= 1 && a <= 12 && b >= 1 && b <= 31)) return false;
  const start = m.index!;
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(start + m[0].length, start + m[0].length + 16);
  // (Pass 13) "1/2 mi", "1/2 cores", "1/2 BCx", "1/2 carpule": a half or one of two, not January 2.
  if (a === 1 && b === 2 && HALF_AFTER.test(after)) return false;
  // "7/10, improved to 3/10": a scale again, even after "to".
  if (b === 10 && /\d\/10\b/.test(before)) return false;
  // "from 3/4 to 3/10", "3/4-3/10": the end of a date range.
  if (/\d{1,2}\/\d{1,2}\s*(?:to|-|through|thru|until)\s*$/i.test(before)) return true;
  // (Pass 21) An item of a list of days beside one that no scale could be: "11/18, 12/9, 1/6, 1/27",
  // "no-shows 2/5, 2/19".
  if ((strongDay(LIST_ITEM_BEFORE.exec(before)) || strongDay(LIST_ITEM_AFTER.exec(after))) && !NOT_DATE_BEFORE.test(before.replace(LIST_ITEM_BEFORE, ''))) return true;
  // "3/4 and 3/6": the end of a list of days, unless the items read as scales (/4, /5, /6, /10).
  if (/\d{1,2}\/(?!(?:4|5|6|10)\b)\d{1,2}\s*(?:and|&|,|or)\s*$/i.test(before) && ![4, 5, 6, 10].includes(b) && !NOT_DATE_BEFORE.test(before.replace(/\d{1,2}\/\d{1,2}\s*(?:and|&|,|or)\s*$/i, ''))) return true;
  // "Squats 1/3", "day 4/7", "STOP-BANG 6/8", "cx 4/4 positive", "10/10 sites": a count of a whole
  // (pass 6), even after a cue word such as "cx".
  if (a <= b && (COUNT_BEFORE.test(before) || COUNT_AFTER.test(after) || ((b === 2 || b === 4) && (BOTTLES_AFTER.test(after) || (ORGANISM_AFTER.test(after) && CULTURE_BEFORE.test(before)))) || (COURSE_DAYS.has(b) && DAY_BEFORE.test(before)))) return false;
  if (DOSE_AFTER.test(after) || (a <= b && TNM_BEFORE.test(before))) return false;
  // (Pass 19) Buprenorphine and naloxone in milligrams: "Suboxone 8/2 film", "bupe 8/2 bid".
  if (BUPRENORPHINE_BEFORE.test(before)) return false;
  if (a < b && VISIT_BEFORE.test(before) && visitCounter(text, start, start + m[0].length)) return false;
  if (DATE_CUE_BEFORE.test(before) || WEEKDAY_BEFORE.test(before)) return true;
  // (Pass 20) A day before the event it dates, "at 8/9 conference", "5/2 review", or an hour of the
  // clock, "10/10 3pm"; after a hearing or a luncheon, "hearing 2/12".
  // (Not after a score's word, "pain 5/10 review of systems".)
  // (A short word before is a score's only before a tenth: "rated at 7/10"; "decision at 8/9 conference" is a day.)
  const shortWordBefore = /\b(?:at|of|was|is)[ \t]*$/i.test(before);
  const scoreBefore = NOT_DATE_BEFORE.test(shortWordBefore ? before.replace(/\b(?:at|of|was|is)[ \t]*$/i, '') : before) || (shortWordBefore && b === 10) || SCORE_WORD_BEFORE.test(before);
  if (!scoreBefore && ((EVENT_AFTER.test(after) && ![4, 5, 6, 10].includes(b)) || AMPM_AFTER.test(after) || /\b(?:hearing|luncheon|court)[ \t]+$/i.test(before))) return true;
  // "3/4 12:47 AM", "3/10 15:21": a clock time right after says it is a day.
  if (/^[ \t]+(?:at[ \t]+)?(?:[01]?\d|2[0-3]):[0-5]\d(?:[ \t]?[ap]\.?m\.?)?\b/i.test(after)) return true;
  // "AKI 2/2 hypovolemia": "secondary to"; "36 3/7 weeks": gestational age; "8/8", "6/6": full marks.
  if (a === 2 && b === 2 && /^[ \t]+[A-Za-z]/.test(after)) return false;
  if (b === 7 && /\b\d{1,2}[ \t]+$/.test(before)) return false;
  // (Pass 12) A day of 13 or more that is no common scale's total ("the morning of 10/13", "request
  // of 3/16"), and a first number above the second that no scale allows ("avail 11/6", "off 9/5"),
  // are dates even after a short function word that usually closes a score ("of", "at", "is").
  const noScale = (b >= 13 && ![15, 20, 24, 25, 30].includes(b)) || (a > b && b >= 4);
  if (NOT_DATE_AFTER.test(after)) return false;
  if (NOT_DATE_BEFORE.test(before) && !(noScale && /(?:\bof|\bat|\bwas|\bis)\s*[:=]?\s*$/i.test(before))) return false;
  // (Ventilator pressures are pairs too: "PSV 10/5", "BiPAP 12/6", "settings 10/5".)
  if (VENT_BEFORE.test(before)) return false;
  if (noScale && !/\d[ \t]*[-/+]\s*$|\d[ \t]+$/.test(before)) return true;
  // "HEARING 01/05", "seen 10/03": a zero-padded part is written as a date, not as a score.
  if ((m[1]!.length === 2 && m[1]![0] === '0') || (m[2]!.length === 2 && m[2]![0] === '0')) return true;
  const weak = weakCue(a, b, before, after);
  if (weak !== undefined) return weak;
  if (HHMM_AFTER.test(after)) return true;
  // (Pass 17) A day in a month that a full date of the same note names ("3/6" in a note dated
  // 3/4/2024), closing its clause: the note is about those days, not a score.
  // (Not among scores on its line, "biceps 5/5, wrist ext 4/5", nor after a symptom or a test, "Cravings 2/10".)
  if (sameMonthDated(text, a) && /^[ \t]*(?:[.,;:)]|\r?\n|$|[ \t](?:am|pm|AM|PM|at|by|w\/|with|per|re:?|for|visit|appt)\b)/.test(after) && !SCORE_WORD_BEFORE.test(before) && !scoresOnLine(text, start, start + m[0].length)) return true;
  if (a === b) return false;
  // "extubated 1/5", "transfused 2u 6/30": an event in the past tense dates the number after it.
  if (EVENT_BEFORE.test(before) && !NOT_EVENT_BEFORE.test(before)) return true;
  // "3/4 and 3/6", "3/4-3/9": the start of a list or range of days (not "4/5 and 5/5" strength).
  const next = /^\s*(?:and|&|,|-|to|through|thru|until)\s*(\d{1,2})\/(\d{1,2})(?![\d/])/i.exec(after);
  if (next && ![4, 5, 6, 10].includes(b) && ![4, 5, 6, 10].includes(Number(next[2])) && Number(next[1]) <= 12 && Number(next[2]) <= 31) return true;
  // n/10 and n/5 are pain and strength scales far more often than dates.
  return b !== 10 && b !== 5 && b !== 6 && b !== 4;
}

// Where a month name starts: one scan of the note shared by the three month-first patterns.
const MONTH_START = new RegExp(`\\b(?=(?:${groupByFirstLetter(topLevelAlternatives(M))}))`, 'gi');
const STICKY = new Map(PATTERNS.filter((p) => p.monthFirst).map((p) => [p, new RegExp(p.re.source, p.re.flags.replace('g', 'y'))]));

/**
 * Finds dates (all elements except a year alone), with an attached clock time.
 *
 * @example
 *   detectDates({ text: 'seen on 3/4 at 14:30', ... }) // one DATE candidate over "3/4 at 14:30"
 */
const ROMANCE_MONTHS = 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|novembro|dezembro';
const ROMANCE_WEEKDAYS = 'lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira';
const ROMANCE_DATE = new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:${ROMANCE_WEEKDAYS}),?[ \\t]+)?\\d{1,2}[ \\t]+de[ \\t]+(?:${ROMANCE_MONTHS})(?:[ \\t]+(?:de|del)[ \\t]+\\d{4})?(?![\\p{L}\\p{N}])`, 'giu');

const VIS_EDITION_BEFORE = /\bVIS(?:[ \t]+(?:edition|ed\.?|dates?|version|dated))?[ \t]*[:(]?[ \t]*(?:\d{1,2}\/\d{1,2}\/\d{2,4}[ \t]*(?:and|,|&)[ \t]*)?$/;

export function detectDates({ text, dictionaries }: DetectInput): Candidate[] {
  const out: Candidate[] = [];
  let monthStarts: number[] | undefined;
  for (const pattern of PATTERNS) {
    const { re, ok, need } = pattern;
    if (need && !need.test(text)) continue;
    re.lastIndex = 0;
    const matches = pattern.monthFirst ? matchesAt(STICKY.get(pattern)!, text, (monthStarts ??= startsOf(MONTH_START, text))) : allMatches(re, text);
    for (const m of matches) {
      if (ok && !ok(m, text, dictionaries)) continue;
      let end = m.index! + m[0].length;
      // Patterns that consume a cue before the date report only the named group `v`, which ends the match.
      let start = m.groups?.v ? end - m.groups.v.length : m.index!;
      // (Pass 21) A vaccine information statement's edition dates no person: "VIS 8/6/21", "VIS dates 8/6/21 and 8/6/21".
      if (text.includes('VIS') && VIS_EDITION_BEFORE.test(text.slice(Math.max(0, start - 36), start))) continue;
      // "Friday 5/12", "Tues, March 4": a weekday written with the date is part of it.
      const weekday = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
      if (weekday) start -= weekday[0].length;
      const weekdayAfter = WEEKDAY_AFTER.exec(text.slice(end, end + 12));
      if (weekdayAfter) end += weekdayAfter[0].length;
      const time = TIME_AFTER.exec(text.slice(end, end + 24));
      if (time) end += time[0].length;
      out.push({ start, end, type: 'DATE', priority: PRIORITY.date });
    }
  }
  // Spanish and Portuguese dates (pass 8): "14 de marzo de 2024", "lunes 15 de abril", "3 de março".
  if (/ de /i.test(text)) {
    for (const m of allMatches(ROMANCE_DATE, text)) out.push({ start: m.index!, end: m.index! + m[0].length, type: 'DATE', priority: PRIORITY.date });
  }
  // (Pass 23) A date in a file's name: "device_upload_20240422.csv", "scan_20240301_0912.pdf".
  if (text.includes('_')) for (const m of allMatches(FILE_NAME_DATE, text)) out.push({ start: m.index!, end: m.index! + m[0].length, type: 'DATE', priority: PRIORITY.date });
  // (Pass 24) A day spelt as an ordinal word after its month, as dictation and callers say it:
  // "MARCH FOURTEENTH 2024", "December second", "on March twenty second".
  if (SPOKEN_DAY_HINT.test(text)) for (const m of allMatches(SPOKEN_DATE, text)) out.push({ start: m.index!, end: m.index! + m[0].length, type: 'DATE', priority: PRIORITY.date });
  // (Pass 24) A form's date with blanks for its slashes: "DOB: 07 14 1946", "FROM 03 01 24 TO 03 31 24";
  // a two-digit year only after a date's label.
  if (SPACED_FORM_DATE_HINT.test(text)) for (const m of allMatches(SPACED_FORM_DATE, text)) {
    if (m[1]!.length === 2 && !SPACED_DATE_LABEL.test(text.slice(Math.max(0, m.index! - 16), m.index))) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, type: 'DATE', priority: PRIORITY.date });
  }
  return out;
}

const SPOKEN_ORDINAL = '(?:(?:twenty|thirty)[- ]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth';
const FULL_MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
// (A capitalized or shouted month only, so "may second" stays a verb; the ordinal in the month's case.)
const SPOKEN_DATE = new RegExp(`\\b(?:(?:${FULL_MONTHS})[ \\t]+(?:${SPOKEN_ORDINAL})|(?:${FULL_MONTHS.toUpperCase()})[ \\t]+(?:${SPOKEN_ORDINAL.toUpperCase()}))(?:,?[ \\t]+(?:19|20)\\d{2})?\\b`, 'g');
// (Tried only where a full month is followed by the first letter of an ordinal word.)
const SPOKEN_DAY_HINT = new RegExp(`(?:${FULL_MONTHS}|${FULL_MONTHS.toUpperCase()})[ \\t]+[tfsenTFSEN]`);
const SPACED_FORM_DATE_HINT = /\b(?:0[1-9]|1[0-2]) (?:0[1-9]|[12]\d|3[01]) \d{2}/;
const SPACED_FORM_DATE = /(?<![\d./-][ ]?)(?:0[1-9]|1[0-2]) (?:0[1-9]|[12]\d|3[01]) ((?:19|20)\d{2}|\d{2})(?![ ]?[\d.,:/-])/g;
const SPACED_DATE_LABEL = /\b(?:DOB|FROM|TO|THRU|DATE|DOS|FILE|SIGNED|dob|from|to|thru|date|dos)\b[ \t:#]*$/;

const FILE_NAME_DATE = /(?<=[A-Za-z0-9]_)(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?=(?:_\d{4,6})?\.[A-Za-z]{2,4}\b|_[A-Za-z0-9])/g;

// (Pass 23) A bare month and day in a list of them ("Treatments: 3/10, 3/12, 3/14", "(9/4, 9/5, 9/9)")
// or opening a log line ("2/6 Dr. Baek signed.") is a date when the note dates other things in the
// same month or the next or last one, and nothing around it makes it a fraction: a score, a
// strength, a pain rating, a murmur's grade, a ratio or a count ("pain 5/10", "5/5 strength").
const BARE_MONTH_DAY = /(?<![\d/.:,-]|\d[ \t]?[-–][ \t]?)(1[0-2]|0?[1-9])\/(3[01]|[12]\d|0?[1-9])(?![\d/]|\.\d|[ \t]?[-–][ \t]?\d)/g;
const FULL_DATE_MONTH = /^(1[0-2]|0?[1-9])[/-](?:3[01]|[12]\d|0?[1-9])[/-](?:\d{4}|\d{2})\b/;
const FRACTION_BEFORE = /(?:\b(?:pain|score|scored|rated|rating|grade|graded|strength|power|motor|mmt|reflexes|dtrs?|murmur|ratio|gcs|apgars?|vas|nrs|nprs|level|x|of|out|in|times|tabs?|pills?|cups?|drinks?|days?|doses?|stairs|steps|hearing|vision|acuity|ou|od|os|tone|lap|laps|sets|reps|serving|fev1|fvc|pass(?:ed)?|fail(?:ed)?|positive|negative|pos|neg|cores?|nodes?|ln)|[+-]|[≥≤<>=~])[ \t:]*$/i;
const FRACTION_AFTER = /^[ \t]*(?:strength|score|pain|power|murmur|mmhg|scale|rule|criteria|cores?|nodes?|lymph|positive|pos|neg|negative|tabs?|pills?|of\b|in\b|x\b|times|doses?|days?|wk|weeks?|sessions?|visits|correct|words|digits|items|recall|%|\+)/i;

/**
 * Bare month/day dates in a note that dates things in the same months.
 *
 * @example
 *   bareMonthDays('Admit 3/10/2024. Treatments: 3/12, 3/14.', spans) // DATE over "3/12" and "3/14"
 */
export function bareMonthDays(text: string, spans: readonly Candidate[]): Candidate[] {
  const months = new Set<number>();
  for (const s of spans) {
    if (s.type !== 'DATE') continue;
    const m = FULL_DATE_MONTH.exec(text.slice(s.start, s.end));
    if (m) months.add(Number(m[1]));
  }
  if (months.size === 0) return [];
  const out: Candidate[] = [];
  for (const m of allMatches(BARE_MONTH_DAY, text)) {
    const start = m.index!;
    const end = start + m[0].length;
    const month = Number(m[1]);
    if (!months.has(month) && !months.has(month === 1 ? 12 : month - 1) && !months.has(month === 12 ? 1 : month + 1)) continue;
    if (spans.some((s) => s.start < end && start < s.end)) continue;
    if (FRACTION_BEFORE.test(text.slice(Math.max(0, start - 16), start)) || FRACTION_AFTER.test(text.slice(end, end + 12))) continue;
    // (Where a date stands: in a list of them, or opening a log line before words.)
    const listed = LIST_NEIGHBOUR_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || LIST_NEIGHBOUR_AFTER.test(text.slice(end, end + 8));
    // (Not a wrapped sentence's next line, "improved to\n3/10 after Tylenol", nor a pain list, "Pain 6/10, 8/10".)
    const opensLine = /(?:^|[.:;)\]]\s*\n|\n[ \t]*\n)[ \t-]*$/.test(text.slice(Math.max(0, start - 6), start)) && /^[ \t]+(?:-[ \t]+)?\p{L}/u.test(text.slice(end, end + 4));
    if (m[2] === '10' && /\bpain\b/i.test(text.slice(Math.max(0, start - 30), start))) continue;
    // (Pass 25) Or with a clock time of four digits beside it: "3/3 0905", "called 1410 4/4".
    const timed = CLOCK_AFTER.test(text.slice(end, end + 12)) || CLOCK_BEFORE.test(text.slice(Math.max(0, start - 8), start));
    if (listed || opensLine || timed) out.push({ start, end, type: 'DATE', priority: PRIORITY.loose });
  }
  return out;
}

const CLOCK_AFTER = /^[ \t]+(?:[01]\d|2[0-3])[0-5]\d(?![\d:./-]|[ \t]*(?:mg|mcg|ml|mL|units?|kg|g|lbs?|steps|cal|kcal|cc|ft|mi)\b)/;
const CLOCK_BEFORE = /(?<![\d:./-])(?:[01]\d|2[0-3])[0-5]\d[ \t]+$/;
const LIST_NEIGHBOUR_BEFORE = /\d{1,2}\/\d{1,2}[ \t]*[,;][ \t]*$/;
const LIST_NEIGHBOUR_AFTER = /^[ \t]*[,;][ \t]*\d{1,2}\/\d{1,2}(?![\d/])/;
