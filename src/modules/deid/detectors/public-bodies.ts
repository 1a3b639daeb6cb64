// (Pass 15) FACILITY: a county's health department, which names the county ("Sandhills County
// Health Department", "MISSION HILLS COUNTY DEPARTMENT OF PUBLIC HEALTH", "tamarack county public
// health"), and military installations ("Fort Halvorsen", "Merritt-Kell AFB", "Joint Base Lewis-McChord").
// A state's or the nation's agencies name no place below a state and stay unmarked.
import { CLINICAL_ABBREVIATIONS, FUNCTION_WORDS, NOT_NAMES } from '../lexicon';
import type { DeidDictionaries } from '../dictionaries';
import { PRIORITY, allMatches, type Candidate, type DetectInput } from './detector';

const WORD = `\\p{Lu}[\\p{L}'’.-]+`;
const VETERANS_POST = /\b(?:American[ \t]+Legion|VFW|AMVETS|DAV|Veterans[ \t]+of[ \t]+Foreign[ \t]+Wars)[ \t]+(?:Post|Chapter)[ \t]+#?\d{1,5}\b/g;
const healthAfterCounty = (dept: string, of: string, publ: string, health: string, district: string) =>
  `(?:${dept}[ \\t]+${of}[ \\t]+(?:${publ}[ \\t]+)?${health}|(?:${publ}[ \\t]+)?${health}(?:[ \\t]+${district})?)`;
const COUNTY_HEALTH = new RegExp(
  `(?<![\\p{L}])((?:${WORD}[ \\t]+){1,3})(?:County|Parish)[ \\t]+${healthAfterCounty('(?:Dept\\.?|Department)', 'of', 'Public', 'Health', '(?:Department|Dept\\b\\.?|District)')}` +
    `|(?<![\\p{L}])((?:${WORD}[ \\t]+){1,3})(?:COUNTY|PARISH)[ \\t]+${healthAfterCounty('(?:DEPT\\.?|DEPARTMENT)', 'OF', 'PUBLIC', 'HEALTH', '(?:DEPARTMENT|DEPT\\b\\.?|DISTRICT)')}`,
  'gu',
);
const LOWER_COUNTY_HEALTH = /(?<![\p{L}])([a-z][a-z'’-]+)[ \t]+county[ \t]+(?:dept\.?[ \t]+of[ \t]+|department[ \t]+of[ \t]+)?(?:public[ \t]+)?health(?:[ \t]+(?:department|dept\b\.?|district))?(?![\p{L}])/gu;
// (Pass 16) A county's courts, sheriff, jail, probation, police and examiner name the county too:
// "Cuyahoga County Probate Court", "Suffolk County PD", "King County Medical Examiner's Office",
// "El Paso County Court at Law No. 3", "PROBATE COURT OF FRANKLIN COUNTY", "Superior Court of
// California, County of Sacramento".
// (Capitals of a pattern's words, not of its escapes: `[ \\t]` stays.)
const upper = (source: string) => source.replace(/(?<!\\)[a-z]+/g, (w) => w.toUpperCase());
const courtKinds = (kinds: string) => `(?:(?:${kinds})[ \\t]+){0,3}`;
const TITLE_KINDS = 'Probate|Circuit|Superior|District|Family|Juvenile|Municipal|Chancery|Adult|Drug|Treatment|Mental[ \\t]+Health|Justice|Criminal|Civil';
const COUNTY_BODY = new RegExp(
  `(?<![\\p{L}])((?:${WORD}[ \\t]+){1,3})(?:County|Parish)[ \\t]+${courtKinds(TITLE_KINDS)}(?:Court(?:[ \\t]+at[ \\t]+Law(?:[ \\t]+No\\.?[ \\t]*\\d+)?)?|Probation|Sheriff(?:['’]s)?(?:[ \\t]+(?:Office|Dept\\.?|Department))?|Jail|Detention[ \\t]+Center|Medical[ \\t]+Examiner['’]s[ \\t]+Office|Coroner['’]s[ \\t]+Office|PD|Police[ \\t]+Department|CSCD)(?![\\p{L}])` +
    `|(?<![\\p{L}])((?:${WORD}[ \\t]+){1,3})(?:COUNTY|PARISH)[ \\t]+${courtKinds(upper(TITLE_KINDS))}(?:COURT|PROBATION|SHERIFF['’]S[ \\t]+OFFICE|JAIL|CORONER['’]S[ \\t]+OFFICE|PD)(?![\\p{L}])`,
  'gu',
);
const COURT_OF_COUNTY = new RegExp(
  `(?<![\\p{L}])(?:(?:${TITLE_KINDS})[ \\t]+Court[ \\t]+of[ \\t]+(?:${WORD}[ \\t]+){1,2}County|(?:${upper(TITLE_KINDS)})[ \\t]+COURT[ \\t]+OF[ \\t]+(?:${WORD}[ \\t]+){1,2}COUNTY|Superior[ \\t]+Court[ \\t]+of[ \\t]+${WORD}(?:[ \\t]+${WORD})?,[ \\t]*County[ \\t]+of[ \\t]+${WORD}(?: ${WORD})?)(?![\\p{L}])`,
  'gu',
);
// (Pass 20: "AFB" without its state, and "AB" for an air base abroad, "Al Udeid AB", "Balad AB".)
const BASE_AFTER = /(?<![\p{L}])((?:\p{Lu}[\p{L}'’-]+[ \t]+){1,2})(?:AFB|AB(?![\p{L}\p{N}+-])|Air Base|Air Force Base|Air Reserve Base|Naval Air Station|Naval Station|Marine Corps Base|Marine Corps Air Station|Army Airfield)(?![\p{L}])/gu;
// (Pass 20: and combat outposts and air and naval stations, "COP Keating", "MCAS Beaufort"; not
// "FOB", which is a baby's father as often as a base.)
const BASE_BEFORE = /(?<![\p{L}])(?:Fort|FORT|Ft\.|Joint Base|JOINT BASE|COP|MCAS|NAS)[ \t]+(\p{Lu}[\p{L}'’-]+)/gu;

/**
 * Finds county health departments and military installations.
 *
 * @example
 *   detectPublicBodies({ text: 'Referred by Sandhills County Health Department', ... }) // FACILITY over "Sandhills County Health Department"
 */
// (Pass 20) "NYPD 79 Pct", "CPD 7th District", "NYPD Transit District 11", "APD Zone 4", "LAPD
// Central Division": the unit names the neighbourhood a person was found or lives in.
const POLICE_UNIT = /(?<![\p{L}])[A-Z]{0,4}PD[ \t]+((?:\d{1,3}(?:st|nd|rd|th)?[ \t]+(?:Pct|PCT|Precinct|PRECINCT|District|DISTRICT|Dist\.?)|(?:Transit[ \t]+)?District[ \t]+\d{1,3}|(?:Zone|ZONE)[ \t]+\d{1,2}|\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?[ \t]+Division))(?![\p{L}\p{N}])/gu;

export function detectPublicBodies({ text, dictionaries: d }: DetectInput): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number) => out.push({ start, end, type: 'FACILITY', priority: PRIORITY.facility });
  // A match whose `lead` (the words that open it) may start with ordinary words: the name starts at
  // the first word that can name a place ("Called Sandhills County ..."); with none, nothing.
  const pushFromPlace = (m: RegExpExecArray, lead: string) => {
    for (const w of lead.matchAll(/\S+/g)) if (placeWord(d, w[0])) return push(m.index + w.index!, m.index + m[0].length);
  };
  // (Pass 26) A veterans' post by its number: "American Legion Post 88", "VFW Post 5432".
  if (/\bPost[ \t]+\d/.test(text)) for (const m of allMatches(VETERANS_POST, text)) push(m.index!, m.index! + m[0].length);
  // (What every match holds, tested first: the patterns try every capital as a county's name.)
  if (/(?:[Cc]ounty|COUNTY|[Pp]arish|PARISH)[ \t]+(?:[Hh]ealth|HEALTH|[Dd]ep|DEP|[Pp]ublic|PUBLIC)/.test(text)) {
    for (const m of allMatches(COUNTY_HEALTH, text)) pushFromPlace(m, m[1] ?? m[2]!);
    for (const m of allMatches(LOWER_COUNTY_HEALTH, text)) if (placeWord(d, m[1]!)) push(m.index!, m.index! + m[0].length);
  }
  if (/(?:County|COUNTY|Parish|PARISH)[ \t]+\S/.test(text) && /Court|COURT|Probation|PROBATION|Sheriff|SHERIFF|Jail|JAIL|Detention|Examiner|Coroner|COUNTY PD|County PD|Police|CSCD/.test(text)) {
    for (const m of allMatches(COUNTY_BODY, text)) pushFromPlace(m, m[1] ?? m[2]!);
  }
  if (/Court of|COURT OF/.test(text)) for (const m of allMatches(COURT_OF_COUNTY, text)) push(m.index!, m.index! + m[0].length);
  if (/AFB|AB\b|Air Base|Air Force Base|Air Reserve Base|Naval (?:Air )?Station|Marine Corps|Army Airfield/.test(text)) {
    for (const m of allMatches(BASE_AFTER, text)) {
      // (An air base's short forms only after words no clinical list knows, in mixed case: not a
      // smear for acid-fast bacilli, "Sputum AFB", nor an antibody, "HBV CORE AB", "4 FFP AB".)
      if (/(?:^|[^\p{L}])AF?B$/u.test(m[0]) && m[1]!.split(/[ \t]+/).some((w) => w !== '' && (w === w.toUpperCase() || d.medicalTerms.has(w.toLowerCase()) || CLINICAL_ABBREVIATIONS.has(w.toLowerCase())))) continue;
      pushFromPlace(m, m[1]!);
    }
  }
  // (Pass 20) A police department's precinct, district, zone or division after its initials.
  if (/PD[ \t]/.test(text)) for (const m of allMatches(POLICE_UNIT, text)) push(m.index! + m[0].length - m[1]!.length, m.index! + m[0].length);
  if (/Fort|FORT|Ft\.|Joint Base|JOINT BASE|COP|MCAS|NAS/.test(text)) {
    for (const m of allMatches(BASE_BEFORE, text)) {
      // A town named Fort ("Fort Worth", "Fort Collins") is the city detector's.
      if (d.cities.has(m[0].toLowerCase().replace(/^ft\./, 'fort')) || !placeWord(d, m[1]!)) continue;
      push(m.index!, m.index! + m[0].length);
    }
  }
  return out;
}

/** A word that can name a place: no function or clinical word, nor one of the commonest English words. */
function placeWord(d: DeidDictionaries, word: string): boolean {
  const key = word.toLowerCase().replace(/['’]s$/, '').replace(/\.$/, '');
  if (NOT_NAMES.has(key) || FUNCTION_WORDS.has(key)) return false;
  return d.cities.has(key) || d.lastNames.has(key) || (d.englishWords.get(key) ?? 99) > 20;
}
