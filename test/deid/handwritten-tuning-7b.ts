// Hand-written notes FOR TUNING, seventh generality pass, part B: names, ages, places.
// Synthetic and invented: every name, place, number and date is made up. Written from the
// CLASSES of misses described for held-out set 6 (roster and family-history ages, glued ages
// after a name; foreign cities after travel words, a town after a facility and a comma,
// "N mi N of <Place>", "St. <Town>"; hyphenated surnames, nicknames), never from its strings.
// Markup as in handwritten.ts.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  // 1. Ages in rosters and family histories.
  `Census:
#7 ({{AGE:93}}) - CHF, stable
#12 ({{AGE:90}}) - UTI, on abx
#3 (78) - COPD`,
  `FHx: mother d. ({{AGE:94}}) of stroke; father d. at {{AGE:92}}, MI. Brother d. at 61. Aunt d. (58).`,
  `Family hx: grandmother d. age {{AGE:99}}; sister died at {{AGE:91}}. Uncle d. at 70s.`,
  // 2. Glued ages after a name.
  `{{NAME:Hattie Lorimer}} {{AGE:97}}f, fall at home. {{NAME:Osric Pendry}} {{AGE:93}}yo, CAP.`,
  `Bed 4: {{NAME:Wendell Acheson}} {{AGE:91}}m, afib. Bed 5: {{NAME:Loretta Quaile}} {{AGE:95}}F dementia.`,
  // 3. Foreign cities after travel words.
  `Recent travel to {{LOCATION:Kandahar}} in {{DATE:May}}. Born in {{LOCATION:Cap-Haitien}}; lived in {{LOCATION:Hue}} until 1990.`,
  `Pt emigrated from {{LOCATION:Mogadishu}}, brother still in {{LOCATION:Baidoa}}. Visiting family in {{LOCATION:Port-de-Paix}}.`,
  // 4. "N mi N of <Place>" and "St. <Town>".
  `MVC 3 mi S of {{LOCATION:Harrowgate}} on the interstate. Lives 10 mi NE of {{LOCATION:Dunmore}}.`,
  `Transferred from {{LOCATION:St. Albans}}; family in {{LOCATION:St. Johnsbury}}. Pt from {{LOCATION:Ste. Genevieve}}.`,
  // 5. Hyphenated surnames and nicknames.
  `Pt {{NAME:Chidinma Okoro-Whitfield}} seen with husband {{NAME:Emeka Okoro-Whitfield}}. Prefers "{{NAME:Chichi}}".`,
  `{{NAME:Folasade Adeyemi-Crane}} ("{{NAME:Sade}}") arrived with daughter.`,
  `Pt {{NAME:Hope Lindqvist-Obi}} with sister {{NAME:Faith Mbatha-Rowe}}. Prefers "{{NAME:Nell}}"; her son prefers to be called "{{NAME:Tee-Jay}}".`,
  // 6. Lower-case initials after "by".
  `wound care done by {{NAME:rq}}.
meds reviewed by {{NAME:tv}}
given by mouth, then by iv. seen by pt and ot. followed by gi.`,
  // 7. More places after distances, travel and abbreviations.
  `Lives 12 km W of {{LOCATION:Tarrow}}. Returned from {{LOCATION:Kigali}} last week. Moved to {{LOCATION:Ft. Benning}} in 2019.`,
  `Father d. at {{AGE:101}}; mother d. (56). Her sister {{NAME:Idony Parfitt}} {{AGE:94}}f lives nearby.`,
  // 8. Negatives.
  `Step 2 (95) of the protocol. Room #4 (92% sat). Bed #2 (98.6 F). d. 90 mg dose. Travel to work daily. Lives in a group home.`,
  `Born in 1931. 5 mi walk daily. St. John's wort daily.`,
];

export const TUNING_7B_HANDWRITTEN_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`tune7b-hand-${i + 1}`, n));
