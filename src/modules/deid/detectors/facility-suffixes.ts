// FACILITY by its facility word: a hospital, clinic, practice, school, church or business found
// from its suffix ("Hospital", "Endocrinology", "Diner") backwards. Split from `locations.ts`,
// which calls `pushFacilitiesBySuffix` at its own point so the candidates keep their order.
import { allMatches, PRIORITY, type DetectInput } from './detector';
import type { Token } from '../text-tokens';
import { CLINICAL_ABBREVIATIONS, EPONYMS, FUNCTION_WORDS, NOT_NAMES, transpositions } from '../lexicon';
import { ORG_NAME_WORDS } from './org-name-words';
import type { PushCandidate } from './street-addresses';

// Ordinary words that commonly name hospitals.
const FACILITY_WORDS = new Set(['general', 'memorial', 'regional', 'community', 'university', 'children', "children's", 'saint', 'st', 'mount', 'mt', 'mercy', 'good', 'samaritan', 'providence', 'grace', 'valley', 'lake', 'lakeside', 'riverside', 'hillcrest', 'sacred', 'holy', 'cross', 'family', 'county', 'city', 'state', 'north', 'south', 'east', 'west', 'central', 'baptist', 'methodist', 'presbyterian', 'lutheran', 'christian', 'hope', 'union', 'pacific', 'atlantic', 'mountain', 'river', 'bay', 'harbor', 'park', 'grand', 'lady', 'our', 'national', 'american', 'veterans', 'shriners', 'kindred', 'select', 'catholic', 'jewish', 'islamic', 'episcopal', 'lutheran',
  'trinity', 'calvary', 'bethel', 'zion', 'emmanuel', 'faith', 'bethany', 'redeemer', 'resurrection', 'covenant', 'shiloh', 'ebenezer', 'nazarene']);
// Organisation head words (pass 6): the kinds of organisation a patient is linked to, as employer,
// school, church, club, housing, pharmacy, lab, imaging, transport, home care or specialty practice.
// The longer forms are tried before the older suffixes ("School District" before "School"), the
// single words after them. A name before them is read by `headNamed` below.
const ORGANISATION_HEADS_LONG = ['AME Zion', 'CME', 'Missionary Baptist', 'Free Will Baptist', 'Unified School District', 'School District', 'Public Schools', 'Community College', 'Charter School', 'Junior High School', 'Junior High', 'Middle Sch', 'High Sch',
  'Medical Transportation', 'Medical Transport', 'Cold Storage', 'Auto Glass', 'Country Club', 'Golf Club', 'Yacht Club', 'Boys & Girls Club', 'Credit Union', 'Savings Bank',
  'Retirement Community', 'Retirement Village', 'Retirement Home', 'Senior Center', 'Senior Apartments', 'Memory Care', 'Recovery Center', 'Treatment Center', 'Home Infusion', 'Infusion Suite', 'Infusion Center',
  'Cancer Care', 'Eye Care', 'Vision Center', 'Outpatient Lab', 'Reference Lab', 'Reference Laboratory', 'OB Associates', 'OB/GYN Associates', 'Sleep Disorders Center', 'Sleep Medicine',
  'Wound Center', 'Wound Care', 'Vein Center', 'Pain Management', 'Pain Center', 'Spine Center', 'Hearing Center', 'Oral Surgery', 'Community Services', 'Consultative Services', 'Support Services',
  'Regional HS', 'Family Med', 'Internal Med', 'Fam Med', 'Head Start', 'Learning Center', 'Early Learning', 'Adult Day Health', 'Adult Day Center', 'Senior Care', 'Distribution Center', 'Fulfillment Center', 'Public Works', 'Highway Department', 'Highway Dept', 'Town Hall', 'City Hall', 'Sports & Spine PT', 'Sports & Spine', 'Spine & Sports', 'Ear, Nose & Throat', 'Ear, Nose and Throat', 'Ear Nose & Throat', 'Allergy & Asthma', 'Allergy and Asthma', 'Allergy & Immunology',
  "Women's Hospital", "Women's Care", 'Health Ctr', 'Medical Assoc', 'Behavioral Svcs', 'Medical Svcs', 'Health Svcs',
  // (pass 14b)
  'Infectious Disease', 'Infectious Diseases', 'Breast Surgery', 'Breast Center', 'Occupational Medicine', 'Work Conditioning', 'Case Management', 'Care Navigation', 'Medical Equipment', 'Cold Chain', 'Pediatric Therapy',
  // (a law firm, not a law named after someone, "Kendra's Law")
  'Injury Law', 'Labor Law', 'Employment Law', 'Disability Law', 'Elder Law', 'Immigration Law', 'Law Group', 'Law Firm', 'Law Office', 'Law Offices', 'Legal Group',
  // (pass 20: community mental-health teams and programs, peer and housing services, fertility and banks)
  'ACT Team', 'Peer Respite', 'Crisis Residential', 'Plastic Surgery', 'Family Law', 'Money Management', 'Community Action', 'Housing First', 'Supportive Housing', 'Furniture Bank', 'Food Bank',
  'Sperm Bank', 'Egg Bank', 'Job Connect', 'Youth Hub', 'Community Support', 'Fertility Partners', 'Fertility Center',
  // (pass 22: prisons and jails by their full kind, public-health districts and departments, practices)
  'Correctional Facility', 'Correctional Institution', 'Correctional Institute', 'Correctional Complex', 'Correctional Center', 'Detention Center', 'Detention Facility',
  'Public Health District', 'Public Health Department', 'Public Health Dept', 'Health District', 'Medical Practice',
  // (pass 22: withdrawal, recovery and crisis programs, milk banks, EMS and rescue agencies, genetics and resettlement services)
  'Withdrawal Management', 'Sober Living', 'Crisis Center', 'Drop-In Center', 'Milk Bank', 'Ambulance District', 'Ambulance Service', 'Search and Rescue',
  'Perinatal Genetics', 'Postpartum Care', 'Resettlement Services', 'Fire Station'];
// (Pass 7: transport, food, supply, care and club heads; a pattern of their own, see FACILITY_TAILS.)
const ORGANISATION_HEADS_7 = ['Air Medical', 'Senior Ride', 'Noodle House', 'Orthotics & Prosthetics', 'Orthotics and Prosthetics', 'Transitional Care', 'Gas & Electric', 'Gas and Electric', 'Health Station',
  'Lab Draw Station', 'Draw Station', 'Molecular Reference', 'Diabetes Supply', 'Diabetic Supply', 'Youth League', 'Little League', 'Meat Packing', 'Meat Packers'];
const ORGANISATION_HEADS = ['Services', 'Svcs', 'Systems', 'Transport', 'Transportation', 'Freightways', 'Shipyard', 'Shipyards', 'Boatyard', 'Marina', 'Mutual', 'Grange', 'AME', 'Towers',
  'Apartments', 'Residences', 'Commons', 'Dermpath', 'Dermatopathology', 'Vascular', 'Cardiovascular', 'Heart', 'OMS', 'Ambulance', 'Drug', 'CC', 'FC', 'Ctr', 'Assoc', 'Infusion', 'Ophthalmology',
  'Optometry', 'Eyecare', 'Orthodontics', 'Periodontics', 'Psychiatry', 'Psychiatric', 'Obstetrics', 'Gynecology', 'Allergy', 'Lab', 'Agency', 'Group', 'Club', 'Seminary', 'Bistro', 'Steakhouse',
  'Staffing', 'Janitorial', 'Solutions', 'Technologies', 'Consulting', 'Library', 'Museum', 'Airport', 'Transit', 'Utilities', 'Assembly', 'Abbey', 'Mission', 'Kennels', 'Veterinary', 'Lodge', 'HS',
  'Peds', 'OB/GYN', 'UMC', 'COGIC', 'UCC', 'Homecare', 'Caregivers', 'Prep', 'Preparatory', 'Childcare', 'Gardens', 'Ranch', 'Foundry', 'Quarry', 'Kitchen', 'Pizza', 'Taproom', 'Assurance', 'Casualty', 'DPW',
  'Cab', 'Taxi', 'Paratransit', 'Hearing', 'Co-op', 'Coop', 'Walk-In', 'Outreach', 'Beef', 'Air',
  // (pass 9: residences, lock-ups and prisons)
  'Residence', 'Lockup', 'Jail', 'Prison', 'Penitentiary',
  // (pass 14: services, offices and specialty practices named by an abbreviation or a specialty)
  'EMS', 'MOB', 'CBOC', 'Rx', 'WIC', 'VFD', 'Hepatology', 'Hematology', 'Neurosurgery', 'Otolaryngology', 'Consultants', 'Interpreting', 'Collective', 'Physicians', 'ASC', 'Detox', 'Squad', 'Wellness',
  // (pass 14b: law firms, carriers, plants and suppliers, telehealth and care-management firms)
  'Counsel', 'Attorneys', 'Lines', 'Distribution', 'Stamping', 'Machining', 'Steelworks', 'Aerostructures', 'Refinery', 'Works', 'Supply', 'Equipment', 'Telehealth', 'Cooperative', 'HVAC', 'Automotive', 'Mill',
  // (pass 20: programs named by their abbreviation, fertility clinics, banks and clubhouses)
  'ACT', 'FSP', 'MCT', 'CPEP', 'CRC', 'Fertility', 'Cryobank', 'Clubhouse', 'Respite', 'Cytogenetics', 'Midwives', 'Fiduciary',
  // (pass 22: an opioid treatment program by its abbreviation, "Eastside OTP"; intensive outpatient and partial
  // hospitalization programs, opticians, teledermatology and resettlement agencies)
  'OTP', 'IOP', 'PHP', 'Optical', 'Teledermatology', 'Resettlement',
  // (pass 24: behavioral-health units, community services boards and critical access hospitals by
  // their abbreviation, "Neuse River BH", "Valley CSB", "Ostrander CAH")
  'BH', 'CSB', 'CAH',
  // (pass 25: reading services, couriers, tour operators, plants and named wings)
  'Teleradiology', 'Neurodiagnostics', 'Genetics', 'Courier', 'Couriers', 'Tours', 'Processing', 'Wing',
  // (pass 26: haulers, quarries and precast plants, expedition and cruise lines,
  // immunology and psychology practices, health campuses, board-and-care homes)
  'Haulers', 'Freight', 'Aggregate', 'Aggregates', 'Concrete', 'Expeditions', 'Cruises', 'Immunology', 'Psychology', 'Campus', 'Board & Care', 'Board and Care'];
// The same heads by their text, to give their names the reading of `headNamed`; adjectives among
// them name no organisation before a lower-case noun ("Heart failure", "Memory care unit").
const ORGANISATION_HEAD_SET: ReadonlySet<string> = new Set([...ORGANISATION_HEADS_7, ...ORGANISATION_HEADS_LONG, ...ORGANISATION_HEADS, 'Hospice', 'Grill', 'Bakery', 'Family Practice', 'Imaging', 'Pharmacy', 'Respiratory Supply', "Women's Health", 'Associates', 'Medical Supply'].flatMap((h) => [h, h.toUpperCase()]));
const NEW_HEADS: ReadonlySet<string> = new Set([...ORGANISATION_HEADS_7, ...ORGANISATION_HEADS_LONG, ...ORGANISATION_HEADS].flatMap((h) => [h, h.toUpperCase()]));
const NEW_ONE_WORD_HEADS: ReadonlySet<string> = new Set(ORGANISATION_HEADS.flatMap((h) => [h, h.toUpperCase()]));
const LINE_END_HEADS = /(?<![\p{L}])(?:center|centre|clinic|care|medical|services|lab|laboratory|imaging|radiology|oncology|transport|unit|program|pharmacy|therapy|hospice|surgery|department)[ \t]*\n[ \t]*$/iu;
const ADJECTIVE_HEADS = /^(?:Resettlement|Interpreting|Hearing|Air|Beef|Outreach|Transitional Care|Diabetes Supply|Heart|Vascular|Cardiovascular|Drug|Transport|Memory Care|Eye Care|Cancer Care|Home Infusion|Infusion|Wound Care|Pain Management|Services|Systems|Allergy|Psychiatric|Lab|Group|Oral Surgery|Sleep Medicine|Support Services|Community Services)$/i;
// Lower-case words that follow a name as readily as a kind of care ("moved to X Memory Care last spring").
const AFTER_A_NAME = new Set(['last', 'next', 'this', 'since', 'yesterday', 'today', 'tonight', 'tomorrow', 'weekly', 'daily', 'monthly', 'twice', 'once', 'again', 'already', 'recently',
  'previously', 'now', 'before', 'after', 'until', 'when', 'where', 'because', 'also', 'x', 'for', 'about', 'over', 'under', 'near', 'off', 'every', 'each', 'prior', 'years', 'yrs', 'months', 'mos']);
// Words before a head that say what kind of service or department it is, not which organisation
// ("Protective Services", "Interpreter Services", "SPECIALTY PHARMACY", "ENT CLINIC").
const HEAD_GENERIC = new Set(['durable', 'moud', 'specialty', 'social', 'protective', 'interpreter', 'interpreters', 'guest', 'patient', 'patients', 'environmental', 'nutrition', 'nutritional', 'food', 'pastoral', 'spiritual', 'language',
  'financial', 'volunteer', 'security', 'transport', 'transportation', 'family', 'child', 'children', 'adult', 'elder', 'senior', 'veteran', 'veterans', 'disability', 'human', 'community', 'county', 'state',
  'city', 'federal', 'national', 'american', 'emergency', 'medical', 'health', 'home', 'outpatient', 'inpatient', 'ambulatory', 'hospital', 'clinical', 'reference', 'diagnostic', 'general', 'private',
  'public', 'regional', 'local', 'mobile', 'pediatric', 'women', 'men', 'north', 'south', 'east', 'west', 'central', 'main', 'new', 'old', 'united', 'global', 'international', 'information', 'management',
  'support', 'technical', 'technology', 'business', 'professional', 'customer', 'court', 'legal', 'student', 'employee', 'care', 'managed', 'behavioral', 'mental', 'addiction', 'substance', 'crisis',
  'refugee', 'refugees', 'immigrant', 'opioid', 'sud', 'mat', 'anticoag', 'anticoagulation', 'center', 'centre', 'clinic', 'clinics', 'service', 'services', 'therapy', 'unit', 'department', 'dept', 'program', 'lab', 'laboratory', 'pharmacy', 'imaging', 'radiology',
  'surgery', 'surgical', 'infusion', 'wound', 'respiratory', 'sleep', 'disorders', 'memory', 'interventional', 'nuclear', 'case', 'gen', 'complex', 'comprehensive', 'botanical', 'test', 'soup', 'tennis', 'golf', 'swim', 'book', 'garden', 'sports', 'fitness', 'rotary', 'lions', 'kiwanis', 'elks', 'country', 'youth', 'juvenile', 'correctional', 'corrections', 'major', 'minor', 'outside', 'ent', 'ems', 'als', 'bls', 'critical', 'intensive', 'palliative', 'comfort', 'respite', 'inpt', 'outpt', 'gip']);
const FACILITY_SUFFIX = "(?:Center for Nursing and Rehabilitation|Center for Nursing|Molecular Diagnostics|Respiratory Supply|Medical Supplies|Medical Supply|Skin & Laser|Skin and Laser|Sleep Lab|Sleep Center|Heart Specialists|Specialists|Endocrinology|Rheumatology|Nephrology|Pulmonology|Pathology|Diagnostics|Rehabilitation|Home Medical|Nursing and Rehabilitation Center|Veterans Affairs Medical Center|Health and Rehabilitation|Rehabilitation Hospital|Community Health Center|Rehabilitation Center|Mental Health Center|Home Health Services|Medical Associates|Home Health Agency|Internal Medicine|Behavioral Health|VA Medical Center|Elementary School|Nursing Facility|Cancer Institute|Physicians Group|Gastroenterology|Home Health Care|Surgical Center|Heart Institute|Family Medicine|Family Practice|Health Services|Dialysis Center|Assisted Living|Skilled Nursing|Senior Services|Nursing Center|Medical Center|Medical Centre|Surgery Center|Imaging Center|Women's Health|Elder Services|Living Center|Health Center|Health Centre|Health System|Cancer Center|Eye Institute|Medical Group|Dialysis Unit|Senior Living|Middle School|Nursing Home|Rehab Center|Primary Care|Laboratories|Orthopaedics|Presbyterian|Health Care|Urgent Care|Care Center|Dermatology|Orthopedics|High School|Home Health|Healthcare|Pediatrics|Associates|Cardiology|Eye Center|Elementary|University|SeniorLife|Laboratory|Infirmary|Institute|Neurology|Radiology|Dentistry|Preschool|Home Care|Methodist|Nursing & Rehab|Nursing and Rehab|Funeral Home|Funeral Chapel|Legal Services|Food Pantry|Police Department|Police Dept|Fire Department|Sheriff's Office|Sheriff's Department|State Police|Police|PD|Mall|Tavern|Pub|Diner|Restaurant|Grill|Cafe|Café|Hotel|Motel|Inn|Casino|Supermarket|Bakery|Brewery|Warehouse|Factory|High School|High|Funeral Directors|Committee|Program|Network|Collaborative|Partnership|Initiative|Association|Society|Council|Alliance|House|Funeral Service|Funeral Services|Mortuary|Basilica|Cathedral|Church|Chapel|Synagogue|Mosque|Tabernacle|Fellowship|Ministries|Congregation|Human Services Authority|Human Services|Services Authority|Authority|Project|Coalition|Foundation|Post-Acute|Post Acute|Visiting Nurse Association|Visiting Nurses|VNA|Kidney Care|Kidney Center|Renal Care|Renal Center|Endoscopy Center|Endoscopy|Endo|Surgical Pavilion|Pavilion|Surgical|Behavioral|Apothecary|Drugs|GI|Gastro|Ortho|Derm|ENT|OB-GYN|OBGYN|Podiatry|Audiology|Counseling|Physical Therapy|Occupational Therapy|Sports Medicine|Chiropractic|Wellness Center|Episcopal|Lutheran|Catholic|Orthodox|Evangelical|Pentecostal|Adventist|Unitarian|Congregational|Charities|Charity|Renal|YMCA|YWCA|Daycare|Day Care|Montessori|Middle School|Middle|Women's|Medical Ctr|Med Center|Med Ctr|Hospital|Memorial|Regional|Pharmacy|Imaging|Dialysis|VAMC|Hosp|Partners|Medicine|Oncology|Clinics|Hospice|Urology|Academy|College|Baptist|General|Shelter|Clinic|Center|Centre|Health|Dental|School|Manor|Rehab|LTAC|Labs|ALF|SNF|Home)";
// Suffix words with swapped-letter typos ("Hsopital", "Medical Cetner").
// A facility is found from its suffix ("Hospital") backwards: scanning for the suffix first is
// many times faster than trying every capitalized word as the start of a name.
// Words of landscape and plants that place names are made of: before a facility's kind they name
// one ("Cedar Hollow Health Center", "Oak Ridge Internal Medicine"), where "Community Health
// Center" or "Family Medicine" name a kind.
export const LANDSCAPE: ReadonlySet<string> = new Set(['cedar', 'oak', 'oaks', 'pine', 'pines', 'maple', 'birch', 'willow', 'willows', 'elm', 'elms', 'aspen', 'cypress', 'magnolia', 'laurel', 'hickory', 'juniper', 'sage', 'spruce', 'redwood', 'sycamore', 'hollow', 'ridge', 'valley', 'river', 'rivers', 'creek', 'brook', 'lake', 'lakes', 'mountain', 'mountains', 'hill', 'hills', 'meadow', 'meadows', 'glen', 'grove', 'harbor', 'harbour', 'bay', 'bluff', 'bluffs', 'canyon', 'mesa', 'prairie', 'summit', 'peak', 'peaks', 'springs', 'falls', 'forest', 'woods', 'field', 'fields', 'shore', 'shores', 'coast', 'island', 'sunrise', 'sunset', 'horizon', 'evergreen', 'cascade', 'sierra', 'desert', 'plains', 'highland', 'highlands', 'crest', 'vista', 'haven', 'pointe', 'landing', 'crossing', 'heights', 'gardens', 'orchard', 'stone', 'rock', 'timber', 'pinnacle', 'tidewater', 'bayou', 'piedmont', 'foothills', 'lowcountry', 'headwaters', 'riverbend', 'lakeside', 'lakeview', 'hillside', 'seaside', 'bayside', 'brookside', 'parkside',
  'range', 'basin', 'delta', 'tundra', 'glacier', 'arctic', 'frontier', 'butte', 'plateau', 'cove', 'dunes', 'marsh', 'bend', 'trail', 'trails', 'gulf', 'ozark', 'ozarks', 'northwoods', 'uplands', 'badlands', 'timberline', 'watershed']);
export const FACILITY_LEAD = /(?<![\p{L}'&-])(?:(?:St\.?|ST\.?|Saint|Mt\.?|MT\.?|Mount|\p{Lu}[\p{L}'&-]*|&)(?:[ \t]+\n?[ \t]*|\n[ \t]*)){1,5}$/u;
const FACILITY_LEAD_AT = new RegExp(FACILITY_LEAD.source, 'uy');
const PRACTICE_TAIL = /^(?:Center for Nursing|Molecular Diagnostics|Respiratory Supply|Medical Suppl|Home Medical|Skin (?:&|and) Laser|Sleep|Heart Specialists|Specialists|Endocrinology|Rheumatology|Nephrology|Pulmonology|Pathology|Diagnostics|Rehabilitation|Physical Therapy|Cardiology|Dermatology|Orthop)/;
const DENOMINATION = /^(?:Catholic|Baptist|Lutheran|Methodist|Presbyterian|Episcopal|Orthodox|Evangelical|Pentecostal|Adventist|Unitarian|Congregational)$/;
const ORG_KIND = /^(?:Legal Services|Committee|Coalition|Alliance|Project|Program|Network|Collaborative|Partnership|Initiative|Association|Society|Foundation|Council|Authority|Services|Agency)\b/;
// Religious and fraternal orders whose "of" belongs to the name ("Sisters of Mercy", "Knights of Columbus").
// Words after "New" that make a clinical or administrative phrase, not a name ("New Onset", "New Hire").
const NOT_AFTER_NEW = new Set(['onset', 'diagnosis', 'diagnosed', 'patient', 'patients', 'referral', 'referrals', 'admission', 'admissions', 'start', 'starts', 'symptoms', 'problem', 'problems', 'medication', 'medications', 'order', 'orders', 'consult', 'consults', 'visit', 'visits', 'born', 'baby', 'employee', 'employees', 'hire', 'hires', 'member', 'members', 'resident', 'residents', 'client', 'clients', 'intake', 'evaluation', 'eval', 'user', 'users', 'mother', 'mothers', 'moms', 'parent', 'parents']);
const ORDER_OF = /(?:(?:Little[ \t]+)?(?:Sisters|Brothers|Daughters|Knights|Servants|SISTERS|BROTHERS|DAUGHTERS|KNIGHTS)|(?:Our|OUR)[ \t]+(?:Lady|LADY))[ \t]+(?:of|OF)[ \t]+(?:(?:the|THE)[ \t]+)?$/;
const ORDERS = new Set(['sisters', 'brothers', 'daughters', 'sons', 'knights', 'servants', 'society', 'order']);
// A site or branch after the head (pass 7): " - Tillson", " Plus Marston", ending the phrase.
const SITE_AFTER = /^(?:[ \t]+[-–][ \t]+|[ \t]+Plus[ \t]+)(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)(?=[ \t]*(?:[.,;:)\n]|$))/u;
const SITE_HEADS = /(?:Clinic|Dialysis|Center|Centre|Hospital|Urgent Care|Walk-In|Pharmacy|Eye Care|Lab|Imaging|Health|Medical Group|Family Medicine|Primary Care|Pediatrics|Dental)$/;
// Words before "Home" that name a kind of home, not a place ("Foster Home", "Group Home").
const HOME_GENERIC = new Set(['foster', 'group', 'nursing', 'rest', 'funeral', 'private', 'family', 'own', 'mobile', 'care', 'boarding', 'halfway', 'sober', 'adult', 'senior', 'residential', 'retirement', 'her', 'his', 'their', 'children', "children's", 'old', 'new', 'the', 'a']);
// The tail can only start at a token whose word begins a suffix: test those positions only (a
// scan of every position with this long alternation was the slowest part of the engine).
const TOLERANT_WORDS = ['hospital', 'medical', 'center', 'centre', 'clinic', 'rehabilitation', 'nursing', 'memorial'];
// (Pass 6: the one-word organisation heads are a second list, tried after the first at a token.)
// (Pass 7: its longer heads are a third list, tried first so that "Health Station" beats "Health".)
// (Pass 15: each list is a pattern per first word, of only the suffixes that start with it: a
// pattern of a whole list tried at a token still stepped through hundreds of alternatives, and
// was a twentieth of the engine's time.)
const TAILS_BY_FIRST = new Map<string, RegExp[]>();
for (const list of [ORGANISATION_HEADS_7, [...ORGANISATION_HEADS_LONG, ...FACILITY_SUFFIX.slice(3, -1).split('|')], ORGANISATION_HEADS]) {
  for (const [first, tail] of facilityTails(list)) TAILS_BY_FIRST.set(first, [...(TAILS_BY_FIRST.get(first) ?? []), tail]);
}
export const FACILITY_STOP = new Set(['the', 'a', 'an', 'to', 'at', 'from', 'in', 'on', 'of', 'and', 'or', 'transferred', 'transfer', 'seen', 'admitted', 'discharged', 'presented', 'followed', 'evaluated', 'treated', 'went', 'sent', 'per', 'via', 'with', 'by', 'for', 'outside', 'local', 'osh', 'his', 'her', 'their', 'pt', 'patient', 'was', 'is', 'has', 'had', 'records', 'record', 'notes', 'note', 'called', 'call', 'contact', 'contacted', 'home', 'discharge', 'admission', 'follow', 'up', 'f/u', 'referred', 'referral', 'our', 'your', 'this', 'that', 'ed', 'er', 'icu', 'visit', 'went', 'brought', 'taken', 'arrived', 'returns', 'returned', 'last', 'prior', 'previous', 'recent', 'recently', 'currently', 'now', 'new', 'old', 'dear', 're', 'copy', 'cc', 'name', 'facility', 'location', 'site', 'address', 'fax', 'phone', 'tel', 'dr', 'mr', 'mrs', 'ms', 'signed', 'attending', 'pcp', 'attends', 'attended', 'visits', 'visited', 'works', 'worked', 'enrolled', 'joined', 'stays', 'stayed', 'lives', 'lived', 'goes', 'teaches', 'taught', 'volunteers', 'md', 'rn', 'np', 'phd', 'facc', 'facs', 'facp', 'lcsw', 'msw', 'pharmd', 'dds', 'dmd']);

/**
 * The sticky tail patterns of a list of suffixes by the token key they can start at (a first
 * word, or a swapped-letter typo of a tolerant one); each pattern holds that word's suffixes in the
 * list's order, so the alternative that wins is the one the list's whole pattern would take.
 */
function facilityTails(suffixes: readonly string[]): Map<string, RegExp> {
  const byFirst = new Map<string, string[]>();
  for (const suffix of suffixes) {
    const w = suffix.split(/[ /-]/)[0]!.toLowerCase().replace(/['’]s$/, '').replace(/[,.]$/, '');
    for (const key of TOLERANT_WORDS.includes(w) ? [w, ...transpositions(w)] : [w]) byFirst.set(key, [...(byFirst.get(key) ?? []), suffix]);
  }
  const patterns = new Map<string, RegExp>();
  const out = new Map<string, RegExp>();
  for (const [key, list] of byFirst) {
    const alternatives = list.join('|');
    let tail = patterns.get(alternatives);
    if (!tail) patterns.set(alternatives, (tail = facilityTail(alternatives)));
    out.set(key, tail);
  }
  return out;
}

/** The sticky tail pattern of suffixes (`a|b c`). */
function facilityTail(alternatives: string): RegExp {
  // Suffix words with swapped-letter typos ("Hsopital", "Medical Cetner").
  const tolerant = TOLERANT_WORDS.reduce(
    (pattern, lower) => {
      const word = lower[0]!.toUpperCase() + lower.slice(1);
      return pattern.replace(new RegExp(`\\b${word}\\b`, 'g'), `(?:${[word, ...transpositions(lower).filter((t) => t[0] === lower[0]).map((t) => word[0] + t.slice(1))].join('|')})`);
    },
    `(?:${alternatives})`,
  );
  // (Pass 20: not a head that prefixes a code, "MRN ACT-5590118".)
  return new RegExp(`(?<![\\p{L}])(?:${tolerant.replace(/ /g, '\\s+')}|${tolerant.toUpperCase().replace(/ /g, '\\s+').replace(/\(\?:/g, '(?:')})(?![\\p{L}])(?!-\\d)(?![ \\t]*:)(?![ \\t]+(?:course|stay|day|admission|visit|records?|policy|discharge|COURSE|STAY|DAY|[Ss]urgery|[Mm]edicine|[Aa]ppearance|[Aa]nesthesia|[Pp]ractitioner|[Hh]istory|[Mm]aintenance|[Ss]creening|[Ee]ducation|[Ss]tatus|[Cc]onsult|[Ff]ellow|SURGERY|MEDICINE|APPEARANCE)\\b)(?:[ \\t]+(?:of|at|for|OF|AT|FOR)[ \\t]+(?:the[ \\t]+|THE[ \\t]+)?(?:(?:St|Mt|Ft)\\.|\\p{Lu}[\\p{L}'-]+)(?:[ \\t]+(?:(?:St|Mt|Ft)\\.|\\p{Lu}[\\p{L}'-]+)){0,3})?`, 'uy');
}

/**
 * Facilities named by a proper name before a facility word ("Mercy Hospital", "Prairie Heart
 * Specialists", "First Haitian Baptist").
 *
 * @example
 *   pushFacilitiesBySuffix({ text: 'seen at Juniper Hollow Endocrinology', ... }, push) // "Juniper Hollow Endocrinology"
 */
export function pushFacilitiesBySuffix(input: DetectInput, push: PushCandidate): void {
  const { text, tokens, dictionaries: d } = input;
  for (const m of withLeadAtTokens(text, tokens, TAILS_BY_FIRST, facilityLeadOf)) {
    let start = m.index;
    const lead = m.lead;
    // The name starts after the last ordinary word of the lead ("ABLE TO SEE HER IN CLINIC").
    let leading = true;
    const leadWordList = [...allMatches(/\S+/g, lead)];
    let newNameLead = false;
    for (let x = 0; x < leadWordList.length; x++) {
      const w = leadWordList[x]!;
      const key = w[0].toLowerCase().replace(/[.,]$/, '');
      const next = leadWordList[x + 1]?.[0] ?? '';
      // A capitalized function word inside a title-case name is part of it ("Mt. Zion Free Will Baptist").
      // (Pass 7: so is "of" after a religious or fraternal order, "Sisters of Mercy Hospice", and a
      // title-case "New" before a name word, "New Dawn Recovery Services", not "New Patient Clinic".)
      const order = key === 'of' && x > 0 && ORDERS.has(leadWordList[x - 1]![0].toLowerCase()) && !leading;
      const newName = leading && w[0] === 'New' && /^\p{Lu}\p{Ll}/u.test(next) && !NOT_NAMES.has(next.toLowerCase()) && !HEAD_GENERIC.has(next.toLowerCase()) && !FACILITY_STOP.has(next.toLowerCase()) && !NOT_AFTER_NEW.has(next.toLowerCase());
      if (order || newName) {
        newNameLead ||= newName;
        leading = false;
        continue;
      }
      const inName = !leading && /^\p{Lu}\p{Ll}/u.test(w[0]);
      // A section title on the line above is no part of the name ("Assessment\nJuniper Ridge Medical Center").
      const titleLine = NOT_NAMES.has(key) && /^[ \t:]*\n/.test(lead.slice(w.index! + w[0].length));
      if ((leading && FACILITY_STOP.has(key)) || (FUNCTION_WORDS.has(key) && !inName) || (leading && key === '&') || titleLine) {
        start = m.index + w.index! + w[0].length + 1;
        if (titleLine) leading = true;
      }
      else leading = false;
    }
    while (start < m.index + m.full.length && /\s/.test(text[start]!)) start += 1;
    // "Sisters of Mercy Hospice": an order's "of" is lower case, so the lead stops after it (pass 7).
    const orderBefore = start === m.index || /^(?:OF|of)$/.test(text.slice(Math.max(0, start - 3), start).trim()) ? ORDER_OF.exec(text.slice(Math.max(0, start - 24), start)) : null;
    if (orderBefore) start -= orderBefore[0].length;
    // (Pass 9: an ordinal glued to the lead belongs to it, "12TH DISTRICT LOCKUP".)
    const ordinal = /\d{1,3}$/.exec(text.slice(Math.max(0, start - 3), start));
    if (ordinal && /^(?:st|nd|rd|th)\b/i.test(text.slice(start, start + 3))) start -= ordinal[0].length;
    // In a stack of headers the line above ends with its own kind ("INFUSION CENTER\nCOMMUNITY SERVICES"):
    // the name starts on the head's line (pass 6). A wrapped name does not ("GOOD\nSAMARITAN URGENT CARE").
    const lineStart = text.lastIndexOf('\n', m.index + lead.length - 1) + 1;
    if (lineStart > start && LINE_END_HEADS.test(text.slice(start, lineStart))) start = lineStart;
    // (Pass 12: so does a heading in capitals above a title-case name, "INTAKE\nJuniper Ridge Detox Program".)
    else if (lineStart > start && !/\p{Ll}/u.test(text.slice(start, lineStart)) && /\p{Ll}/u.test(text.slice(lineStart, m.index + lead.length))) start = lineStart;
    // (Pass 22: and what stands before a column's gap on the line: another column's value or a heading,
    // "Pt: Earl Caudill   Agency ID", "DETOX ADMISSION    Beacon Cove Withdrawal Management".)
    // (Three blanks or a tab; two only after capitals before title case: OCR'd faxes space every word by
    // two, "PINE TREE  OUTREACH  LAB".)
    const before = text.slice(start, m.index + lead.length);
    const gaps = [...before.matchAll(/[ \t]{2,}/g)].filter((g) => g[0].length > 2 || g[0].includes('\t') || (!/\p{Ll}/u.test(before.slice(0, g.index)) && /\p{Ll}/u.test(before.slice(g.index))));
    const gap = gaps[gaps.length - 1];
    if (gap && !before.slice(gap.index).includes('\n')) start += gap.index! + gap[0].length;
    // What is left before the suffix must hold a name-like word ("Mercy", "Krippner"), not only
    // clinical words ("Cardiology Clinic", "Hep B Vaccine ... Center").
    const leadWords = text.slice(start, m.index + lead.length).match(/[\p{L}']+/gu) ?? [];
    // (Before an organisation kind, "American" or "National" alone names a national body, not a place.)
    const orgTail = ORG_KIND.test(m.full.slice(lead.length));
    // A denomination after an adjective is a faith, not a congregation ("Roman Catholic", "Southern Baptist").
    // (So is a specialty abbreviation after a plain word: "Lower GI", "Peds ENT".)
    const faithTail = DENOMINATION.test(m.full.slice(lead.length)) || /^(?:GI|Gastro|Ortho|Derm|ENT|OB-GYN|OBGYN|Podiatry|Audiology|Counseling)$/.test(m.full.slice(lead.length));
    const named = leadWords.some((w) => {
      const key = w.toLowerCase().replace(/'s$/, '');
      if (FACILITY_WORDS.has(key)) return !orgTail;
      if (HEAD_GENERIC.has(key) || (CLINICAL_ABBREVIATIONS.has(key) && !d.lastNames.has(key))) return false; // "SPECIALTY PHARMACY", "ENT CLINIC"
      if ((orgTail || faithTail) && (EPONYMS.has(key) || CLINICAL_ABBREVIATIONS.has(key))) return false; // "Alzheimer's Association"
      // Before a program or committee, only a proper name counts ("Smoking Cessation Program" is none).
      if (orgTail || faithTail) return !NOT_NAMES.has(key) && (((d.lastNames.get(key) ?? Infinity) < 10000 && !d.englishWords.has(key)) || d.cities.has(key) || (!d.englishWords.has(key) && !d.medicalTerms.has(key)));
      // Common surnames that are also words ("Brown", "Miller") name many practices.
      if ((d.lastNames.get(key) ?? Infinity) < 10000 && !NOT_NAMES.has(key)) return true;
      // (Pass 12: so do the words of landscape that place names are made of, "Cedar Hollow Health Center".)
      if (LANDSCAPE.has(key) || ORG_NAME_WORDS.has(key)) return true;
      // (And a rare word that is also a town or a surname, though the medical list holds it: "Larkspur".)
      if ((d.englishWords.get(key) ?? 0) >= 50 && (d.cities.has(key) || d.lastNames.has(key)) && !NOT_NAMES.has(key)) return true;
      // (Pass 13: and a town that is a less common word, "Mystic Academic Hospital".)
      if ((d.englishWords.get(key) ?? 0) >= 20 && d.cities.has(key) && !NOT_NAMES.has(key) && !d.medicalTerms.has(key)) return true;
      return !NOT_NAMES.has(key) && !(d.medicalTerms.has(key) && d.englishWords.has(key)) && !(d.englishWords.get(key)! <= 20 && !FACILITY_WORDS.has(key));
    });
    let tail = m.full.slice(lead.length);
    // Before an organisation head (pass 6) a word the census or the places list knows, or a rare
    // word no clinical list holds, names it ("Juniper Hospice", "Summit Grill", "Brightwater Memory
    // Care"); kinds of service and department do not ("Protective Services", "Specialty Pharmacy").
    const head = tail.replace(/[ \t](?:of|at|for|OF|AT|FOR)[ \t].*$/s, '').replace(/\s+/g, ' ');
    const organisationHead = ORGANISATION_HEAD_SET.has(head);
    const newHead = NEW_HEADS.has(head);
    const headNamed = organisationHead && leadWords.some((w) => {
      const key = w.toLowerCase().replace(/'s$/, '');
      if (NOT_NAMES.has(key) || CLINICAL_ABBREVIATIONS.has(key) || FACILITY_STOP.has(key) || FUNCTION_WORDS.has(key) || HEAD_GENERIC.has(key)) return false;
      const english = d.englishWords.get(key);
      if (ORG_NAME_WORDS.has(key) || LANDSCAPE.has(key)) return true;
      if (english !== undefined && english <= 10) return false;
      if (d.cities.has(key)) return true;
      // (A common medical noun that is also a rare surname, "Kidney Group", "Tennis Club", is none.)
      if (english !== undefined && english <= 20 && d.medicalTerms.has(key)) return false;
      if (d.lastNames.has(key) || d.firstNames.has(key)) return true;
      return !d.medicalTerms.has(key) && (english === undefined || english >= 35);
    });
    const end = m.index + m.full.length;
    // A town named like an organisation is a town ("Bell Gardens", "Highlands Ranch").
    // (So is one before a ZIP code: "Poplar Avenue, Highlands Ranch 35196".)
    if (newHead && (d.cities.has(text.slice(start, end).toLowerCase().replace(/\s+/g, ' ')) || /^,?[ \t]*(?:[A-Z]{2}[ \t]+)?\d{5}(?!\d)/.test(text.slice(end, end + 12)))) continue;
    // A head glued to digits is part of a code ("FC87881141", "CC3").
    if (organisationHead && /^\p{N}/u.test(text.slice(end, end + 1))) continue;
    // (Pass 22) "OTP ID OTP-50217", "OTP # HP-30991": the program's abbreviation labels a number.
    if (head === 'OTP' && /^[ \t]*(?:ID|#|No\b|NO\b)/.test(text.slice(end, end + 6))) continue;
    // (An abbreviation after a column's gap heads a column, "VA     IOP" (eye pressure), "Y     Polk County IOP".)
    if (/^(?:IOP|PHP|OTP)$/.test(head) && /[ \t]{2}/.test(text.slice(start, m.index + lead.length))) continue;
    // (Pass 24) A behavioral-health unit of a named hospital is its department: "Sylvania Memorial BH",
    // "Pipestone Prairie Hospital BH" (and a payer's, "Optum BH").
    if (head === 'BH' && /(?:Hospital|HOSPITAL|Memorial|Center|Centre|Lodge|Optum|Magellan|Beacon)[ \t]*$/.test(lead)) continue;
    // A new one-word head inside a longer name leaves it to its own head ("American Heart Association").
    if (NEW_ONE_WORD_HEADS.has(head) && /^[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 3)) && !/^[ \t]+(?:Inc|Co|Corp|Ltd)\b/.test(text.slice(end, end + 6))) continue;
    // An adjective head before a lower-case noun is a kind of care ("Heart failure", "Memory care unit").
    const noun = ADJECTIVE_HEADS.test(head) ? /^[ \t]+([a-z]+)\b/.exec(text.slice(end, end + 24)) : null;
    if (noun && !FUNCTION_WORDS.has(noun[1]!) && !AFTER_A_NAME.has(noun[1]!)) continue;
    // A header phrase ("Major Surgical or Invasive Procedure") and a payer are no organisation of the
    // patient: payers are not PHI ("Plan: Harwood Health Care", "Insurance: Tolland Mutual PPO").
    if (/^[ \t]+(?:or|OR)[ \t]+\p{L}/u.test(text.slice(end, end + 8)) && !/^\p{Lu}/u.test(head.slice(1, 2) || '') && /^(?:Surgical|Medical|Behavioral|General)$/.test(head)) continue;
    if (/(?:\b[Pp]lan|PLAN|\b[Ii]ns\.?|\bINS|[Ii]nsurance|INSURANCE|[Ii]nsurer|[Pp]ayer|[Pp]ayor|PAYER|[Cc]arrier|[Cc]overage)[ \t]*(?:#|name)?[ \t]*:[ \t]*$|\b(?:[Ii]nsured|[Cc]overed|[Ii]nsurance|[Cc]overage)[ \t]+(?:by|through|with|from|via)[ \t]+$/.test(text.slice(Math.max(0, start - 24), start))
      || /^[ \t]+(?:(?:Health[ \t]+)?Plan|PPO|HMO|EPO|POS|Medicare[ \t]+Advantage)\b/.test(text.slice(end, end + 28))) continue;
    // (Pass 14) "Rx" on a payer's line is a pharmacy benefit, not the patient's pharmacy: "Plan: Idaho
    // Medicaid (Magellan Rx)", "Attn: Prior Authorization - Medi-Cal Rx".
    if (/^(?:Rx|RX)$/.test(head) && /\b(?:plan|payer|payor|insurance|medicaid|medicare|part[ \t]+d|prior[ \t]+auth\w*|formulary|pbm)\b[^\n]*$/i.test(text.slice(Math.max(0, start - 60), start))) continue;
    // A practice, lab or supplier named by a place-like word before its specialty ("Willow Bend
    // Rehabilitation", "Prairie Heart Specialists"): the medical list holds most nouns, so here a
    // word the census or the places list knows, and no common English word, names it.
    const practiceNamed = PRACTICE_TAIL.test(tail) && leadWords.some((w) => {
      const key = w.toLowerCase();
      const english = d.englishWords.get(key);
      return !NOT_NAMES.has(key) && !CLINICAL_ABBREVIATIONS.has(key) && (d.cities.has(key) || d.lastNames.has(key) || d.firstNames.has(key)) && (english === undefined || english >= 35);
    });
    // "Gastroenterology for EUS": an abbreviation or clinical word after "for"/"at" is not the name.
    const after = /[ \t](?:for|at|FOR|AT)[ \t]+(.*)$/s.exec(tail);
    if (after && !/^Center for Nursing/i.test(tail) && after[1]!.split(/[ \t]+/).every((w) => NOT_NAMES.has(w.toLowerCase()) || CLINICAL_ABBREVIATIONS.has(w.toLowerCase()) || /^[A-Z]{2,5}$/.test(w))) {
      tail = tail.slice(0, after.index);
      m.full = lead + tail;
    }
    // "Home" names a place only as a proper name ("Ashgrove Home"), not "Home health", "Home visit".
    // "Framingham PD": a police department only after a town's name ("on PD" is peritoneal dialysis).
    if (/^PD$/.test(tail) && !d.cities.has(leadWords.join(' ').toLowerCase())) continue;
    if (/^(?:Home|HOME)$/.test(tail) && text.slice(start, m.index + lead.length).split(/[ \t\n]+/).every((w) => !w || HOME_GENERIC.has(w.toLowerCase()))) continue;
    if (/^(?:Home|HOME)$/.test(tail) && /^[ \t]+(?:health|care|visits?|services?|infusion|o2|oxygen|safety|eval|evaluation|exercises?|program|med|meds|medications?|regimen|instructions|setting|environment|modifications?|nursing|pt|ot)\b/i.test(text.slice(m.index + m.full.length, m.index + m.full.length + 16))) continue;
    // "... of Pelham", "... for Aging Neighbors": a named place after the kind names the whole.
    // An organisation kind after three or more title-case words names one ("Tri-City Community Action Program").
    const orgNamed = ORG_KIND.test(tail) && (leadWords.length >= 3 || (leadWords.length === 2 && /^Legal Services/.test(tail)) || (leadWords[0] === 'Greater' && leadWords.length >= 2)) && /^\p{Lu}/u.test(text.slice(start, start + 1));
    const namedAfter = /[ \t](?:of|for|OF|FOR)[ \t]+(?:the[ \t]+)?\p{Lu}/u.test(tail) && start < m.index + lead.length;
    // "First Haitian Baptist", "Second Congregational": an ordinal before a denomination names a congregation.
    const congregation = (/^(?:Baptist|Methodist|Lutheran|Presbyterian|Episcopal|Pentecostal|Adventist|Congregational|Church|Chapel|Tabernacle)/.test(tail) && /^(?:First|Second|Third|Fourth|Fifth|Greater)$/.test(leadWords[0] ?? ''))
      // (A church by its denomination's initials after a biblical or virtue word: "New Hope AME", "Greater Zion COGIC" (pass 6).)
      || (/^(?:AME|AME Zion|CME|UMC|COGIC|UCC|Missionary Baptist|Free Will Baptist)$/.test(head) && leadWords.some((w) => FACILITY_WORDS.has(w.toLowerCase())));
    // A specialty is a section title on its own line ("...Z\nPathology"): only a name on the same line leads it.
    if (PRACTICE_TAIL.test(tail) && (text.slice(start, m.index + lead.length).includes('\n') || leadWords.some((w) => w.length < 2))) continue;
    // ("New Horizon Recovery Center", "New Life Fellowship": "New" and a title-case word name it (pass 7).)
    if (((named && !newHead) || headNamed || (newNameLead && organisationHead) || namedAfter || orgNamed || congregation || practiceNamed) && start < m.index + lead.length) {
      // A company form after a comma belongs to the name ("Ridgeline Systems, Inc.").
      const form = /^,?[ \t]+(?:Inc|INC|LLC|Corp|CORP|Ltd|LTD|LLP|PLLC|P\.?C)\b/.exec(text.slice(m.index + m.full.length, m.index + m.full.length + 10));
      let end = m.index + m.full.length + (form ? form[0].length : 0);
      // A site after a dash or "Plus" belongs to the name (pass 7): "Maple Grove Clinic - Tillson",
      // "Clearview Eye Care Plus Marston", when the site is one or two name-like words ending the phrase.
      const site = form ? null : SITE_AFTER.exec(text.slice(end, end + 40));
      if (site && SITE_HEADS.test(tail) && site[1]!.split(/[ \t]+/).every((w) => {
        const key = w.toLowerCase();
        const english = d.englishWords.get(key);
        return !NOT_NAMES.has(key) && !FACILITY_STOP.has(key) && !CLINICAL_ABBREVIATIONS.has(key) && (d.cities.has(key) || english === undefined || english >= 35);
      })) end += site[0].length;
      push(start, end, 'FACILITY', PRIORITY.facility);
    }
  }
}

/**
 * Like `withLead`, but tries the sticky tails only at tokens whose key starts one (`tailsByFirst`). Every tail
 * alternative starts with a capital, so a lower-case token is skipped before the set look-up.
 */
function* withLeadAtTokens(text: string, tokens: readonly Token[], tailsByFirst: ReadonlyMap<string, readonly RegExp[]>, lead: (before: string) => RegExpExecArray | null): Generator<{ index: number; full: string; lead: string }> {
  let after = 0;
  for (const t of tokens) {
    if (t.shape === 'lower' || t.start < after) continue;
    const tails = tailsByFirst.get(t.key);
    if (!tails) continue;
    let m: RegExpExecArray | null = null;
    for (const tail of tails) {
      tail.lastIndex = t.start;
      if ((m = tail.exec(text))) break;
    }
    if (!m) continue;
    const before = text.slice(Math.max(0, t.start - 120), t.start);
    const l = lead(before);
    // (A suffix with no name before it does not hide a name after it: "Rehab at Harlan Recovery Center" (pass 6).)
    if (!l) continue;
    after = t.start + m[0].length;
    yield { index: t.start - l[0].length, full: l[0] + m[0], lead: l[0] };
  }
}

const isLeadBlank = (c: number) => c === 32 || c === 9 || c === 10;

/**
 * `FACILITY_LEAD.exec(before)`, tried only where a match can start. Every word of the lead ends in
 * blanks and the lead ends the string, so it starts with a capital or "&" among the last five
 * blank-separated words. (Scanned from the start, the pattern tried and backtracked over one to
 * five words at every capital of the 120 characters: several microseconds a call.)
 *
 * @example
 *   facilityLeadOf('seen at Saint Anne ')?.[0] // 'Saint Anne '
 */
export function facilityLeadOf(before: string): RegExpExecArray | null {
  const n = before.length;
  if (n === 0 || !isLeadBlank(before.charCodeAt(n - 1))) return null;
  let from = n;
  for (let words = 0; words < 5 && from > 0; words++) {
    while (from > 0 && isLeadBlank(before.charCodeAt(from - 1))) from -= 1;
    while (from > 0 && !isLeadBlank(before.charCodeAt(from - 1))) from -= 1;
  }
  for (let s = from; s < n; s++) {
    const c = before.charCodeAt(s);
    if (!((c >= 65 && c <= 90) || c === 38 || c >= 128)) continue;
    FACILITY_LEAD_AT.lastIndex = s;
    const m = FACILITY_LEAD_AT.exec(before);
    if (m) return m;
  }
  return null;
}
