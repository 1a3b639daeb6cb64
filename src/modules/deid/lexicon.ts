// Curated clinical word lists: the context that tells a name, a date or a number apart from
// ordinary clinical language. Lower case throughout.
import type { DeidDictionaries } from './dictionaries';

/**
 * The misspellings a hurried typist makes most: two neighbouring letters swapped ("Febraury").
 *
 * @example
 *   transpositions('March') // ['aMrch', 'Mrach', 'Macrh', 'Marhc']
 */
export function transpositions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  return out;
}

const MONTH_NUMBERS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

const FULL_MONTHS = ['january', 'february', 'march', 'april', 'august', 'september', 'october', 'november', 'december'];
// Months as written, including swapped-letter misspellings of the longer names (keeping the first letter).
export const MONTHS: Record<string, number> = { ...MONTH_NUMBERS };
for (const m of FULL_MONTHS) for (const t of transpositions(m)) if (t[0] === m[0] && !(t in MONTHS)) MONTHS[t] = MONTH_NUMBERS[m]!;
const MONTH_TYPOS = Object.keys(MONTHS).filter((k) => !(k in MONTH_NUMBERS)).map((k) => k[0]!.toUpperCase() + k.slice(1));

export const MONTH_PATTERN = `${MONTH_TYPOS.join('|')}|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?`;

export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays']);

/** Titles written before a person's name. */
export const TITLES = new Set(['dr', 'drs', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'professor', 'rev', 'sr', 'fr', 'mstr', 'master', 'madam', 'sir', 'dame', 'sgt', 'officer', 'capt', 'det', 'detective', 'trooper', 'pastor', 'rabbi', 'imam', 'deacon', 'judge', 'atty',
  // (pass 22) Vietnamese honorifics before a full or given name: "Ông Trần Văn Minh", "Bà Hồng"
  'ông', 'bà',
  // (pass 22) Spanish and Navajo honorifics: "Sra. Ortega", "Hastiin Begay" (not "Doña": Doña Ana County)
  'sra', 'srta', 'hastiin',
  // (pass 24) police ranks written short: "Ofc Mancini", "Cpl. Haines" (not "Deputy": "Deputy Clerk")
  'ofc', 'ofcr', 'cpl']);

/** Lower-case particles inside surnames ("De la Cruz", "van der Berg", "bin Laden"). */
export const NAME_PARTICLES = new Set(['de', 'la', 'del', 'della', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'le', 'ter', 'ten', 'bin', 'ibn', 'al', 'el', 'dos', 'das', 'st']);

/** Words after which the next capitalized words are a person's name. */
export const NAME_CUES = new Set([
  'patient', 'pt', 'name', 'attending', 'resident', 'intern', 'fellow', 'pcp', 'provider', 'physician', 'surgeon',
  'signed', 'dictated', 'transcribed', 'reviewed', 'cosigned', 'co-signed', 'author', 'authored', 'cc', 'dear', 'contact',
  'guardian', 'caregiver', 'nok', 'kin', 'hcp', 'proxy', 'poa', 'interpreter', 'witness', 'manager', 'worker', 'pharmacist',
  'consultant', 'nurse', 'rn', 'np', 'by', 'with', 'd/w', 'called', 'paged', 'per', 'mother', 'father', 'daughter', 'son',
  'wife', 'husband', 'spouse', 'partner', 'sister', 'brother', 'grandson', 'granddaughter', 'grandmother', 'grandfather',
  'niece', 'nephew', 'aunt', 'uncle', 'friend', 'neighbor', 'neighbour', 'boyfriend', 'girlfriend', 'fiance', 'fiancee',
  'cousin', 'stepson', 'stepdaughter', 'stepmother', 'stepfather', 'roommate', 'employer', 'sincerely', 'regards', 'thanks',
  'mom', 'dad', 'grandma', 'grandpa', 'child', 'children', 'informant', 'referred', 'referring', 'admitted', 'covering',
  'sig', 'signature', 'therapist', 'counselor', 'chaplain', 'midwife', 'dentist', 'medic', 'paramedic', 'attendant', 'driver',
  'oncologist', 'cardiologist', 'neurologist', 'nephrologist', 'psychiatrist', 'psychologist', 'urologist', 'dermatologist',
  'pediatrician', 'hospitalist', 'intensivist', 'anesthesiologist', 'radiologist', 'pathologist', 'endocrinologist',
  'gastroenterologist', 'pulmonologist', 'rheumatologist', 'surgeon', 'ophthalmologist', 'obstetrician', 'gynecologist',
  'dietitian', 'ordering', 'submitting', 'caller', 'crew', 'operator', 'educator', 'sitter', 'donor', 'siblings', 'sibling', 'sib', 'sons', 'daughters', 'brothers', 'sisters', 'grandchildren', 'grandsons', 'granddaughters', 'stepbrother', 'stepsister', 'goddaughter', 'godson', 'godmother', 'godfather', 'cosign', 'attn', 'assistant', 'assist', 'preceptor', 'student', 'scribe', 'doula', 'sponsor', 'landlord', 'housemate', 'companion', 'fob', 'technician', 'tech', 'phlebotomist', 'initials', 'seeing', 'see', 're', 'saw', 'visited', 'accompanied', 'aide', 'chaperone', 'coordinator', 'director', 'administrator', 'from', 'to', 'and', 'or',
  'employee', 'adjuster', 'caseworker', 'subscriber', 'guarantor', 'claimant', 'registrar', 'supervisor', 'foreman', 'sonographer',
  'technologist', 'advocate', 'ombudsman', 'liaison', 'navigator', 'representative',
  // (pass 12) people around a patient at work, school and home, and in-laws in shorthand
  'coworker', 'colleague', 'boss', 'teacher', 'coach', 'classmate', 'tutor', 'babysitter', 'nanny', 'housekeeper',
  'bf', 'gf', 'mil', 'fil', 'bil', 'sil', 'dil', 'stepmom', 'stepdad', 'granny', 'nana',
  // (pass 12) relations in Spanish notes: "Su esposo Efraín"
  'esposo', 'esposa', 'hijo', 'hija', 'madre', 'padre', 'hermano', 'hermana', 'abuela', 'abuelo', 'tio', 'tia', 'tío', 'tía', 'sobrino', 'sobrina', 'nieto', 'nieta', 'novio', 'novia',
  // (pass 13) a long-term care resident and the aide who cared for them
  'res', 'cna',
  // (pass 20) the person a record is about, by the program's word, and a soldier's case manager:
  // "Veteran: Gideon Ravensworth", "Client: Philippa Marchand", "MSC: Wren Kallistrate"
  'veteran', 'vet', 'client', 'soldier', 'consumer', 'camper', 'inmate', 'decedent', 'recipient', 'beneficiary', 'insured', 'msc',
  // (pass 22) a newborn by its given name, its parents, and hearing screeners: "Baby Hudson nursing
  // well", "Infant: Theo", "Parents Shaylene and Jaylen", "screener R. Villaseñor"
  'baby', 'infant', 'newborn', 'parents', 'screener',
]);

/**
 * (Pass 14) Roles written in lower case before a person's name, strong cues only then ("aide
 * Precious", "clerk Jasmine", "coordinator Bev", "dr Akinyemi", "baby Wyatt", "sib Diego"); in
 * capitals they head a title or a program ("Nurse Navigator Program", "Baby Boy").
 */
export const LOWER_ROLE_CUES = new Set([
  'aide', 'aides', 'clerk', 'coordinator', 'navigator', 'deputy', 'trooper', 'officer', 'detective', 'sergeant', 'sib', 'sibs',
  'baby', 'infant', 'parents', 'grandkids', 'grandparents', 'stepdad', 'stepmom', 'asst', 'assistant', 'fiancée', 'liaison',
  'advocate', 'coach', 'teacher', 'cna', 'lpn', 'scribe', 'dr',
  // (pass 22) "rep Marcus", "nurse Precious", "promotora Lucha", "house mgr Skip"
  'rep', 'nurse', 'promotora', 'promotor', 'mgr',
  // (pass 24) "biomed Sal", "pharm Vo", "security Kowalski", "interp Lucia"
  'biomed', 'pharm', 'security', 'interp', 'reviewer', 'manager',
]);

/** Cue words strong enough that an unknown capitalized word after them is taken as a name. */
export const STRONG_NAME_CUES = new Set([
  'name', 'attending', 'resident', 'intern', 'fellow', 'pcp', 'signed', 'dictated', 'transcribed', 'cosigned', 'co-signed',
  'author', 'dear', 'guardian', 'caregiver', 'nok', 'hcp', 'proxy', 'poa', 'interpreter', 'witness', 'mother', 'father',
  'daughter', 'son', 'wife', 'husband', 'spouse', 'partner', 'sister', 'brother', 'grandson', 'granddaughter', 'grandmother',
  'grandfather', 'niece', 'nephew', 'aunt', 'uncle', 'friend', 'neighbor', 'neighbour', 'boyfriend', 'girlfriend', 'fiance',
  'fiancee', 'cousin', 'stepson', 'stepdaughter', 'roommate', 'sincerely', 'regards', 'mom', 'dad', 'grandma', 'grandpa',
  'informant', 'd/w', 'paged', 'cc', 'chaplain', 'therapist', 'counselor', 'tech', 'technician', 'phlebotomist', 'initials',
  'seeing', 'thanks', 'best', 'cheers', 'warmly', 'cordially', 'caller', 'sitter', 'donor', 'siblings', 'sibling', 'sons',
  'daughters', 'brothers', 'sisters', 'grandchildren', 'grandsons', 'granddaughters', 'stepbrother', 'stepsister', 'goddaughter',
  'godson', 'godmother', 'godfather', 'children', 'kids', 'doula', 'sponsor', 'landlord', 'housemate', 'companion', 'fob', 'educator',
  'adjuster', 'caseworker', 'sonographer', 'technologist', 'subscriber', 'guarantor', 'claimant',
  // (pass 18) the person a record is about in programs, courts, crisis lines and portals
  'participant', 'texter', 'applicant', 'enrollee',
]);

for (const cue of [...STRONG_NAME_CUES]) {
  NAME_CUES.add(cue);
  if (cue.length < 5) continue;
  for (const t of transpositions(cue)) {
    STRONG_NAME_CUES.add(t);
    NAME_CUES.add(t);
  }
}

/** Credentials written after a clinician's name ("Jane Roe, MD"). */
export const CREDENTIALS = new Set([
  'md', 'm.d', 'do', 'd.o', 'rn', 'np', 'pa', 'pa-c', 'phd', 'msw', 'lcsw', 'licsw', 'rd', 'pt', 'ot', 'dpt', 'cnm', 'crna', 'dds',
  'dmd', 'pharmd', 'fnp', 'anp', 'aprn', 'mbbs', 'facc', 'facp', 'facs', 'lpn', 'cna', 'bsn', 'msn', 'dnp', 'mph', 'rph', 'slp',
  'ccc-slp', 'otr', 'otr/l', 'lmft', 'lpc', 'psyd', 'np-c', 'fnp-c', 'agnp', 'cns', 'rrt', 'emt', 'paramedic', 'mba', 'od', 'nrp', 'aemt', 'ccp', 'flp',
  'lmsw', 'arnp', 'crnp', 'acnp', 'pmhnp', 'whnp', 'cnp', 'lisw', 'lmhc', 'ladc', 'cadc', 'bcba', 'cdce', 'ibclc', 'cota', 'rdn',
  // certifications written after a name (pass 5): "RN, CDCES", "RD, LDN", "PharmD, BCPS"
  'cdces', 'cde', 'ldn', 'cm', 'ccm', 'lcadc', 'casac', 'bc', 'cht', 'ocs', 'cscs', 'scs', 'ncs', 'cws', 'cdp', 'crrn', 'cpps', 'cgrn', 'cnor', 'cpan', 'capa', 'cbn', 'cnn', 'ccc', 'ccc-a', 'sp', 'acnp-bc', 'ccrn', 'cpnp', 'bcps', 'bcop', 'bcpp', 'cpht', 'fnp-bc', 'anp-bc', 'agpcnp-bc', 'agacnp-bc', 'pmhnp-bc', 'rnc', 'rnc-ob', 'cen', 'cnrn', 'ocn', 'cwocn', 'cwon', 'cmsrn', 'pccn', 'chpn', 'ccm', 'lcpc', 'lsw', 'rdms', 'rvt', 'rdcs', 'rcs', 'dpm', 'aud', 'atc', 'mls', 'clc', 'cnl', 'cns-bc', 'ibclc-rlc', 'cphq', 'ncsn', 'cpn', 'chse', 'cfre',
  // (pass 22) public-health nurses, community health workers, counselors and chaplains
  'phn', 'chw', 'lcdc', 'mdiv', 'qmhp', 'coa', 'rdhap', 'chr', 'nnp', 'nha', 'rpsgt', 'esq',
  // (pass 23) radiation therapists, dosimetrists and physicists: "Okwu (RTT)"
  'rtt', 'cmd', 'dabr',
]);

/**
 * Capitalized words that look like names in the dictionaries but are clinical vocabulary, section
 * headers, abbreviations or calendar words. A name found through a strong cue ("Dr.") still wins.
 */
export const NOT_NAMES = new Set([
  // (pass 22) record labels a name runs into: "Ông Minh MBI 5HF3-TC2-NM19"
  'mbi', 'hicn', 'fin', 'csn',
  // (pass 22) form sections, a vital sign's letters, a proxy's role, vaccines, chairs, bed alarms and insurers
  'sect', 'spo', 'vit', 'hcpoa', 'healon', 'highmark', 'crl', 'fess', 'pano', 'panto', 'twinrix', 'broda', 'posey', 'invacare', 'genworth',
  // (pass 18) brands, payers, apps and mixed-case vaccine and lab abbreviations read as names
  'libre', 'brilinta', 'prevalon', 'humana', 'whatsapp', 'philips', 'hugger', 'tdap', 'hepa', 'hepb', 'hbss', 'peth',
  'patient', 'pt', 'pts', 'plan', 'assessment', 'history', 'hpi', 'pmh', 'psh', 'meds', 'medications', 'allergies', 'exam',
  'labs', 'impression', 'diagnosis', 'discharge', 'admission', 'followup', 'follow', 'hospital', 'clinic', 'department',
  'emergency', 'team', 'service', 'unit', 'floor', 'room', 'bed', 'home', 'rehab', 'nursing', 'note', 'notes', 'report',
  'summary', 'letter', 'date', 'time', 'age', 'sex', 'male', 'female', 'man', 'woman', 'gentleman', 'lady', 'mrn', 'dob',
  'ssn', 'phone', 'fax', 'tel', 'email', 'address', 'city', 'state', 'zip', 'county', 'street', 'avenue', 'road', 'suite',
  'apt', 'insurance', 'medicare', 'medicaid', 'policy', 'member', 'account', 'acct', 'license', 'serial', 'device', 'model',
  'vital', 'vitals', 'signs', 'general', 'heent', 'neck', 'chest', 'lungs', 'heart', 'cardiac', 'abdomen', 'abd', 'extremities',
  'ext', 'neuro', 'psych', 'skin', 'msk', 'gu', 'gi', 'cv', 'resp', 'ros', 'cc', 'chief', 'complaint', 'social', 'family',
  'physical', 'review', 'systems', 'results', 'result', 'imaging', 'studies', 'procedure', 'procedures', 'course', 'condition',
  'disposition', 'instructions', 'diet', 'activity', 'code', 'status', 'full', 'dnr', 'dni', 'cmo', 'icu', 'ccu', 'micu', 'sicu',
  'nicu', 'picu', 'pacu', 'ed', 'er', 'or', 'snf', 'ltac', 'vna', 'hha', 'pcp', 'cardiology', 'neurology', 'oncology', 'surgery',
  'medicine', 'pediatrics', 'psychiatry', 'radiology', 'pathology', 'urology', 'orthopedics', 'ortho', 'gyn', 'ob', 'obgyn',
  'nephrology', 'pulmonary', 'pulm', 'renal', 'id', 'hospitalist', 'anesthesia', 'pharmacy', 'nutrition', 'lab', 'laboratory',
  'specimen', 'collected', 'received', 'reported', 'ordered', 'ordering', 'verified', 'final', 'preliminary', 'reference',
  'range', 'flag', 'units', 'value', 'test', 'component', 'source', 'blood', 'urine', 'serum', 'plasma', 'culture', 'sensitivity',
  'negative', 'positive', 'normal', 'abnormal', 'high', 'low', 'critical', 'referral', 'reason', 'referring', 'consult',
  'consultation', 'request', 'requested', 'thank', 'thanks', 'sincerely', 'regards', 'dear', 'colleague', 're', 'subject',
  'signed', 'electronically', 'dictated', 'transcribed', 'attending', 'resident', 'nurse', 'rn', 'np', 'md', 'do', 'pa', 'phd',
  'brief', 'hospitalization', 'interval', 'today', 'tomorrow', 'yesterday', 'tonight', 'morning', 'evening', 'night', 'shift',
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'am', 'pm', 'noon', 'midnight', 'per', 'via', 'ok', 'okay',
  'yes', 'no', 'none', 'denies', 'reports', 'states', 'noted', 'seen', 'given', 'started', 'stopped', 'continue', 'continued',
  'increase', 'decrease', 'hold', 'held', 'start', 'stop', 'mg', 'mcg', 'ml', 'prn', 'bid', 'tid', 'qid', 'qd', 'qhs', 'daily',
  'po', 'iv', 'im', 'sq', 'sc', 'npo', 'tab', 'tabs', 'cap', 'caps', 'inh', 'neb', 'nebs', 'gtt', 'drip', 'bolus', 'wbc', 'hgb',
  'hct', 'plt', 'bmp', 'cmp', 'cbc', 'inr', 'ptt', 'bun', 'cr', 'na', 'cl', 'hco', 'glucose', 'lactate', 'troponin', 'bnp', 'tsh',
  'ua', 'ucx', 'bcx', 'cxr', 'ct', 'cta', 'mri', 'mra', 'ekg', 'ecg', 'echo', 'tte', 'tee', 'eeg', 'emg', 'us', 'kub', 'dexa',
  'english', 'spanish', 'french', 'portuguese', 'chinese', 'mandarin', 'cantonese', 'vietnamese', 'russian', 'arabic', 'haitian',
  'creole', 'korean', 'japanese', 'italian', 'german', 'polish', 'hindi', 'somali', 'american', 'african', 'asian', 'hispanic',
  'latino', 'latina', 'caucasian', 'christian', 'catholic', 'jewish', 'muslim', 'hindu', 'buddhist', 'jehovah',
  'god', 'lord', 'jesus', 'christ', 'bible', 'honda', 'toyota', 'nissan', 'hyundai', 'kia', 'subaru', 'mazda', 'chevy',
  'chevrolet', 'dodge', 'jeep', 'volkswagen', 'bmw', 'audi', 'tesla', 'lexus', 'acura', 'buick', 'cadillac', 'civic', 'camry', 'corolla', 'afib', 'aflutter', 'nstemi', 'stemi', 'copd', 'chf', 'cad', 'htn', 'hld', 'dm',
  'ckd', 'esrd', 'aki', 'uti', 'cva', 'tia', 'dvt', 'pe', 'gerd', 'bph', 'osa', 'ptsd', 'adhd', 'hiv', 'aids', 'hcv', 'hbv', 'covid',
  'sars', 'mrsa', 'vre', 'cdiff', 'tb', 'ppd', 'gcs', 'nihss', 'ecog', 'nyha', 'asa', 'ace', 'arb', 'ssri', 'nsaid', 'nsaids',
  'tylenol', 'motrin', 'advil', 'aleve', 'lasix', 'coumadin', 'eliquis', 'xarelto', 'plavix', 'lipitor', 'zocor', 'norvasc',
  'zoloft', 'prozac', 'lexapro', 'ativan', 'xanax', 'valium', 'haldol', 'seroquel', 'zyprexa', 'ambien', 'keppra', 'dilantin',
  'lovenox', 'heparin', 'insulin', 'lantus', 'humalog', 'novolog', 'metformin', 'januvia', 'synthroid', 'prednisone', 'decadron',
  'zosyn', 'vanco', 'vancomycin', 'cipro', 'levaquin', 'bactrim', 'keflex', 'augmentin', 'flagyl', 'zithromax', 'narcan',
  'dilaudid', 'percocet', 'vicodin', 'oxycontin', 'neurontin', 'lyrica', 'flomax', 'proscar', 'protonix', 'nexium', 'prilosec',
  'pepcid', 'zofran', 'reglan', 'colace', 'senna', 'miralax', 'dulcolax', 'foley', 'picc', 'jp', 'ngt', 'peg', 'trach', 'vent',
  'bipap', 'cpap', 'hfnc', 'nc', 'nrb', 'ra', 'o2', 'spo2', 'sat', 'sats', 'bp', 'hr', 'rr', 'temp', 'wt', 'ht', 'bmi',
  'comp', 'comps', 'moca',
  // brands, rooms, labels and faiths (pass 6)
  'bio', 'epipen', 'auvi-q', 'resus', 'referrals', 'baptist', 'methodist', 'lutheran', 'presbyterian', 'episcopal', 'pentecostal',
  'mormon', 'adventist', 'evangelical', 'orthodox', 'protestant',
  // (pass 13) "Next RN visit Monday", "Fasting for Ramadan", "Probation Officer ...", "Funeral home", a state plan,
  // "ROS - neg"
  'next', 'ramadan', 'probation', 'funeral', 'masshealth', 'campus', 'neg', 'pos', 'nl',
  // (pass 20) "CLIENT IP 180.90.221.33": an address, whatever surname it spells
  'ip',
]);

/**
 * Eponyms, score and test names that are also surnames ("Parkinson", "Apgar", "Foley"): never a
 * name on their own, only with a cue ("Dr. Foley") or beside a first name ("Mary Foley").
 */
export const EPONYMS = new Set([
  // (pass 22) eye, ear and obstetric tests, devices and references: "Titmus fly",
  // "Frenzel goggles", "Busin glide", "McRoberts maneuver", "Hazelbaker score", "Baerveldt tube", "LactMed"
  'eschenbach', 'titmus', 'busin', 'frenzel', 'hazelbaker', 'mcroberts', 'baerveldt', 'lactmed',
  // (pass 18) signs, scores and scales of rehabilitation and anaesthesia: "Waddell signs 3/5", "Aldrete 9", "Borg 13"
  'waddell', 'barbeau', 'aldrete', 'borg', 'bair',
  'parkinson', 'parkinsons', 'alzheimer', 'alzheimers', 'hodgkin', 'hodgkins', 'crohn', 'crohns', 'graves', 'hashimoto',
  'cushing', 'addison', 'bell', 'bells', 'apgar', 'glasgow', 'babinski', 'murphy', 'kernig', 'brudzinski', 'homan', 'homans',
  'romberg', 'trendelenburg', 'valsalva', 'heimlich', 'epley', 'dix', 'hallpike', 'lachman', 'mcmurray', 'phalen', 'tinel',
  'finkelstein', 'allen', 'doppler', 'holter', 'swan', 'ganz', 'whipple', 'nissen', 'roux', 'hartmann', 'billroth', 'kocher',
  'neer', 'hawkins', 'hadlock', 'schmitt', 'bruce', 'mallampati', 'wells', 'curb', 'child', 'pugh', 'meld', 'ranson', 'caprini', 'braden', 'morse', 'barthel', 'folstein', 'beck',
  'gleason', 'breslow', 'clark', 'ann', 'arbor', 'duke', 'framingham', 'cockcroft', 'gault', 'fick', 'starling', 'frank',
  'korotkoff', 'wernicke', 'korsakoff', 'guillain', 'barre', 'stevens', 'johnson', 'tourette', 'asperger', 'down', 'turner',
  'marfan', 'ehlers', 'danlos', 'raynaud', 'sjogren', 'wilson', 'wilms', 'ewing', 'kaposi', 'burkitt', 'barrett', 'zenker',
  'meckel', 'hirschsprung', 'kawasaki', 'takayasu', 'wegener', 'behcet', 'reiter', 'paget', 'osgood', 'schlatter', 'colles',
  'smith', 'jones', 'bennett', 'boxer', 'monteggia', 'galeazzi', 'salter', 'harris', 'lisfranc', 'jefferson', 'hangman',
  'chance', 'baker', 'dupuytren', 'heberden', 'bouchard', 'osler', 'janeway', 'roth', 'virchow', 'kussmaul', 'cheyne', 'stokes',
  'austin', 'flint', 'graham', 'steell', 'levine', 'beck', 'quincke', 'argyll', 'robertson', 'horner', 'adie', 'marcus', 'gunn',
  'snellen', 'weber', 'rinne', 'mcburney', 'rovsing', 'psoas', 'obturator', 'cullen', 'grey', 'turner', 'tanner', 'hegar',
  'chadwick', 'goodell', 'naegele', 'bishop', 'leopold', 'mauriceau', 'ballard', 'dubowitz', 'moro', 'ortolani', 'barlow',
  'galeazzi', 'pavlik', 'denver', 'gesell', 'wechsler', 'stanford', 'binet', 'minnesota', 'mini', 'mental', 'montreal', 'moca',
  'mmse', 'phq', 'gad', 'audit', 'cage', 'ciwa', 'cows', 'rass', 'cam', 'sofa', 'qsofa', 'apache', 'timi', 'grace', 'heart',
  'chads', 'vasc', 'hasbled', 'kelly', 'kelly', 'mayo', 'cleveland', 'hopkins', 'sloan', 'kettering', 'anderson',
  // scores and staging systems (pass 4)
  'hoehn', 'yahr', 'tyrer', 'cuzick', 'blatchford', 'rockall', 'nottingham', 'killip', 'karnofsky', 'charlson', 'epworth', 'tinetti',
  'alvarado', 'centor', 'sgarbossa', 'schatzker', 'gustilo', 'wexner', 'khorana', 'spetzler',
  // eponymous signs, catheters and lines; reversal agents and factor concentrates by brand (pass 5)
  'trousseau', 'chvostek', 'tenckhoff', 'groshong', 'broviac', 'mahurkar', 'pleurx', 'permcath', 'hohn', 'rovsing', 'mcburney', 'nikolsky', 'kussmaul', 'lhermitte', 'spurling', 'finkelstein', 'hoffmann', 'durkan', 'gottron', 'janeway', 'quincke', 'duroziez', 'chadwick', 'hegar', 'leopold', 'hickman', 'penrose', 'malecot', 'sengstaken', 'blakemore', 'councill', 'pezzer', 'ganz',
  // scores, landmarks and needles named after people (pass 6)
  'westley', 'apfel', 'huber', 'palmer', 'palmers', 'barretts', 'apgars',
  'andexxa', 'ondexxya', 'praxbind', 'kcentra', 'octaplex', 'beriplex', 'profilnine', 'feiba', 'novoseven', 'idarucizumab', 'andexanet',
]);

/**
 * Clinical abbreviations that notes write in capitals: units, labs, devices, lines, scores,
 * procedures and staff roles. Several are also census names or US towns ("ALT", "PEG", "DON",
 * "CAM", "ADA"); written in capitals inside mixed-case text they are the abbreviation.
 */
export const CLINICAL_ABBREVIATIONS = new Set([
  // units and places in a hospital
  'ed', 'er', 'icu', 'ccu', 'micu', 'sicu', 'nicu', 'picu', 'cvicu', 'csicu', 'cticu', 'tsicu', 'nsicu', 'neuroicu', 'pacu', 'pcu', 'sdu',
  'imu', 'ltac', 'osh', 'ir', 'cath', 'eps', 'ep', 'l&d', 'ld', 'bmt', 'heme', 'onc', 'peds', 'tele', 'obs', 'cdu', 'ems', 'als', 'bls', 'biba',
  'ob', 'nb', 'ldr', 'mbu', 'rrt', 'ptu', 'ssu', 'pre-op', 'preop', 'postop', 'or', 'triage', 'gen', 'med', 'surg', 'medsurg',
  // labs and vitals
  'alt', 'ast', 'alp', 'ggt', 'ldh', 'ck', 'cpk', 'ckmb', 'bnp', 'nt', 'probnp', 'tsh', 'ft4', 'pth', 'esr', 'crp', 'abg', 'vbg', 'inr', 'pt',
  'ptt', 'aptt', 'hba1c', 'a1c', 'lfts', 'lft', 'bmp', 'cmp', 'cbc', 'diff', 'rdw', 'mcv', 'mch', 'mchc', 'anc', 'alc', 'egfr', 'gfr', 'uacr',
  'upcr', 'psa', 'cea', 'afp', 'ca', 'ldl', 'hdl', 'tg', 'tsat', 'tibc', 'bgl', 'fsbg', 'fs', 'poc', 'map', 'cvp', 'sbp', 'dbp', 'hr', 'rr',
  'etco2', 'fio2', 'peep', 'rsbi', 'sbt', 'sat', 'gcs', 'mae', 'perrla', 'eomi', 'jvd', 'rrr', 'ctab', 'ntnd', 'nabs', 'wwp', 'aox3',
  'ua', 'ucx', 'bcx', 'csf', 'lp', 'uds', 'etoh', 'bal', 'ana', 'anca', 'rf', 'ccp', 'dsdna', 'spep', 'upep', 'flc', 'hla', 'pcr', 'rpr',
  'hcg', 'bhcg', 'trop', 'hgb', 'hct', 'plt', 'wbc', 'rbc', 'mg', 'phos', 'k', 'iron', 'ferritin',
  // devices, lines, imaging, procedures
  'peg', 'pej', 'gj', 'ngt', 'ogt', 'dht', 'picc', 'tlc', 'cvc', 'aline', 'ij', 'sc', 'hd', 'crrt', 'cvvh', 'cvvhd', 'pd', 'avf', 'avg',
  'aicd', 'icd', 'ppm', 'crt', 'crt-d', 'lvad', 'iabp', 'ecmo', 'impella', 'cpap', 'bipap', 'hfnc', 'nrb', 'ett', 'lma', 'trach', 'scd',
  'scds', 'ted', 'teds', 'ivc', 'svc', 'ijv', 'dvt', 'vq', 'cxr', 'kub', 'ct', 'cta', 'mri', 'mra', 'mrcp', 'ercp', 'egd', 'eus', 'tee', 'tte',
  'ekg', 'ecg', 'eeg', 'emg', 'ncs', 'pft', 'pfts', 'dexa', 'pet', 'spect', 'us', 'duplex', 'abi', 'cabg', 'pci', 'ptca', 'des', 'bms',
  'tavr', 'savr', 'mvr', 'avr', 'tka', 'tha', 'orif', 'turp', 'lap', 'chole', 'appy', 'ex-lap', 'i&d', 'dbs', 'vp', 'evd', 'tpa', 'tnk',
  'ebl', 'uop', 'prbc', 'prbcs', 'ffp', 'cryo', 'plts', 'ivig', 'tpn', 'ppn', 'npo', 'adat', 'c-collar', 'lsb', 'ked', 'bvm', 'opa', 'npa',
  // scores, diagnoses, drug classes
  'nihss', 'curb', 'timi', 'heart', 'chads', 'chads2', 'cha2ds2', 'vasc', 'hasbled', 'meld', 'apache', 'sofa', 'qsofa', 'sirs', 'news',
  'mews', 'phq', 'gad', 'cam', 'rass', 'ciwa', 'cows', 'audit', 'sbirt', 'moca', 'mmse', 'ecog', 'kps', 'nyha', 'asa', 'bmi', 'bsa', 'ef',
  'lvef', 'hfref', 'hfpef', 'acs', 'nstemi', 'stemi', 'mi', 'cad', 'chf', 'hf', 'afib', 'af', 'aflutter', 'svt', 'vt', 'vf', 'pea', 'rosc',
  'cpr', 'acls', 'copd', 'ards', 'pna', 'cap', 'hap', 'vap', 'uti', 'cauti', 'clabsi', 'ssi', 'sbp', 'hrs', 'aki', 'ckd', 'esrd', 'dka',
  'hhs', 'dm', 'dm2', 't2dm', 't1dm', 'htn', 'hld', 'osa', 'gerd', 'bph', 'ibd', 'ibs', 'ms', 'als', 'sle', 'ra', 'oa', 'tbi', 'sah', 'sdh',
  'ich', 'cva', 'tia', 'pe', 'ams', 'loc', 'sob', 'doe', 'cp', 'n/v', 'abx', 'acei', 'ace', 'arb', 'arni', 'sglt2i', 'glp1', 'bb', 'ccb',
  'ppi', 'nsaid', 'ssri', 'snri', 'tca', 'maoi', 'doac', 'noac', 'lmwh', 'ufh', 'pcn', 'vanc', 'pip', 'tazo', 'mrsa', 'mssa', 'vre', 'esbl',
  'cdiff', 'hiv', 'hcv', 'hbv', 'rsv', 'flu', 'covid', 'sars',
  // roles, documents and care words
  'don', 'adon', 'cna', 'lpn', 'rn', 'np', 'pa', 'md', 'do', 'sw', 'cm', 'pt', 'ot', 'slp', 'rt', 'emt', 'nrp', 'aemt', 'mar', 'emar', 'pcp',
  'hcp', 'poa', 'dnr', 'dni', 'molst', 'polst', 'cmo', 'goc', 'vna', 'hha', 'snf', 'alf', 'ltach', 'irf', 'dme', 'adl', 'adls', 'iadl',
  'iadls', 'oob', 'wbat', 'nwb', 'ttwb', 'pwb', 'rom', 'prom', 'arom', 'hep', 'ama', 'lwbs', 'prn', 'stat', 'asap', 'npo', 'iv', 'po',
  'pr', 'sl', 'im', 'sq', 'inh', 'neb', 'hpi', 'pmh', 'psh', 'fh', 'sh', 'ros', 'a/p', 'ap', 'dx', 'ddx', 'tx', 'rx', 'hx', 'sx', 'fx', 'bx',
  'cx', 'f/u', 'fu', 'rtc', 'wnl', 'nad', 'nkda', 'nka', 'vss', 'afvss', 'ivf', 'lr', 'ns', 'd5w', 'kcl',
  // glaucoma, grafts and vessels, heart failure, obstetrics, records and schedules (issue 6, pass 2)
  'poag', 'pacg', 'ntg', 'iop', 'slt', 'lima', 'rima', 'svg', 'lad', 'lcx', 'rca', 'pda', 'hfmref', 'hfimpef', 'gdmt', 'pvd', 'pad',
  'oab', 'doi', 'doa', 'lmp', 'edc', 'edd', 'ega', 'bpp', 'nst', 'gbs', 'sve', 'pprom', 'srom', 'emr', 'ehr', 'ccd', 'phi', 'hie', 'mwf', 'tts', 'tth', 'nct',
  // echocardiography and cardiology measurements (pass 5): "LAVI 38", "TV regurgitation", "TAPSE 1.9"
  // procedures, guidelines, genes and surfactant techniques in capitals (pass 6): "Plan DAIR", "GINA step 3", "KRAS", "LISA"
  'dair', 'gina', 'gold', 'kras', 'nras', 'braf', 'alk', 'ros1', 'idh1', 'idh2', 'lisa', 'le', 'ue', 'ip', 'na', 'aa', 'tr',
  'lavi', 'lav', 'tv', 'mv', 'av', 'pv', 'tapse', 'rvsp', 'pasp', 'lvot', 'rvot', 'vti', 'lvef', 'lvedd', 'lvesd', 'lvidd', 'lvids', 'ivsd', 'ivs', 'lvpw', 'pwd', 'ivrt', 'ava', 'mva', 'gls', 'lvh', 'rvh', 'lae', 'rae', 'tr', 'pfo', 'asd', 'vsd',
  // tests, diagnoses and message segments in capitals (pass 13): "IGRA pending", "cirrhosis (NASH)", "OBX|2|NM", "II/VI SEM"
  'igra', 'nash', 'asam', 'obx', 'obr', 'pid', 'msh', 'pv1', 'mvc', 'lada', 'peth', 'hfpef', 'sem',
]);

// Function words that end or split a place name ("via", "per", "the", pronouns, auxiliaries).
// A dose right after a word makes the word a drug, whatever the word lists say of it: "Norco 5/325",
// "Keppra 500 mg" (read by the engine's last filter and by the token model). Not grams or
// millilitres: "Baby girl Camila 3120 g", "Rowan 75 mL EBM" are a newborn's weight and a feed.
export const DOSE_AFTER = /^[ \t]*(?:\d[\d.,]*[ \t]?(?:mg|mcg|units?|u|IU|mEq|meq|tabs?|caps?|puffs?|drops?|gtts?|patch)\b|\d{1,2}(?:\.\d)?\/\d{3}\b)/;

export const FUNCTION_WORDS = new Set(['via', 'per', 'from', 'into', 'and', 'or', 'but', 'the', 'a', 'an', 'is', 'was', 'are', 'were', 'be', 'to', 'of', 'for', 'with', 'at', 'in', 'on', 'by', 'as', 'he', 'she', 'we', 'they', 'it', 'this', 'that', 'see', 'seen', 'would', 'will', 'can', 'could', 'should', 'able', 'her', 'his', 'him', 'them', 'who', 'which', 'not', 'no', 'if', 'then', 'so']);

/**
 * Peoples, nations and languages a note names a patient by (pass 13): "57 yo Chamorro woman",
 * "Tagalog-speaking RN", "Mam interpreter", "Native Hawaiian man". Not PHI on their own; those that
 * are also given names (Maya, Karen, Dakota) are left out. Kept apart from NOT_NAMES because they
 * also begin organisations ("Hebrew Rehab Center") and end surnames ("Al-Yemeni").
 */
export const PEOPLES: ReadonlySet<string> = new Set([
  'chamorro', 'tagalog', 'ilocano', 'visayan', 'cebuano', 'samoan', 'tongan', 'fijian', 'marshallese', 'chuukese', 'palauan',
  'hawaiian', 'filipino', 'filipina', 'hmong', 'laotian', 'khmer', 'cambodian', 'burmese', 'nepali', 'bhutanese', 'tibetan',
  'punjabi', 'urdu', 'bengali', 'gujarati', 'tamil', 'telugu', 'farsi', 'persian', 'dari', 'pashto', 'kurdish', 'turkish',
  'amharic', 'tigrinya', 'oromo', 'swahili', 'kinyarwanda', 'kirundi', 'yoruba', 'igbo', 'hausa', 'wolof', 'fulani', 'lingala',
  'verdean', 'navajo', 'diné', 'dine', 'lakota', 'ojibwe', 'choctaw', 'hopi', 'yupik', "yup'ik", 'yugtun', 'inupiaq', 'inupiat',
  'aleut', 'alutiiq', 'tlingit', 'mam', "k'iche", 'quiche', 'mixteco', 'mixtec', 'zapotec', 'triqui', 'nahuatl', 'mayan',
  'yemeni', 'iraqi', 'syrian', 'lebanese', 'afghan', 'ukrainian', 'bosnian', 'albanian', 'romanian', 'hungarian', 'czech',
  'slovak', 'greek', 'armenian', 'hebrew', 'yiddish', 'guatemalan', 'salvadoran', 'honduran', 'mexican', 'dominican', 'cuban',
  'colombian', 'venezuelan', 'jamaican', 'nigerian', 'ghanaian', 'liberian', 'ethiopian', 'eritrean', 'sudanese', 'congolese',
  'kenyan', 'ugandan', 'rwandan', 'burundian', 'cameroonian', 'senegalese', 'gullah', 'geechee', 'cajun', 'amish', 'mennonite',
  'hutterite', 'micronesian', 'polynesian', 'melanesian', 'islander',
  'native', 'indigenous', 'alaska', 'american', 'pacific',
]);

/**
 * (Pass 20) A word these lists know as no name on its own: a non-name, clinical, function, title,
 * credential, cue, month or weekday word. One definition for the rules that read a name from its
 * place in a row, a log or a header (name-before-age, name-rows, name-chats).
 *
 * @example
 *   neverAName('attending') // true; neverAName('oyelaran') // false
 */
export function neverAName(key: string): boolean {
  return NOT_NAMES.has(key) || CLINICAL_ABBREVIATIONS.has(key) || FUNCTION_WORDS.has(key) || TITLES.has(key) || CREDENTIALS.has(key) || NAME_CUES.has(key) || key in MONTHS || WEEKDAYS.has(key);
}

/**
 * Whether the word lists allow a name: a census name unless it is also one of the commonest English
 * words (SCOWL level 20 or below); any other word only when no English or medical list holds it.
 *
 * @example
 *   listsAllowName('brandvold', dictionaries) // true (no list knows it); listsAllowName('table', dictionaries) // false
 */
export function listsAllowName(key: string, d: DeidDictionaries): boolean {
  const english = d.englishWords.get(key);
  if (d.firstNames.has(key) || d.lastNames.has(key)) return english === undefined || english > 20;
  return english === undefined && !d.medicalTerms.has(key);
}
