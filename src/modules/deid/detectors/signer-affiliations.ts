// (Pass 21) The practice or program a signer works for, written after the signer's name and
// credentials on the same line or alone on the next: "Clemens Aufderheide, MD  Mile High Travel
// Clinic", "Carla Jorgensen, NP, Prairie Home Visits", "Harriet Sokolowski, MD, FAAP\nLongmeadow
// Children's Practice", "Dr. Harlan Pruitt, Knobs Country Family Medicine". The words must end in a
// practice's kind and hold a word of their own: a department or a specialty ("Jane Roe, MD  Internal
// Medicine", "Department of Family Medicine") names no one place.
import type { DeidDictionaries } from '../dictionaries';
import { CREDENTIALS } from '../lexicon';
import type { Candidate } from './detector';

const HEADS: ReadonlySet<string> = new Set(['Clinic', 'Clinics', 'Practice', 'Medicine', 'Pediatrics', 'Health', 'Visits', 'Care', 'Center', 'Centre', 'Associates', 'Group', 'Family', 'Hospital', 'Imaging', 'Therapy', 'PT', 'Partners', 'Specialists', 'Physicians', 'Network']);
// Words of departments, specialties and kinds of care: none of them makes a name.
const GENERIC: ReadonlySet<string> = new Set([
  'internal', 'family', 'medicine', 'medical', 'pediatric', 'pediatrics', 'adult', 'adolescent', 'child', "children's", 'childrens', "women's", 'womens', "men's",
  'department', 'dept', 'division', 'section', 'service', 'services', 'program', 'unit', 'of', 'and', '&', 'the', 'for', 'general', 'primary', 'care', 'urgent',
  'emergency', 'behavioral', 'mental', 'health', 'specialty', 'outpatient', 'inpatient', 'surgery', 'surgical', 'clinic', 'clinics', 'practice', 'hospital',
  'center', 'centre', 'group', 'associates', 'partners', 'physicians', 'specialists', 'network', 'imaging', 'therapy', 'physical', 'occupational', 'speech',
  'sports', 'home', 'community', 'rural', 'travel', 'sleep', 'wound', 'pain', 'palliative', 'hospice', 'infusion', 'dialysis', 'transplant', 'heart', 'vascular',
  'cancer', 'diabetes', 'weight', 'lung', 'kidney', 'eye', 'skin', 'foot', 'spine', 'bone', 'joint', 'pt', 'visits', 'team', 'faculty', 'residency', 'university',
  'maternal', 'fetal', 'developmental', 'neonatal', 'perinatal', 'geriatric', 'geriatrics', 'reproductive', 'critical', 'infectious', 'diseases', 'disease',
  'cardiology', 'oncology', 'neurology', 'psychiatry', 'psychology', 'nephrology', 'pulmonary', 'gastroenterology', 'rheumatology', 'dermatology', 'urology',
  'orthopedics', 'orthopaedics', 'obstetrics', 'gynecology', 'hematology', 'endocrinology', 'allergy', 'immunology', 'rehabilitation', 'rehab', 'genetics',
  'genetic', 'nutrition', 'integrative', 'preventive', 'osteopathic', 'neonatology', 'hospitalist', 'hospital-based', 'interventional', 'adult-gerontology',
]);
// Fellowships and certificates signed after the degree: "MD, FAAP", "RN, IBCLC".
export const FELLOWSHIPS: ReadonlySet<string> = new Set(['FAAP', 'FAAFP', 'FACOG', 'FACEP', 'FAHA', 'FASN', 'FCCP', 'FRCPC', 'FHM', 'IBCLC', 'CPNP', 'PMHNP', 'CDCES', 'CDE', 'LMHC', 'LSW', 'MS', 'MA']);
const AFTER_NAME = /^((?:,?[ \t]*[A-Z][A-Za-z.-]{0,7}){0,4}?)(?:,[ \t]*|[ \t]{2,}|[ \t]*\r?\n[ \t]*)((?:\p{Lu}[\p{L}'’.-]*|&|of|and|the)(?:[ \t](?:\p{Lu}[\p{L}'’.-]*|&|of|and|the)){1,5})(?=[ \t]*(?:\r?\n|$|,|[ \t]{2}))/u;

/**
 * Finds the practice named after a signer (a NAME span in `spans`) and the signer's credentials.
 *
 * @example
 *   signerAffiliations('Clemens Aufderheide, MD  Mile High Travel Clinic', spans, d) // FACILITY "Mile High Travel Clinic"
 */
export function signerAffiliations(text: string, spans: readonly Candidate[], d: DeidDictionaries): Candidate[] {
  const out: Candidate[] = [];
  for (const s of spans) {
    if (s.type !== 'NAME') continue;
    const m = AFTER_NAME.exec(text.slice(s.end, s.end + 96));
    if (!m) continue;
    const credentials = m[1]!.match(/[A-Za-z][A-Za-z.-]*/g) ?? [];
    if (!credentials.every((c) => CREDENTIALS.has(c.replace(/\./g, '').toLowerCase()) || FELLOWSHIPS.has(c))) continue;
    // (A signature: credentials after the name, or "Dr." before it.)
    if (credentials.length === 0 && !/\bDr\.?[ \t]+$/.test(text.slice(Math.max(0, s.start - 4), s.start))) continue;
    const words = m[2]!.split(/[ \t]+/);
    if (!HEADS.has(words[words.length - 1]!)) continue;
    // (Each part of a hyphenated word by itself: "Maternal-Fetal Medicine" is a specialty.)
    const own = words.flatMap((w) => w.split('-')).filter((w) => w !== '' && !GENERIC.has(w.toLowerCase()) && !CREDENTIALS.has(w.toLowerCase()));
    // (One word of its own names the place when a census, a town or no dictionary knows it; else two.)
    const naming = own.some((w) => ((d.wordFlags.get(w.toLowerCase()) ?? 0) & 0x13) !== 0 || !d.englishWords.has(w.toLowerCase())) || own.length >= 2;
    if (!naming) continue;
    const start = s.end + m.index + m[0].length - m[2]!.length;
    const end = start + m[2]!.length;
    if (spans.some((n) => n.type === 'NAME' && n.start < end && start < n.end)) continue;
    out.push({ start, end, type: 'FACILITY', priority: 101 });
  }
  return out;
}
