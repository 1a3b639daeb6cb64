// (Pass 14) Hospital wards by their shape: a proper word and a floor number, "Whitcombe 4", "Tilden 6",
// "THAYER 7", "Ashcroft 9 (BMT unit)". facilities.ts takes wards after a few fixed cues ("Unit:",
// "transferred to", "on" and a known surname); notes name wards in many more places. The shape
// alone is not enough ("Wagner 2," "on Jardiance 10."), so one of three kinds of evidence must hold:
//   1. a unit's kind follows within two words: "Whitcombe 4 vascular floor", "Kimball 2 MICU",
//      "Hollis 9 Team B", "hollister 5 ortho/neuro", "Brandt 9 conference room", "Harlan 6 admission",
//      "Ashgrove 2 (rooming-in)", "Harrington 7 charge RN";
//   2. what comes before places someone on a ward and the clause ends after the number: "admit
//      Magnolia 3.", "DISPOSITION : THAYER 7 .", "Rm 621B Tilden 6", "CUH Whitcombe 8", "Medicine
//      (Hollis 8)", "micu -> hollis 10", "Hospital, Whitcombe 9", "L&D Rowan 3", "POSTPARTUM, Lindell 6";
//   3. the word is a surname and no English, medical or first-name word, after no other name, and
//      the clause ends after the number: "Pt ..., Ainsley 3, intubated".
// The number is a floor, 1 to 20, maybe with a letter ("7A"): never a dose, time, date or decimal.
// (Pass 16) Units named after a tree, a flower or a landscape are wards without a number: "Aspen
// Unit", "Larkspur Hall", "Cypress Unit" (behavioral health and long-term care name units so).
import { CLINICAL_ABBREVIATIONS, EPONYMS, MONTHS, NOT_NAMES, TITLES, WEEKDAYS } from '../lexicon';
import { PRIORITY, type Candidate, type DetectInput } from './detector';
import { AMBULANCE_UNITS, HOSPITAL_PLACES } from './facilities';
import { LANDSCAPE } from './facility-suffixes';
import { PLANTS } from './org-name-words';

// The floor, its letter and wing: "4", "7A", "6 South".
// (Pass 17: and a room or bed after a hyphen, "Farr 6-622", "Kalispel 4-22"; the span ends before it.)
const FLOOR = /[ \t](\d{1,2})([A-Z]?)(?:-(\d{2,4})[A-Z]?)?(?![\p{L}\p{N}/:%+-]|[.,]\d)(?:[ \t]+(?:West|East|North|South|WEST|EAST|NORTH|SOUTH)\b)?/uy;
// 1. A unit's kind within two words, or a service or stay straight after the number.
const KIND_AFTER = /^[ \t]*\(?[ \t]*(?:[\p{L}&/-]+[ \t]+){0,2}?(?:floor|unit|team|step-?down|tele(?:metry)?|[a-z]{0,3}cu|cvu|mother-baby|postpartum|antepartum|l&d|bmt|conference|night[ \t]+float|nursery|hospital[ \t]+day|hd[ \t]?#|rooming-in|charge[ \t]+(?:rn|nurse))(?![\p{L}])|^[ \t]+(?:ortho|neuro|medicine|surgery|surgical|oncology|cardiology|cardiac|psych|child\/adol|complex[ \t]+care|admission|stay|general[ \t]+medicine)(?![\p{L}])/iu;
// 2. Where a patient goes or is: the cue just before the ward, on its line. A strong cue names a
// stay ("admit", "unit", "rm 621B", "CUH", "Hospital,", "->"); after a weak one ("to", "on", "in",
// a bracket, a dash) only a known surname that names no score is a ward.
const STRONG_BEFORE = /(?:\b(?:admit|admitted|admission|unit|bed|rm|room|dispo|disposition|then|location|loc|census)[ \t]*:?|\b(?:l&d|postpartum|antepartum|mother-baby|nicu|picu)[ \t]*,?|->|→|=>|\b[A-Z]{1,4}(?:H|MC|UH)|\b[a-z]{1,3}h|\b(?:Hospital|HOSPITAL|Center|CENTER|Centre|Medical|Memorial|Campus|CAMPUS),?|\b(?:rm|room|bed)[ \t]*#?[ \t]*\d{1,4}[A-Z]?,?)[ \t]*$/i;
// (Pass 17) An intensive care or step-down unit's initials before the ward: "sicu pawtuxet 3", "MICU Adams 2-06".
const UNIT_BEFORE = /\b(?:[a-z]{0,3}icu|ccu|pacu|tele|stepdown|step-down)[ \t]*$/i;
const WEAK_BEFORE = /(?:\b(?:from|to|on|in|into)[ \t]*:?|[ \t][-–]|\()[ \t]*$/i;
// Scores, grades and classes named after people, which notes write as a name and a number,
// often in brackets: "(Fazekas 2)", "Borg 13,", "Wagner 2.", "Mobitz 2", "HeartMate 3".
const SCORES: ReadonlySet<string> = new Set(['fazekas', 'borg', 'wagner', 'mobitz', 'heartmate', 'hunt', 'hess', 'fisher', 'spetzler', 'cormack', 'lehane', 'rutherford', 'fontaine', 'clavien', 'dindo', 'lansky', 'karnofsky', 'zubrod', 'ranson', 'bishop', 'breslow', 'clark', 'gleason', 'nottingham', 'durie', 'salmon', 'rai', 'binet', 'pugh', 'forrest', 'killip', 'brugada', 'hinchey', 'balthazar', 'bosniak', 'kellgren', 'outerbridge', 'gustilo', 'salter', 'weber', 'schatzker', 'neer', 'frykman', 'rankin', 'hachinski', 'hamilton', 'beck', 'zung', 'tanner', 'kessler', 'norwood', 'ludwig', 'fitzpatrick', 'mallampati', 'marsh', 'lown', 'hurley', 'sarnat', 'papile', 'curb', 'wexner', 'aldrete', 'apgar']);
const TOWERS: ReadonlySet<string> = new Set(['Tower', 'Wing', 'Pavilion', 'Building', 'TOWER', 'WING', 'PAVILION', 'BUILDING']);
const UNIT_HEADS: ReadonlySet<string> = new Set(['Unit', 'Hall', 'Wing', 'UNIT', 'HALL', 'WING']);
// A list of people and their ages: "(Rohan 5, Aarav 14 mo)", "2 children (Malia 6, Ezra 3)".
const AGE_LIST_AFTER = /^[ \t]*,[ \t]*\p{Lu}[\p{Ll}'’-]+[ \t]+\d/u;
// (Pass 21: not a possessive, "Children's Hospital, unit Halcyon 6".)
const KIN_BEFORE = /\b(?:children|kids|boys|girls|sons|daughters|sibs|siblings|grandchildren|grandkids|twins)\b(?!['’])[^\n]{0,24}$/i;
// The clause ends: punctuation, the line's end, a bracket, or a time or plan word.
const CLAUSE_END = /^[ \t]*(?:[.,;)|](?!\d)|\r?\n|$)|^[ \t]+(?:for|with|at|tomorrow|today|tonight|and|per|via|after|until|overnight|if)\b/;
// (Pass 23) An intensive care unit's initials after the floor name the ward with it: "Pruitt 7 SICU",
// "Ochoa 8 Neuro ICU".
const CARE_UNIT_AFTER = /^[ \t]+(?:(?:Neuro|Cardiac|Surgical|Trauma|Burn|Medical|Cardiothoracic)[ \t]+)?(?:[A-Z]{0,3}ICU|CCU|CVU)(?![\p{L}\p{N}])/u;
const ROOM_AFTER = /^[ \t]+(?:rm|room|bed|bd|RM|ROOM|BED|Rm|Room|Bed)\.?[ \t]*#?[ \t]*\d/;
const ROOM_NUMBER_AFTER = /^[ \t]+\d{1,2}-\d{2,3}\b/;
const PATIENT_LINE_BEFORE = /\b(?:MRN|mrn|Mrn|MR#)[ \t:#]*[A-Z0-9][A-Z0-9-]{3,}[ \t]*(?:[,|/]|[ \t]{2}|--)[ \t]*$|\b\d{1,3}[ \t]?(?:y\/o|yo)?[ \t]?[MF],[ \t]*$/;
// Device and software names that take a number: "Libre 3", "Omnipod 5", "Series 7".
const MODELS: ReadonlySet<string> = new Set(['libre', 'omnipod', 'dexcom', 'tandem', 'medtronic', 'minimed', 'guardian', 'eversense', 'freestyle', 'iphone', 'galaxy', 'pixel', 'series', 'gen', 'covid', 'windows', 'android', 'ios', 'zoom', 'epic', 'mychart', 'cerner']);

/**
 * Finds wards named by a proper word and a floor number.
 *
 * @example
 *   detectWards({ text: 'then Whitcombe 4 vascular floor.', ... }) // FACILITY over "Whitcombe 4"
 */
export function detectWards({ text, tokens, dictionaries: d }: DetectInput): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const n = tokens[i + 1]!;
    if (n.shape !== 'num' || n.start !== t.end + 1 || n.text.length > 2 || t.text.length < 3 || t.shape === 'num' || t.shape === 'other') continue;
    FLOOR.lastIndex = t.end;
    const floor = FLOOR.exec(text);
    if (!floor || Number(floor[1]) < 1 || Number(floor[1]) > 20) continue;
    const key = t.key;
    if (NOT_NAMES.has(key) || AMBULANCE_UNITS.has(key) || HOSPITAL_PLACES.has(key) || CLINICAL_ABBREVIATIONS.has(key) || TITLES.has(key) || key in MONTHS || WEEKDAYS.has(key) || EPONYMS.has(key) || MODELS.has(key)) continue;
    const english = d.englishWords.get(key);
    if (english !== undefined && english <= 20) continue;
    const room = floor[3];
    const end = room === undefined ? t.end + floor[0].length : t.end + 1 + floor[1]!.length + floor[2]!.length;
    const surname = d.lastNames.has(key);
    const after = text.slice(t.end + floor[0].length, t.end + floor[0].length + 40);
    // (With its intensive care unit when no room follows the floor.)
    const wardEnd = room === undefined ? end + (CARE_UNIT_AFTER.exec(after)?.[0].length ?? 0) : end;
    const before = text.slice(Math.max(0, t.start - 48), t.start);
    // Never after a title or a first name: "Dr. Tilden 4 pm", "Wallace Ingersoll 93".
    if (/\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sr|Fr)\.?[ \t]+$/i.test(before)) continue;
    const prev = i > 0 ? tokens[i - 1]! : undefined;
    if (prev !== undefined && prev.end + 1 === t.start && prev.shape === 'cap' && d.firstNames.has(prev.key) && !d.englishWords.has(prev.key)) continue;
    // A word in capitals is a ward only when it is a surname ("THAYER 7", not "(BIMS 12)"); one with
    // inner capitals is a product ("HeartMate 3").
    if (t.shape === 'upper' ? !surname : /\p{Lu}/u.test(t.text.slice(1))) continue;
    // (Pass 19) 4. A room or bed follows ("okonkwo 5 rm 517b", "brennan 6 bed 14", "kessler 5 rm 522"), or
    // the ward closes a patient's header after the record number or the age and sex ("MRN 0627154,
    // Weybridge 11.", "| MRN SY-3021884 | Sycamore 4 4-08 |", "90 y/o M, Weybridge 10,"): then even a
    // scale's eponym is a ward ("kessler", "marsh", "hurley").
    const bedAfter = ROOM_AFTER.test(after);
    const headerSpot = bedAfter || (PATIENT_LINE_BEFORE.test(before) && (CLAUSE_END.test(after) || ROOM_NUMBER_AFTER.test(after)));
    if (headerSpot && (surname || t.shape !== 'lower') && !d.medicalTerms.has(key) && !AGE_LIST_AFTER.test(after) && !KIN_BEFORE.test(before)) {
      out.push({ start: t.start, end: wardEnd, type: 'FACILITY', priority: PRIORITY.facility });
      continue;
    }
    if (SCORES.has(key) || AGE_LIST_AFTER.test(after) || KIN_BEFORE.test(before)) continue;
    let ward = false;
    // A room numbered after its floor ("Chinook 6-610") or a room after a cue ("Loc Farr 6-622").
    if (room !== undefined) ward = t.shape !== 'lower' && (surname || !d.medicalTerms.has(key)) && (room.startsWith(floor[1]!) || STRONG_BEFORE.test(before) || UNIT_BEFORE.test(before) || KIND_AFTER.test(after));
    else if (KIND_AFTER.test(after)) ward = t.shape !== 'lower' || (surname && (english === undefined || english > 35));
    else if (CLAUSE_END.test(after)) {
      if (STRONG_BEFORE.test(before) || UNIT_BEFORE.test(before)) ward = t.shape !== 'lower' || (surname && /(?:->|→|\b[a-z]{1,3}h|\b[a-z]{0,3}icu)[ \t]*$/.test(before));
      else if (WEAK_BEFORE.test(before)) ward = surname && (t.shape === 'cap' || (t.shape === 'upper' && t.text.length >= 4));
      else ward = t.shape !== 'lower' && surname && english === undefined && !d.medicalTerms.has(key) && !d.firstNames.has(key) && !(prev && (prev.shape === 'cap' || prev.shape === 'upper') && prev.end + 1 === t.start) && /[,.;]/.test(after.trimStart()[0] ?? '');
    }
    if (ward) out.push({ start: t.start, end: wardEnd, type: 'FACILITY', priority: PRIORITY.facility });
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const n = tokens[i + 1]!;
    // (Pass 17) A proper word, a tower or wing and its floor: "Tahoma Tower 8", "Puyallup Wing 3".
    const floor = tokens[i + 2];
    if (floor && t.shape === 'cap' && n.start === t.end + 1 && TOWERS.has(n.text) && floor.shape === 'num' && floor.start === n.end + 1 && floor.text.length <= 2 && !/^(?![A-Z])[\p{L}\p{N}]/u.test(text[floor.end] ?? '')) {
      const english = d.englishWords.get(t.key);
      if ((english === undefined || english > 35) && !AMBULANCE_UNITS.has(t.key) && !HOSPITAL_PLACES.has(t.key) && !NOT_NAMES.has(t.key) && (d.lastNames.has(t.key) || d.cities.has(t.key) || !d.medicalTerms.has(t.key))) out.push({ start: t.start, end: floor.end, type: 'FACILITY', priority: PRIORITY.facility });
    }
    if (t.shape === 'cap' && n.start === t.end + 1 && UNIT_HEADS.has(n.text) && t.key !== 'field' && (LANDSCAPE.has(t.key) || PLANTS.has(t.key))) out.push({ start: t.start, end: n.end, type: 'FACILITY', priority: PRIORITY.facility });
  }
  return out;
}
