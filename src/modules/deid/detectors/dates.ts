// DATE: every date element except the year, in the formats clinical notes use. A year alone is
// not PHI under Safe Harbor and is not reported; a year inside a full date is part of the span.
import { MONTH_PATTERN } from '../lexicon';
import { PRIORITY, type Candidate, type DetectInput } from './detector';

const M = MONTH_PATTERN;
const ORD = '(?:st|nd|rd|th)?';
const YEAR = "(?:(?:1[89]|20)\\d{2}|'\\d{2})";
// A clock time written right after a date belongs to it ("03/04/2021 14:30", "on 3/4 at 0800").
const TIME_AFTER = /^(?:,?\s*(?:at|@)?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?|\s+(?:at|@)\s+\d{4}(?:\s*(?:hrs?|h))?\b|\s*T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)/;

const WEEKDAY_BEFORE = /\b(?:Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat|Sun|MON|TUES?|WED|THU|THURS?|FRI|SAT|SUN)(?:day|nesday|rsday|urday|DAY|NESDAY|RSDAY|URDAY)?\.?,?\s+$/;

interface DatePattern {
  re: RegExp;
  /** Extra check on the match; returns false to reject it. */
  ok?: (m: RegExpMatchArray, text: string) => boolean;
}

const validMD = (a: number, b: number) => (a >= 1 && a <= 12 && b >= 1 && b <= 31) || (b >= 1 && b <= 12 && a >= 1 && a <= 31);
// "may" and "mar" are ordinary words in lower case; as months they are written capitalized.
const monthCaseOk = (word: string) => !/^(may|mar|jun|dec|sat|sun)$/.test(word);

// Around a bare m/d, these words say it is a ratio or a score, not a date (5/5 strength, 2/6 murmur).
const NOT_DATE_BEFORE = /(?:strength|motor|power|murmur|grade|pain|bp|b\/p|blood pressure|ratio|score|reflexes|dtrs?|sem|\bx|times|of|scored?|rated?|was|is|at|gcs|apgar|ef)\s*[:=]?\s*$/i;
const NOT_DATE_AFTER = /^\s*(?:strength|murmur|pain|sem|hsm|holosystolic|systolic|diastolic|in\b|mmhg|tabs?|tablets?|caps?|cups?|of\b|dose|strength|bilat|throughout|scale|x\b|score|\/)/i;
const DATE_CUE_BEFORE = /(?:\bon|since|from|until|till|dated?|note|due|clinic|returns?|rtc|seen|admitted|admit|discharged|d\/c'?d|started|stopped|visit|dos|last|next|f\/u|follow[- ]?up|by|before|after|starting|effective|as of|scheduled|appt|appointment|surgery|collected|received|resulted|drawn|\()\s*:?\s*$/i;

const PATTERNS: DatePattern[] = [
  // 03/04/2021, 3-4-21, 03.04.2021 (either day-first or month-first)
  { re: /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-]|\.\d)/g, ok: (m) => validMD(Number(m[1]), Number(m[3])) },
  // 2021-03-04, 2021/3/4
  { re: /(?<![\d/.-])(?:19|20)\d{2}([/.-])(\d{1,2})\1(\d{1,2})(?![\d/-]|\.\d)/g, ok: (m) => Number(m[2]) <= 12 && Number(m[3]) <= 31 && Number(m[2]) >= 1 && Number(m[3]) >= 1 },
  // 20210304 (compact, only 19xx/20xx with a valid month and day)
  { re: /(?<![\w-])(?:19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\w-])/g },
  // March 4th, 2021 / Mar. 4 '21 / March 4
  { re: new RegExp(`\\b(${M})\\.?\\s+(\\d{1,2})${ORD}(?:(?:\\s*,\\s*|\\s+)${YEAR})?(?![\\d:/])`, 'gi'), ok: (m) => monthCaseOk(m[1]!) && Number(m[2]) >= 1 && Number(m[2]) <= 31 },
  // 4 March 2021 / the 4th of March / 4th March, 2021
  { re: new RegExp(`\\b(\\d{1,2})${ORD}\\s+(?:of\\s+)?(${M})\\b\\.?(?:,?\\s+${YEAR})?`, 'gi'), ok: (m) => monthCaseOk(m[2]!) && Number(m[1]) >= 1 && Number(m[1]) <= 31 },
  // 04-Mar-2021, 4-MAR-21, 04MAR2021
  { re: new RegExp(`\\b(\\d{1,2})[-\\s]?(${M})[-\\s]?(\\d{4}|\\d{2})\\b`, 'gi'), ok: (m) => monthCaseOk(m[2]!) && Number(m[1]) >= 1 && Number(m[1]) <= 31 },
  // March 2021, Mar-2021, March of 2021
  { re: new RegExp(`\\b(${M})\\.?(?:\\s+of)?[-\\s,]+(?:19|20)\\d{2}\\b`, 'gi'), ok: (m) => monthCaseOk(m[1]!) },
  // 03/2021 (month and year)
  { re: /(?<![\d/.-])(0?[1-9]|1[0-2])\/(?:19|20)\d{2}(?![\d/])/g },
  // A month written out on its own: "in August", "since January" (never lower case "may"/"march").
  { re: /\b(January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\b/g, ok: (m, text) => monthAloneOk(m, text) },
  // Holidays pin a date too.
  { re: /\b(?:Christmas(?:\s+(?:Eve|Day))?|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday)?|New\s+Year'?s(?:\s+(?:Eve|Day))?|Halloween|Independence\s+Day|Memorial\s+Day|Labor\s+Day|Valentine'?s\s+Day|Mother'?s\s+Day|Father'?s\s+Day|Veterans\s+Day)\b/g },
  // "on the 15th": a day of the month on its own.
  { re: /(?<=\b(?:on|by|until|till|since|before|after|from|through|thru)\s+the\s+)(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s*(?:percentile|centile|grade|cranial|rib|floor|intercostal|toe|finger|digit|day|dose|cycle|week|month|year|time|attempt|line|degree|birthday))/gi },
  // "1/5-1/7": both ends of a range of days.
  { re: /(?<![\d/.:-])(\d{1,2})\/(\d{1,2})\s?-\s?(\d{1,2})\/(\d{1,2})(?![\d/])/g, ok: (m) => validMD(Number(m[1]), Number(m[2])) && validMD(Number(m[3]), Number(m[4])) && Number(m[1]) <= 12 && Number(m[3]) <= 12 },
  // 3/4, 12/25 without a year: only with no sign of being a ratio or score.
  { re: /(?<![\d/.:-])(\d{1,2})\/(\d{1,2})(?![\d/]|\.\d|:\d|\s*(?:mmhg|%))/gi, ok: (m, text) => bareMonthDayOk(m, text) },
];

function monthAloneOk(m: RegExpMatchArray, text: string): boolean {
  const word = m[1]!;
  if (/^(May|MAY|March|MARCH|June|JUNE|April|APRIL|August|AUGUST)$/.test(word)) {
    // These are also verbs or first names: require a date cue before them.
    const before = text.slice(Math.max(0, m.index! - 20), m.index);
    return /\b(?:in|since|during|early|late|mid|until|till|through|of|by|last|next|this|before|after|from)\s+(?:of\s+)?$/i.test(before);
  }
  return true;
}

function bareMonthDayOk(m: RegExpMatchArray, text: string): boolean {
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (!(a >= 1 && a <= 12 && b >= 1 && b <= 31)) return false;
  const start = m.index!;
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(start + m[0].length, start + m[0].length + 16);
  // "7/10, improved to 3/10": a scale again, even after "to".
  if (b === 10 && /\d\/10\b/.test(before)) return false;
  // "from 3/4 to 3/10", "3/4-3/10": the end of a date range.
  if (/\d{1,2}\/\d{1,2}\s*(?:to|-|through|thru|until)\s*$/i.test(before)) return true;
  if (DATE_CUE_BEFORE.test(before)) return true;
  if (NOT_DATE_BEFORE.test(before) || NOT_DATE_AFTER.test(after)) return false;
  // n/10 and n/5 are pain and strength scales far more often than dates.
  return b !== 10 && b !== 5 && b !== 6 && b !== 4;
}

/**
 * Finds dates (all elements except a year alone), with an attached clock time.
 *
 * @example
 *   detectDates({ text: 'seen on 3/4 at 14:30', ... }) // one DATE candidate over "3/4 at 14:30"
 */
export function detectDates({ text }: DetectInput): Candidate[] {
  const out: Candidate[] = [];
  for (const { re, ok } of PATTERNS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      if (ok && !ok(m, text)) continue;
      let start = m.index!;
      let end = start + m[0].length;
      // "Friday 5/12", "Tues, March 4": a weekday written with the date is part of it.
      const weekday = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
      if (weekday) start -= weekday[0].length;
      const time = TIME_AFTER.exec(text.slice(end, end + 24));
      if (time) end += time[0].length;
      out.push({ start, end, type: 'DATE', priority: PRIORITY.date });
    }
  }
  return out;
}
