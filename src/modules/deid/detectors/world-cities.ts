// LOCATION without a cue: the world's large cities ("cousin on speakerphone from Port-au-Prince",
// "overseas exam (Kampala, 6/2023)", "Lima 3 d -> La Paz"). The list is mostly the runtime's own:
// the city part of every IANA time-zone name on the continents and the Pacific (Africa/Nairobi,
// America/Bogota, Asia/Karachi, Europe/Warsaw, Australia/Perth, Pacific/Honolulu), with today's
// spellings of a few zone names and a short list of large cities that have no zone of their own
// (MORE). A city is taken in title case or capitals wherever it stands, unless it is also an
// English or clinical word (then only where a place stands), a country, a state, part of a state's
// name ("New Jersey") or the name of a classification ("Prague C2M4").
import type { DeidDictionaries } from '../dictionaries';
import { CLINICAL_ABBREVIATIONS, EPONYMS, MONTHS, NOT_NAMES, WEEKDAYS } from '../lexicon';
import { COUNTRIES, LOWER_STATES } from './locations';
import { PRIORITY, type Candidate, type DetectInput } from './detector';
import { WORLD_CITIES_MORE } from '../names/world-cities-more';

const CONTINENTS = new Set(['Africa', 'America', 'Asia', 'Europe', 'Australia', 'Pacific']);
// Zone names that are regions, islands or states rather than cities, and old spellings.
const NOT_CITIES = new Set(['afrin', 'jersey', 'guernsey', 'isle of man', 'puerto rico', 'center', 'knox', 'marengo', 'tell city', 'vevay', 'winamac', 'beulah', 'new salem', 'monticello', 'petersburg', 'vincennes', 'creston', 'cayman', 'el aaiun', 'asmera', 'godthab', 'calcutta', 'rangoon', 'saigon', 'katmandu', 'kiev', 'busingen', 'lower princes', 'coral harbour', 'oral', 'dawson', 'casey', 'davis', 'palmer', 'stanley', 'regina', 'adelaide', 'darwin', 'lindeman', 'eucla', 'broken hill', 'lord howe', 'famagusta', 'hovd', 'resolute', 'thule', 'troll', 'mawson']);
// Today's spellings of a few zone names, and cities written in more than one way.
const MORE = ['Kolkata', 'Yangon', 'Ho Chi Minh City', 'Kathmandu', 'Kyiv', 'Asmara', 'Nuuk', "N'Djamena", 'São Paulo', 'Bogotá', 'Asunción', 'Lomé', 'Ciudad Juárez', 'Mérida', 'Cancún', 'Belém', 'Brasília', 'Mumbai', 'Delhi', 'New Delhi', 'Chennai', 'Bengaluru', 'Hyderabad', 'Lahore', 'Islamabad', 'Beijing', 'Guangzhou', 'Shenzhen', 'Osaka', 'Busan', 'Hanoi', 'Aleppo', 'Mosul', 'Erbil', 'Kandahar', 'Herat', 'Mecca', 'Jeddah', 'Cairo', 'Alexandria', 'Addis Ababa', 'Kharkiv', 'Lviv', 'Odesa', 'Odessa', 'Krakow', 'Kraków', 'Guadalajara', 'Oaxaca', 'Puebla', 'Acapulco', 'San Salvador', 'Cusco', 'Medellín', 'Medellin', 'Cali', 'Quito', 'Kinshasa', 'Mombasa', 'Kumasi', 'Ibadan', 'Abuja', 'Kano', 'Enugu', 'Port Harcourt', 'Cap-Haïtien', 'Cap-Haitien', 'Jacmel', 'Gonaïves', 'Les Cayes', 'Santiago de los Caballeros', 'Ponce', 'Mayagüez'];

// First word (lower case) -> the cities starting with it, as lower-case word lists, longest first.
const BY_FIRST = new Map<string, string[][]>();
(() => {
  // (Pass 15: and a list of capitals, large cities and the towns of immigrants', deployment and
  // refugee histories, `names/world-cities-more.ts`.)
  const names = new Set<string>([...MORE, ...WORLD_CITIES_MORE]);
  for (const id of Intl.supportedValuesOf('timeZone')) {
    const parts = id.split('/');
    if (parts.length >= 2 && CONTINENTS.has(parts[0]!)) names.add(parts[parts.length - 1]!.replace(/_/g, ' '));
  }
  for (const name of names) {
    const key = name.toLowerCase();
    if (NOT_CITIES.has(key) || COUNTRIES.has(key) || LOWER_STATES.has(key)) continue;
    const words = key.split(/[ -]/);
    const list = BY_FIRST.get(words[0]!) ?? [];
    list.push(words);
    list.sort((a, b) => b.length - a.length);
    BY_FIRST.set(words[0]!, list);
  }
})();

const PLACE_BEFORE = /(?:\b(?:in|from|to|near|outside|arrive[sd]?|via|toward|towards)[ \t]+|[\p{L}\p{N})],[ \t]*|\)[ \t]+)$/u;

function isOrdinaryWord(key: string, d: DeidDictionaries): boolean {
  const level = d.englishWords.get(key);
  return (level !== undefined && level <= 50) || NOT_NAMES.has(key) || CLINICAL_ABBREVIATIONS.has(key) || EPONYMS.has(key) || key in MONTHS || WEEKDAYS.has(key);
}

/**
 * Finds the world's large cities by name.
 *
 * @example
 *   detectWorldCities({ text: 'family fled Aleppo in 2015', ... }) // LOCATION "Aleppo"
 */
export function detectWorldCities({ text, tokens, dictionaries: d }: DetectInput): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.shape !== 'cap' && t.shape !== 'upper') continue;
    const list = BY_FIRST.get(t.key);
    if (!list) continue;
    for (const words of list) {
      if (i + words.length > tokens.length) continue;
      let ok = true;
      for (let k = 1; ok && k < words.length; k++) ok = tokens[i + k]!.key === words[k] && /^[ \t-]$/.test(text.slice(tokens[i + k - 1]!.end, tokens[i + k]!.start));
      if (!ok) continue;
      // One word that is also an ordinary word ("Nice", "Mobile") or the head of a state's name,
      // unless a less common one in title case stands where a place does (pass 13): "arrive
      // Anchorage 1905", "home office, Anchorage", "Transportation to Phoenix".
      if (words.length === 1 && isOrdinaryWord(t.key, d) && !(t.shape === 'cap' && (d.englishWords.get(t.key) ?? 99) >= 20 && !NOT_NAMES.has(t.key) && !CLINICAL_ABBREVIATIONS.has(t.key) && !EPONYMS.has(t.key) && PLACE_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start)) && !/^[ \t]+\p{Lu}/u.test(text.slice(t.end, t.end + 3)))) break;
      const before = text.slice(Math.max(0, t.start - 4), t.start);
      if (/\b(?:New|NEW)[ \t]$/.test(before)) break;
      // A classification named after a city: "Prague C2M4", "Vienna criteria", "Paris system".
      const after = text.slice(tokens[i + words.length - 1]!.end, tokens[i + words.length - 1]!.end + 16);
      if (/^[ \t]+(?:C\d+M\d+|criteria|classification|system|consensus|protocol|score|grade|stage)\b/i.test(after)) break;
      out.push({ start: t.start, end: tokens[i + words.length - 1]!.end, type: 'LOCATION', priority: PRIORITY.location });
      i += words.length - 1;
      break;
    }
  }
  return out;
}
