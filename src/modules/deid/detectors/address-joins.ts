// (Pass 19) An address read in pieces is one address. After the detectors have run, each street
// span (an ADDRESS, or a name, facility or place that ends in a street word) takes in what an
// address line goes on with:
//   - its unit, lot, box, floor or room after a comma or a blank: "300 Harborview Drive, 4th
//     Floor", "2300 Buffalo Road, Building 200, Suite B", "4100 e sahara ave sp 88", "41 Eldridge
//     St, 5F", "PO Box 4400, Dept 12", "2418 w burnham st upper", "RR 3 Box 118-B";
//   - a mile marker, exit or structure on it: "Hwy 89 S, MM 14", "Harlem Ave exit", "Franklin Ave
//     bridge";
//   - a crossing street after "near", "at", "&" or "and": "Magnolia Ave near Cherry St", "Essex St
//     and Broadway", "Beech St & 14th", and the highway before such a crossing: "I-94 at 35th St";
//   - its house number or block before it: "4029 Broadway", "310 Rue Jacqueline", "2200 blk S.
//     Bonsall St", "1100 block of Naamans Rd", "Fifth Ave";
//   - the number after a Spanish or French street: "Calle Primavera 482".
// A span so grown becomes an ADDRESS; a name or facility that is only a street keeps its type (it is
// covered either way).
import type { Candidate } from './detector';

const JOINED = 1000; // above every detector's priority: the grown span keeps the ADDRESS type
// Only the street words that end no person's or facility's name ("Rosalind Pike", "Kira Lane",
// "Hampden Terrace", "Linn County District Court" keep their type).
const SUFFIX_END = /(?:^|[ \t.])(?:Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Parkway|Pkwy|Highway|Hwy|STREET|ST|AVENUE|AVE|ROAD|RD|BOULEVARD|BLVD|PARKWAY|PKWY|HIGHWAY|HWY)\.?(?:[ \t]+(?:N|S|E|W|NE|NW|SE|SW))?$/;
const ROMANCE_START = /^(?:Calle|CALLE|Rue|RUE|Avenida|AVENIDA|Camino|CAMINO|Carretera|Carr\.|Paseo|PASEO|Rua)[ \t]/;
const STANDALONE = /^(?:(?:N|S|E|W|North|South|East|West)\.?[ \t]+)?(?:Broadway|BROADWAY|Esplanade|ESPLANADE|Bowery|Embarcadero|Grand Concourse)$/;
const HOUSE_BEFORE = /(?:^|[^\w./:#-])(\d{1,6}[A-Za-z]?(?:-\d{1,4})?[ \t](?:(?:N|S|E|W|North|South|East|West)\.?[ \t]+)?)$/;
const BLOCK_BEFORE = /\b\d{1,5}[ \t]+(?:blk|block|BLK|BLOCK)\.?(?:[ \t]+(?:of|OF))?[ \t]+$/;
const ORDINAL_BEFORE = /(?:^|[^\w])((?:(?:N|S|E|W|North|South|East|West)\.?[ \t]+)?(?:\d{1,3}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH)\s+)$/;
const BARE_SUFFIX = /^(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|STREET|ST|AVENUE|AVE|ROAD|RD)\.?$/;
const HIGHWAY_BEFORE = /(?:^|[^\w-])((?:I|US|SR|SH|[A-Z]{2})-\d{1,4}(?:\/\d{1,3})?(?:[ \t]+(?:N|S|E|W|NB|SB|EB|WB|[Nn]orthbound|[Ss]outhbound|[Ee]astbound|[Ww]estbound))?[ \t]+(?:at|near|AT|NEAR|&|and|AND)[ \t]+(?:the[ \t]+)?)$/;
// Each word as written in lower case, with a capital and in capitals ("apt", "Apt", "APT").
const anyCase = (words: readonly string[]) => words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]).join('|');
const UNIT_WORD = anyCase(['apt', 'apartment', 'unit', 'suite', 'ste', 'fl', 'floor', 'rm', 'room', 'bldg', 'building', 'lot', 'lote', 'space', 'spc', 'sp', 'trlr', 'trailer', 'cabin', 'bay', 'site', 'villa', 'flat', 'box', 'dept', 'mailstop', 'terminal', 'pump', 'clinic', 'slip', 'pier', 'dock', 'wing', 'tower', 'spur', 'mile', 'milepost', 'exit', 'casa', 'apto']);
const PLACE_WORD = anyCase(['upper', 'lower', 'rear', 'front', 'upstairs', 'downstairs', 'basement']);
const STRUCTURE = anyCase(['exit', 'ramp', 'bridge', 'overpass', 'underpass', 'interchange', 'on-ramp', 'off-ramp']);
// (A unit's number is never five digits: ", MS 39705", ", FL 33881" are a state and its ZIP.)
const UNIT_ID = "(?!\\d{5}(?!\\d))(?:[A-Za-z0-9-]*\\d[A-Za-z0-9/-]*(?:\\.\\d)?|(?<=[ \\t#])[A-Z](?![A-Za-z'’]))";
const TAIL = new RegExp(`(?:,[ \\t]*|[ \\t]+)(?:(?:${UNIT_WORD}|MS|MM|MP)\\.?[ \\t]*#?[ \\t]*${UNIT_ID}|#[ \\t]?[A-Za-z0-9-]*\\d[A-Za-z0-9-]*|\\d{1,2}(?:st|nd|rd|th|ST|ND|RD|TH)[ \\t]+(?:${anyCase(['fl', 'floor'])})\\b\\.?(?:[ \\t]+(?:${anyCase(['rear', 'front'])})\\b)?|(?:${PLACE_WORD})(?:[ \\t]+(?:${anyCase(['unit', 'apt', 'flat', 'fl', 'floor'])}))?(?=[ \\t]*(?:[,.;)]|\\r?\\n|$))|(?:${STRUCTURE})\\b)(?![\\w'’-])`, 'y');
// "5F", "3F" after a comma: the floor.
const FLOOR_AFTER_COMMA = /,[ \t]*\d{1,2}[A-Z](?![\w])/y;
// "118-B": the letter or number after a hyphen that closes a box or road number.
const HYPHEN_PART = /-[A-Za-z0-9]{1,2}(?![\w-])/y;
const CONNECTOR = /[ \t]+(?:near|at|&|and|off|NEAR|AT|AND|OFF)[ \t]+/y;
const ORDINAL_AFTER = /\d{1,3}(?:st|nd|rd|th)\b/y;
const NUMBER_AFTER = /[ \t]+\d{1,5}[A-Za-z]?(?![\w/:-]|\.\d)/y;
// A direction of travel before a mile marker or a crossing: "Hwy 89 S, MM 14".
const DIRECTION_BEFORE_SPOT = /[ \t]+(?:N|S|E|W|NB|SB|EB|WB|[Nn]orthbound|[Ss]outhbound|[Ee]astbound|[Ww]estbound)(?=,?[ \t]+(?:MM|MP|[Mm]ile|[Ee]xit|near|at)\b)/y;

function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

const STREET_TYPES: ReadonlySet<string> = new Set(['NAME', 'FACILITY', 'LOCATION']);
function isStreetLike(type: string, value: string): boolean {
  return STREET_TYPES.has(type) && (ROMANCE_START.test(value) || STANDALONE.test(value) || SUFFIX_END.test(value));
}

/**
 * The address spans grown over their units, crossings and house numbers, as new candidates to
 * resolve with the others (only spans that change).
 *
 * @example
 *   addressJoins('at 12 Elm St, Suite 4', [{ start: 3, end: 12, type: 'ADDRESS', priority: 60 }]) // [{ start: 3, end: 21, type: 'ADDRESS', ... }]
 */
export function addressJoins(text: string, spans: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    const value = text.slice(s.start, s.end);
    const isAddress = s.type === 'ADDRESS';
    // (What the span's words say, read once: a Spanish or French street, "Broadway", a street word at its end.)
    const romance = ROMANCE_START.test(value);
    const suffixEnd = SUFFIX_END.test(value);
    const streetWords = romance || suffixEnd || STANDALONE.test(value);
    if (!isAddress && !(streetWords && STREET_TYPES.has(s.type))) continue;
    const before = text.slice(Math.max(0, s.start - 40), s.start);
    let start = s.start;
    const house = /^\d/.test(value) || !streetWords ? null : HOUSE_BEFORE.exec(before);
    if (house) start -= house[1]!.length;
    const ordinal = !house && BARE_SUFFIX.test(value) ? ORDINAL_BEFORE.exec(before) : null;
    if (ordinal) start -= ordinal[1]!.length;
    const block = BLOCK_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
    if (block) start -= block[0].length;
    // A bare street word, or a Spanish street or "Broadway" with no number, is no address by itself.
    if (!isAddress && !house && !ordinal && !block && (BARE_SUFFIX.test(value) || !suffixEnd)) {
      const number = romance ? stickyAt(NUMBER_AFTER, text, s.end) : null;
      if (!number) continue;
    }
    const highway = HIGHWAY_BEFORE.exec(text.slice(Math.max(0, start - 32), start));
    if (highway) start -= highway[1]!.length;
    let end = s.end;
    if (romance) {
      const number = stickyAt(NUMBER_AFTER, text, end);
      if (number) end += number[0].length;
    }
    let next = i + 1;
    for (let grown = true; grown; ) {
      grown = false;
      while (next < spans.length && spans[next]!.start < end) next += 1;
      const hyphen = /[\dA-Z]$/.test(text.slice(end - 1, end)) ? stickyAt(HYPHEN_PART, text, end) : null;
      const tail = hyphen ?? stickyAt(TAIL, text, end) ?? stickyAt(FLOOR_AFTER_COMMA, text, end) ?? stickyAt(DIRECTION_BEFORE_SPOT, text, end);
      if (tail) {
        end += tail[0].length;
        grown = true;
        continue;
      }
      const joint = stickyAt(CONNECTOR, text, end);
      if (!joint) break;
      const at = end + joint[0].length;
      const other = spans[next];
      if (other && other.start === at && (other.type === 'ADDRESS' || isStreetLike(other.type, text.slice(other.start, other.end)))) {
        end = other.end;
        grown = true;
      } else {
        const ordinalAfter = stickyAt(ORDINAL_AFTER, text, at);
        if (ordinalAfter) end = at + ordinalAfter[0].length;
      }
    }
    if (start !== s.start || end !== s.end) out.push({ start, end, type: 'ADDRESS', priority: JOINED });
  }
  return out;
}
