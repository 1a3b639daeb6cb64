// FACILITY spans that are no facility: a department, service, programme or hotline named only by
// generic words (pass 19). The engine drops them after every detector and later rule has run.
import type { Candidate } from './detector';

// (Pass 19) A department, service, programme or hotline named only by generic words is no facility:
// "Family Medicine", "OCC HEALTH", "Labor & Delivery", "Patient Accounts", "Release of Information",
// "Telephone Encounter", "Veterans Crisis Line", "Transfer Center", "OPAT clinic", "4 West Surgical".
const GENERIC_SERVICE_WORDS: ReadonlySet<string> = new Set(['family', 'medicine', 'internal', 'community', 'health', 'occ', 'occupational', 'labor', 'delivery', 'patient', 'patients', 'accounts', 'account', 'release', 'of', 'information', 'telephone', 'encounter', 'crisis', 'line', 'video', 'connect', 'anticoag', 'anticoagulation', 'opat', 'sti', 'std', 'clinic', 'center', 'centre', 'transfer', 'protection', 'team', 'child', 'extra', 'help', 'prescription', 'form', 'vet', 'veterans', 'records', 'billing', 'financial', 'services', 'service', 'department', 'dept', 'desk', 'hotline', 'helpline', 'triage', 'scheduling', 'registration', 'admissions', 'west', 'east', 'north', 'south', 'surgical', 'ortho', 'worker', 'representative', 'screening', 'visit', 'note', 'and', '&',
  // (pass 20)
  'peer', 'respite', 'residential', 'clubhouse', 'act', 'fertility', 'supportive', 'housing']);
const SERVICE_WORD = /[\p{L}&]+/gu;
/**
 * Whether a FACILITY span names only a kind of department, service or hotline.
 *
 * @example
 *   genericService('call Patient Accounts at 555', { start: 5, end: 21, type: 'FACILITY', priority: 50 }) // true
 */
export function genericService(text: string, s: Candidate): boolean {
  if (s.type !== 'FACILITY' || s.end - s.start > 40) return false;
  const words = text.slice(s.start, s.end).match(SERVICE_WORD);
  if (words === null || !words.every((w) => GENERIC_SERVICE_WORDS.has(w.toLowerCase()))) return false;
  // (Part of a longer name, or a named institution's department, it stays: "Community Health Network",
  // "ACCESS Community Health", "Dane Co. Community Health", "DISTRICT 9 EAST HEALTH CENTER".)
  if (/^[ \t]+\p{Lu}/u.test(text.slice(s.end, s.end + 3))) return false;
  const before = /(\p{Lu}[\p{L}.]*|\d+)[ \t]$/u.exec(text.slice(Math.max(0, s.start - 16), s.start));
  return !before || GENERIC_SERVICE_WORDS.has(before[1]!.toLowerCase()) || /^(?:VA|Veterans|Child|BH|Activity|Part D|the|The|Our|our)$/.test(before[1]!);
}

/**
 * (Pass 20) A law named in capitals is no team: "BAKER ACT", "MARCHMAN ACT", "PACT ACT" (an
 * assertive community treatment team is written "Northside ACT").
 *
 * @example
 *   namesALaw('BAKER ACT - LAW ENFORCEMENT REPORT', { start: 0, end: 9, type: 'FACILITY', priority: 50 }) // true
 */
export function namesALaw(text: string, s: Candidate): boolean {
  if (s.type !== 'FACILITY') return false;
  const value = text.slice(s.start, s.end);
  return value.endsWith(' ACT') && value === value.toUpperCase();
}
