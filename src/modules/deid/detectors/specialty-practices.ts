// (Pass 17) Specialty practices named by ordinary words and their specialty, where a name stands alone
// in a heading, a signature or a bracket: "Desert Willow Endocrine", "Capital Area Rheumatology",
// "Foot First Podiatry", "Coastal ENT & Audiology", "Clark Fork Spine & Pain", "Metro Eye & Laser".
// The suffix rules of facility-suffixes.ts want a lead that names (a place or a surname); here the
// place in the line says it is a name: after a line start, a dash, a comma, a bracket, "at", "from",
// "to" or "@", and before the line's end, punctuation, a dash or a column gap. At least one lead word
// must be no generic or clinical word ("Pediatric Audiology", "Left Eye" are no practices).
import { CREDENTIALS, FUNCTION_WORDS, MONTHS, NOT_NAMES, TITLES, WEEKDAYS } from '../lexicon';
import { allMatches, PRIORITY, type Candidate, type DetectInput } from './detector';
import { FACILITY_STOP } from './facility-suffixes';

const PAIRED = '(?:Foot|Ankle|Bone|Joint|Spine|Pain|Eye|Laser|ENT|Audiology|Hearing|Balance|Skin|Vein|Hand|Wrist|Sports|Heart|Vascular|Sleep|Cornea|Retina|Dry[ \\t]Eye|Allergy|Asthma|Kidney|Weight|Nutrition|Implants|Oral|Facial|Sinus|Voice|Lung|Chest|Upper[ \\t]Extremity|Maxillofacial(?:[ \\t]Surgery)?|Breast|Colon|Rectal|Digestive|Liver|Pelvic|Vascular|Wellness|' +
  // (pass 20)
  'Pulmonary|Endocrine(?:[ \\t]Surgery)?|Diabetes|Thyroid|Bariatric|Metabolic(?:[ \\t]Surgery)?|Metabolism|Heart[ \\t]Failure|Transplant|Rhythm|Rehab|Nursing|OB|GYN|Gyn|Gynecology|Tissue[ \\t]Bank|Upper[ \\t]Extremity[ \\t]Therapy|Kidney[ \\t]Care)';
const SINGLE = '(?:Endocrine|Endocrinology|Rheumatology|Endodontics|Podiatry|Dentistry|Audiology|Multispecialty|Home[ \\t]Nursing|Occupational[ \\t](?:Medicine|Health|Care)|Dental[ \\t](?:Arts|Lab|Group|Care)|Family[ \\t]Vision|Optical|Eye|Urology|Neurology|Gastroenterology|Cardiology|Dermatology|Oncology|Pulmonary|Nephrology|Midwives|Midwifery|MFM|Podiatry[ \\t]Group|Pathology[ \\t]Partners|Orthodontics|Periodontics|Oral[ \\t]Surgery|Lung[ \\t]Center)';
// The specialty first (a scan for a few capitalized words is fast), then its lead before it.
const HEAD = new RegExp(`(?<=[ \\t])(?:${PAIRED}[ \\t]+(?:&|and)[ \\t]+${PAIRED}|${SINGLE})(?=[ \\t]*(?:$|\\r?\\n|[,()#.;:|]|[—–-][ \\t]|[ \\t]{2}))`, 'g');
const LEAD = /(?:^|\n|[—–-][ \t]|,[ \t]|\([ \t]?|\b(?:at|from|to|by|To|From|At)[ \t]|@[ \t]|:[ \t]+|[ \t]{2})((?:\p{Lu}[\p{Ll}'’-]+[ \t]+){1,3})$/u;
// Lead words that say what kind of care or which side, not whose practice.
const GENERIC = new Set(['pediatric', 'pediatrics', 'adult', 'adults', 'left', 'right', 'both', 'dry', 'general', 'family', 'womens', "women's", 'childrens', "children's", 'comprehensive', 'advanced', 'surgical', 'medical',
  'clinical', 'interventional', 'sports', 'outpatient', 'inpatient', 'home', 'mobile', 'community', 'regional', 'county', 'state', 'city', 'university', 'academic', 'hospital', 'specialty', 'center',
  'clinic', 'department', 'dept', 'division', 'service', 'services', 'consult', 'consultation', 'referral', 'refer', 'referred', 'continue', 'follow', 'followup', 'see', 'seen', 'per', 'via', 'new', 'established',
  'routine', 'urgent', 'acute', 'chronic', 'primary', 'secondary', 'tertiary', 'diabetic', 'diabetes', 'geriatric', 'neonatal', 'adolescent', 'occupational', 'dental', 'vision', 'eye', 'ent', 'foot',
  'spine', 'pain', 'hand', 'heart', 'skin', 'sleep', 'laser', 'bone', 'joint', 'the', 'our', 'your', 'his', 'her', 'their', 'and', 'of', 'ortho', 'neuro', 'cardio', 'peds', 'gi']);

/**
 * Finds specialty practices named by ordinary words before their specialty.
 *
 * @example
 *   detectSpecialtyPractices({ text: 'From: V. Roe, MD, Desert Willow Endocrine, 480-555-0131', ... }) // FACILITY "Desert Willow Endocrine"
 */
export function detectSpecialtyPractices({ text, dictionaries: d }: DetectInput): Candidate[] {
  const out: Candidate[] = [];
  for (const h of allMatches(HEAD, text)) {
    const m = LEAD.exec(text.slice(Math.max(0, h.index! - 64), h.index!));
    if (!m) continue;
    const lead = m[1]!.trim().split(/[ \t]+/);
    const keys = lead.map((w) => w.toLowerCase());
    // (Nor a role in a verb, "Reading MFM:", "Interpreting MFM:".)
    if (keys.some((k) => FUNCTION_WORDS.has(k) || TITLES.has(k) || CREDENTIALS.has(k) || FACILITY_STOP.has(k) || k in MONTHS || WEEKDAYS.has(k) || (k.endsWith('ing') && d.englishWords.has(k)))) continue;
    if (!keys.some((k) => !GENERIC.has(k) && !NOT_NAMES.has(k) && !(d.medicalTerms.has(k) && !d.lastNames.has(k) && !d.cities.has(k)))) continue;
    out.push({ start: h.index! - m[1]!.length, end: h.index! + h[0].length, type: 'FACILITY', priority: PRIORITY.facility });
  }
  return out;
}
