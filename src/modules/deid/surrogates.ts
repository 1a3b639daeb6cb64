// Realistic surrogates: each original value maps, through a keyed HMAC, to a stand-in of the same
// kind and shape. The mapping depends on (key, patient, type, value), so within one patient the
// same name always becomes the same surrogate, and without the key nothing links them back.
import { createHmac } from 'node:crypto';
import type { PhiType } from './deid.types';
import type { DeidDictionaries } from './dictionaries';
import { shiftDateText } from './date-shift';
import { zip3 } from './zip3';

export interface SurrogateOptions {
  key: Buffer;
  patientId: string;
  /** Days every date of this patient moves (see dateShiftDays). */
  dateShiftDays: number;
  dictionaries: DeidDictionaries;
  /** Lower-cased words of this note's own PHI: a surrogate never lands on one of them. */
  avoid?: ReadonlySet<string>;
}

const STREET_SUFFIXES = ['Street', 'Avenue', 'Road', 'Lane', 'Drive', 'Court', 'Place', 'Way', 'Terrace', 'Boulevard'];
const FACILITY_KINDS = /(Hospital|Medical Center|Clinic|Health Center|Nursing Home|Rehabilitation Center|Family Practice|Cancer Center|Urgent Care|Medical Group|Infirmary|Hospice)\b/i;

function matchCase(like: string, word: string): string {
  if (like.length > 1 && like === like.toUpperCase()) return word.toUpperCase();
  if (like === like.toLowerCase()) return word.toLowerCase();
  return word;
}

/**
 * Creates the surrogate function for one patient.
 *
 * @example
 *   const surrogate = createSurrogates({ key, patientId: 'p-1', dateShiftDays: -40, dictionaries });
 *   surrogate('NAME', 'John Smith') // e.g. 'Walter Hines', the same for every 'John Smith' of p-1
 */
export function createSurrogates(options: SurrogateOptions): (type: PhiType, original: string) => string {
  const { key, patientId, dateShiftDays, dictionaries: d } = options;
  const hmac = (...parts: string[]) => createHmac('sha256', key).update(`surrogate\0${patientId}\0${parts.join('\0')}`).digest();
  const pick = <T>(list: readonly T[], seed: Buffer, attempt = 0): T => list[(seed.readUInt32BE(0) + attempt * 7919) % list.length]!;

  // Digits become other digits, letters other letters; separators stay. Never equal to the input.
  const reshape = (type: string, original: string): string => {
    for (let attempt = 0; attempt < 8; attempt++) {
      const h = hmac(type, original.toLowerCase(), String(attempt));
      let i = 0;
      const out = original.replace(/[A-Za-z0-9]/g, (c) => {
        const b = h[i++ % h.length]!;
        if (/\d/.test(c)) return String(b % 10);
        const letter = String.fromCharCode(65 + (b % 26));
        return c === c.toLowerCase() ? letter.toLowerCase() : letter;
      });
      const clash = options.avoid && (out.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).some((w) => options.avoid!.has(w));
      if (out !== original && !clash) return out;
    }
    return original.replace(/[A-Za-z0-9]/g, 'X');
  };

  const nameWord = (word: string): string => {
    if (/^\p{L}\.?$/u.test(word)) {
      const letter = String.fromCharCode(65 + (hmac('initial', word.toUpperCase())[0]! % 26));
      return (letter === word[0]!.toUpperCase() ? String.fromCharCode(65 + ((letter.charCodeAt(0) - 64) % 26)) : letter) + word.slice(1);
    }
    const key = word.toLowerCase();
    const pool = d.firstNames.has(key) ? d.pools.firstNames : d.pools.lastNames;
    const seed = hmac('name', key);
    for (let attempt = 0; attempt < 12; attempt++) {
      const candidate = pick(pool, seed, attempt);
      const c = candidate.toLowerCase();
      if (c !== key && !c.includes(key) && !key.includes(c) && !options.avoid?.has(c)) return matchCase(word, candidate);
    }
    return matchCase(word, 'Doe');
  };

  return (type, original) => {
    switch (type) {
      case 'NAME':
        return original.replace(/\p{L}[\p{L}'’]*\.?/gu, (w) => {
          const possessive = /['’]s$/i.test(w) ? w.slice(-2) : '';
          return nameWord(possessive ? w.slice(0, -2) : w) + possessive;
        });
      case 'DATE':
        return shiftDateText(original, dateShiftDays) ?? '[DATE]';
      case 'AGE':
        return '90+';
      case 'ZIP':
        return zip3(original);
      case 'ADDRESS': {
        const h = hmac('address', original.toLowerCase());
        let number = 1 + (h.readUInt16BE(0) % 9899);
        while (options.avoid?.has(String(number))) number += 1;
        const street = `${number} ${pick(d.pools.lastNames, h.subarray(2))} ${pick(STREET_SUFFIXES, h.subarray(6))}`;
        return matchCase(original, street);
      }
      case 'LOCATION': {
        const county = /\b(County|Parish|Borough)\b/i.exec(original);
        const h = hmac('location', original.toLowerCase());
        let city = pick(d.pools.cities, h);
        for (let a = 1; a < 8 && (original.toLowerCase().includes(city.toLowerCase()) || city.toLowerCase().includes(original.toLowerCase()) || options.avoid?.has(city.toLowerCase())); a++) city = pick(d.pools.cities, h, a);
        return matchCase(original, county ? `${pick(d.pools.lastNames, h.subarray(4))} ${county[1]}` : city);
      }
      case 'FACILITY': {
        const kind = FACILITY_KINDS.exec(original)?.[1] ?? 'Medical Center';
        const h = hmac('facility', original.toLowerCase());
        let name = pick(d.pools.lastNames, h);
        for (let a = 1; a < 8 && (original.toLowerCase().includes(name.toLowerCase()) || options.avoid?.has(name.toLowerCase())); a++) name = pick(d.pools.lastNames, h, a);
        return matchCase(original, `${name} ${kind}`);
      }
      case 'EMAIL':
        return `user${hmac('email', original.toLowerCase()).toString('hex').slice(0, 8)}@example.org`;
      case 'URL':
        return `https://example.org/${hmac('url', original).toString('hex').slice(0, 10)}`;
      case 'IP':
        return original.includes(':') ? `2001:db8::${hmac('ip', original).toString('hex').slice(0, 4)}` : `192.0.2.${1 + (hmac('ip', original)[0]! % 254)}`;
      case 'SSN': {
        // The 9xx area is never issued: a surrogate SSN cannot be a real one.
        const out = reshape(type, original);
        return out.replace(/\d/, '9');
      }
      case 'PHOTO': {
        const ext = /\.[A-Za-z0-9]+$/.exec(original)?.[0] ?? '';
        return reshape(type, original.slice(0, original.length - ext.length)) + ext;
      }
      default:
        return reshape(type, original);
    }
  };
}
