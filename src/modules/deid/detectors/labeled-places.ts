// (Pass 17) A town, county or birthplace after its own label, "City: Anchorage", "County: Pierce",
// "Birthplace: Trois-Rivieres, Quebec", "Place of birth: Cork"; and a town after "ETA" in a transport
// line, "ETA Anchorage 0130". After such a label the value is the place whatever the word lists say
// of it ("Anchorage", "Bend" and "Salmon" are English words too). States, countries and blanks such
// as "N/A" or "unknown" are not PHI.
import { allMatches, PRIORITY, type Candidate, type DetectInput } from './detector';
import { isStateOrCountry } from './locations';

const PLACE_WORDS = `\\p{Lu}[\\p{L}'’.-]*(?:[ \\t]\\p{Lu}[\\p{L}'’.-]*){0,2}`;
const PLACE_LABEL = `\\b(?:City|CITY|Town|TOWN|County|COUNTY|Parish|PARISH|Borough|Birthplace|BIRTHPLACE|Place[ \\t]+of[ \\t]+[Bb]irth|PLACE[ \\t]+OF[ \\t]+BIRTH|Hometown|Village|VILLAGE)[ \\t]*:`;
const LABELED = new RegExp(`${PLACE_LABEL}[ \\t]*(${PLACE_WORDS})(?=[ \\t]*(?:$|\\r?\\n|,|;|\\)|[ \\t]{2}|[ \\t]+\\(|[ \\t]+[A-Z]{2}\\b))`, 'gu');
// Whether a place label is in the note, read from its colon back.
const PLACE_LABEL_HINT = new RegExp(`:(?<=${PLACE_LABEL})`);
const ETA = /\bETA[ \t]+(\p{Lu}[\p{Ll}'’-]+(?:[ \t]\p{Lu}[\p{Ll}'’-]+)?)(?=[ \t]+\d{3,4}\b|[ \t]*[.,;]|[ \t]+(?:by|at|in|approx|~))/gu;
const BLANKS = /^(?:N\/?A|NA|None|NONE|Unknown|UNKNOWN|Unk|Same|SAME|Other|Declined|Pending)$/;
// Territories are written where a state is ("Birthplace: American Samoa"), and are no more PHI.
const TERRITORIES = /^(?:American Samoa|Guam|Puerto Rico|U\.?S\.? Virgin Islands|Virgin Islands|Northern Mariana Islands|Saipan)$/i;

/**
 * Finds towns, counties and birthplaces after their labels, and towns after "ETA".
 *
 * @example
 *   detectLabeledPlaces({ text: 'City: Anchorage   ZIP: 99504', ... }) // LOCATION "Anchorage"
 */
export function detectLabeledPlaces({ text, dictionaries: d }: DetectInput): Candidate[] {
  const out: Candidate[] = [];
  const push = (m: RegExpMatchArray) => {
    const value = m[1]!.replace(/\.$/, '');
    if (BLANKS.test(value) || TERRITORIES.test(value) || isStateOrCountry(value)) return;
    // ("Religion/Parish: Catholic" names a church's parish, not a Louisiana county.)
    if (/religio|church|faith|parish\//i.test(text.slice(Math.max(0, m.index! - 16), m.index! + 8))) return;
    const start = m.index! + m[0].length - m[1]!.length;
    out.push({ start, end: start + value.length, type: 'LOCATION', priority: PRIORITY.labeled });
  };
  if (PLACE_LABEL_HINT.test(text)) for (const m of allMatches(LABELED, text)) push(m);
  if (text.includes('ETA')) for (const m of allMatches(ETA, text)) if (d.cities.has(m[1]!.toLowerCase())) push(m);
  return out;
}
