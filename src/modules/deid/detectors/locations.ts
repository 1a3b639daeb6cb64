// ADDRESS, ZIP, LOCATION and FACILITY: geography below the state. States are not PHI and are
// never reported; the ZIP after them is, and so is the city before them.
import { matchesAt, PRIORITY, tokenFlags, type Candidate, type DetectInput } from './detector';
import type { Token } from '../text-tokens';
import { CLINICAL_ABBREVIATIONS, EPONYMS, MONTH_PATTERN, MONTHS, NOT_NAMES, transpositions, WEEKDAYS } from '../lexicon';

// USPS Publication 28 street suffixes (title case; plurals such as "Pines" allowed below).
const SUFFIXES = ['Alley', 'Annex', 'Arcade', 'Bayou', 'Beach', 'Bluff', 'Bottom', 'Branch', 'Bridge', 'Burg', 'Bypass', 'Camp', 'Canyon', 'Cape', 'Causeway', 'Center', 'Cliff', 'Club', 'Common', 'Corner', 'Course', 'Crest', 'Crossroad', 'Curve', 'Dale', 'Dam', 'Divide', 'Estate', 'Flat', 'Ford', 'Fort', 'Garden', 'Harbor', 'Inlet', 'Junction', 'Key', 'Land', 'Light', 'Loaf', 'Lock', 'Lodge', 'Meadow', 'Mill', 'Mission', 'Motorway', 'Mount', 'Mountain', 'Neck', 'Orchard', 'Overpass', 'Passage', 'Pine', 'Plain', 'Radial', 'Ramp', 'Rapid', 'Rue', 'Shore', 'Skyway', 'Spring', 'Stream', 'Trafficway', 'Tunnel', 'Via', 'Wall', 'Street', 'St', 'Avenue', 'Ave', 'Av', 'Road', 'Rd', 'Boulevard', 'Blvd', 'Drive', 'Dr', 'Lane', 'Ln', 'Court', 'Ct', 'Place', 'Pl', 'Terrace', 'Ter', 'Way', 'Circle', 'Cir', 'Parkway', 'Pkwy', 'Highway', 'Hwy', 'Square', 'Sq', 'Trail', 'Trl', 'Loop', 'Row', 'Path', 'Alley', 'Plaza', 'Plz', 'Pike', 'Crescent', 'Close', 'Grove', 'Gardens', 'Heights', 'Point', 'Ridge', 'Run', 'Pass', 'Crossing', 'Commons', 'Mall', 'Walk', 'Expressway', 'Expy', 'Freeway', 'Fwy', 'Turnpike', 'Tpke', 'Park', 'Hill', 'Hollow', 'Bend', 'Cove', 'Glen', 'Landing', 'Meadows', 'Manor', 'Estates', 'Mews', 'Wharf', 'Brook', 'Creek', 'Lake', 'Route', 'Rte', 'Green', 'Station', 'Spur', 'Villas', 'Harbor', 'Junction', 'Knoll', 'Oval', 'Pointe', 'Shores', 'Springs', 'Summit', 'View', 'Vista', 'Village', 'Isle', 'Island', 'Field', 'Fields', 'Falls', 'Ferry', 'Forest', 'Forge', 'Fork', 'Gateway', 'Haven', 'Port', 'Prairie', 'Ranch', 'Rapids', 'Rest', 'River', 'Shoal', 'Trace', 'Track', 'Union', 'Valley', 'Ville', 'Well', 'Wells', 'Stravenue', 'Throughway', 'Underpass', 'Viaduct', 'Extension'];
// In all-caps text only the unmistakable street words count ("HILL", "PARK" are too common).
const CORE_SUFFIXES = ['STREET', 'ST', 'AVENUE', 'AVE', 'ROAD', 'RD', 'BOULEVARD', 'BLVD', 'DRIVE', 'DR', 'LANE', 'LN', 'COURT', 'CT', 'PLACE', 'PL', 'TERRACE', 'TER', 'WAY', 'CIRCLE', 'CIR', 'PARKWAY', 'PKWY', 'HIGHWAY', 'HWY', 'SQUARE', 'SQ', 'TRAIL', 'TRL', 'PLAZA', 'PIKE', 'ROUTE', 'RTE', 'TURNPIKE', 'EXPRESSWAY'];
const SUFFIX = `(?:${SUFFIXES.join('|')})s?|${CORE_SUFFIXES.join('|')}`;
const WORD = "[A-Z0-9][A-Za-z0-9'-]*";
const DIR = '(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West|NORTH|SOUTH|EAST|WEST)\\.?';
// Unit: "Apt 4B", "Suite 200", "# 5", "Building C", "Apt B", "2nd fl", "3rd floor".
const UNIT = "(?:,?[ \\t]*(?:Apt|APT|Apartment|APARTMENT|Unit|UNIT|Suite|SUITE|Ste|STE|Fl|FL|Floor|FLOOR|Rm|RM|Room|Bldg|BLDG|Building|BUILDING|#)\\.?[ \\t]*#?[ \\t]*(?:[A-Za-z0-9-]*\\d[A-Za-z0-9-]*|[A-Z](?![A-Za-z]))|,?[ \\t]*#[ \\t]?[A-Za-z0-9-]+|,?[ \\t]*\\d{1,2}(?:st|nd|rd|th)[ \\t]+(?:fl|floor|Fl|Floor|FL|FLOOR)\\b\\.?)?";
const STREET = new RegExp(`(?<!(?:${MONTH_PATTERN})\\.?\\s)\\b(?:[NSEW](?=\\d{3,6}[ \\t]))?\\d{1,6}[A-Za-z]?(?:-\\d{1,4})?(?:[ \\t]+|[ \\t]*\\n[ \\t]*)(?!(?:${MONTH_PATTERN})\\b)(?:${DIR}\\s+)?(?:${WORD}(?:[ \\t]+|[ \\t]*\\n[ \\t]*)){1,3}?(?:${SUFFIX})\\b\\.?(?:[ \\t]+(?:${SUFFIX})\\b\\.?)?(?:\\s+${DIR}(?![A-Za-z]))?${UNIT}`, 'g');
// Numbered roads without a house number: "Route 9", "Rte. 1A", "Highway 61", "I-95" is left alone.
const ROUTE = /\b(?:(?:County|COUNTY|Cty|CTY)[ \t]+(?:Road|Rd|Highway|Hwy|Trunk|Route)\.?[ \t]+[A-Z]{1,2}\b(?![ \t]*[a-z])|(?:Route|ROUTE|Rte|RTE|Highway|HIGHWAY|Hwy|HWY|State Road|County Road|Farm Road)\.?[ \t]+\d{1,4}[A-Z]?\b)(?![.:]\d|[ \t]*(?:mg|mcg|ml|units?|%))/g;
const ROUTE_HINT = /Route|ROUTE|Rte|RTE|Highway|HIGHWAY|Hwy|HWY|Road|ROAD/;
// A street named without a number after "on", "off", "lives on": "on Sagamore Street", "off Blue Hill Ave".
const STREET_NO_NUMBER = /\b(?:on|off|ON|OFF|near|NEAR)[ \t]+(?<v>(?:\p{Lu}[\p{L}'’-]+[ \t]+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Parkway|Pkwy|Terrace|Court|Ct|Place|Drive|Way|Highway|Turnpike|STREET|AVENUE|AVE|ROAD|BOULEVARD|BLVD|LANE|DRIVE)\b\.?)(?![ \t]*\p{Lu}\p{Ll})/gu;
// After "lives at", "resides at", "address:": a house number and up to six words is the street,
// whatever its suffix ("RESIDES AT 78712 MARLEN COMMON, BOWIE"); it ends at a comma or " in ".
const STOP_WORD = '(?:in|w|with|and|on|near|since|for|from|to|x|IN|W|WITH|AND|ON|NEAR|SINCE|FOR|FROM|TO)';
const ADDRESS_CUED = new RegExp(`\\b(?:lives|living|lived|resides|residing|resident|located|staying|stays|address|ADDRESS|LIVES|LIVING|RESIDES|RESIDING|STAYING|Lives|Living|Resides|Residing|Address|Staying|Home|HOME)(?:[ \\t]+(?:alone|ALONE))?[ \\t]*(?:at|AT|:|is|IS)[ \\t]*(?<v>\\d{1,6}[A-Za-z]?(?:-\\d{1,4})?\\s+[A-Za-z][\\w'’.-]*(?:[ \\t]+(?!${STOP_WORD}\\b)[A-Za-z0-9][\\w'’.-]*){0,5}${UNIT})(?=[ \\t]*(?:[,.;)]|\\n|$|[ \\t]${STOP_WORD}\\b|[ \\t]w\\/))`, 'g');
// "507 Noemi Via, Lafayette 85995": number and words, then a city and a ZIP with no state between.
const STREET_CITY_ZIP = /(?<![\w.-])(?<a>\d{1,6}[A-Za-z]?[ \t]+[A-Za-z][\w'’.-]*(?:[ \t\n]+[A-Za-z][\w'’.-]*){0,4}),[ \t\n]*(?<c>\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2})[ \t\n]+(?<z>\d{5}(?:-\d{4})?)(?![\d-])/gu;
// A numbered street without a house number: "E 41st St", "off West 112th Street", "on 5th Ave".
const ORDINAL_STREET = /\b(?:(?:[NSEW]\.?|North|South|East|West)[ \t]+|(?<=\b(?:on|off|near|at|ON|OFF|NEAR)[ \t]+))\d{1,3}(?:st|nd|rd|th)[ \t]+(?:Street|St|Avenue|Ave|Road|Rd|Place|Pl|Boulevard|Blvd|Drive|Dr|Terrace|Ter|Way)\b\.?/g;
const PO_BOX = /\b(?:P\.?\s?O\.?\s*Box|Post\s+Office\s+Box|POB|(?:HC|HCR|RR|R\.R\.|Rural\s+Route|Star\s+Route)\s*#?\s*\d+\s*,?\s*Box)\s*#?\s*\d+/gi;
const APT_ALONE = /\b(?:Apt|APT|Apartment|Suite|Ste|STE)\.?\s*#?\s*[A-Za-z0-9-]*\d[A-Za-z0-9-]*\b/g;

const STATE_NAMES = 'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|District of Columbia|Puerto Rico';
const STATE_ABBR = 'AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|PR';
// Abbreviations that are also clinical words or credentials ("Smith, MD"; "PA"; "IN").
const AMBIGUOUS_STATES = new Set(['MD', 'PA', 'MA', 'ME', 'IN', 'OR', 'OK', 'HI', 'DE', 'CO', 'MS', 'AL', 'ID', 'LA', 'OH', 'MO', 'NE', 'SC', 'GA', 'PR', 'DC', 'CT', 'NC', 'RI', 'UT', 'VA', 'WA', 'IL', 'MI', 'AR']);
const STATE = `(?:${STATE_NAMES}|${STATE_NAMES.toUpperCase()}|${STATE_ABBR})`;
// (`cityStateStarts` reads this shape, words of [A-Za-z.'-] and separators of [ \t\n,] before the
// state, to find where a match can start: change the two together.)
export const CITY_STATE = new RegExp(`((?:[A-Z][A-Za-z.'-]*[ \\t]+){0,3}[A-Z][A-Za-z.'-]*)(?:,[ \\t]*\\n?[ \\t]*|[ \\t]+\\n?[ \\t]*|\\n[ \\t]*)(${STATE})\\.?(?![A-Za-z])(?:(?:,[ \\t]*\\n?[ \\t]*|[ \\t]+\\n?[ \\t]*|\\n[ \\t]*)(\\d{5}(?:-\\d{4})?)(?!\\d))?`, 'g');
const STATE_ONLY = new RegExp(`^${STATE}$`);
// A city before its country: "Accra, Ghana", "Cusco, Peru" (the country itself is not PHI).
// (`cityCountryStarts` reads this shape, up to three words joined by one blank right before the
// comma, to find where a match can start: change the two together.)
export const CITY_COUNTRY = /(?<![\p{L}\p{M}'’-])((?:\p{Lu}[\p{L}\p{M}'’-]*[ \t]){0,2}\p{Lu}[\p{L}\p{M}'’-]*),[ \t]*(\p{Lu}[\p{L}\p{M}]+(?:[ \t]\p{Lu}[\p{L}\p{M}]+){0,2})(?=[.,;:)\n]|$|[ \t]+(?:in|and|on|for|since|with|to|where|until)\b)/gu;
/** States and countries are not PHI under Safe Harbor. */
export const isStateOrCountry = (s: string): boolean => STATE_ONLY.test(s) || COUNTRIES.has(s.toLowerCase());
// CITY_STATE is tried only just before a state (see `cityStateStarts`), not at every capital.
const CITY_STATE_AT = new RegExp(CITY_STATE.source, 'y');
const STATE_FIRST_WORDS: ReadonlySet<string> = new Set([...STATE_NAMES.split('|'), ...STATE_NAMES.toUpperCase().split('|'), ...STATE_ABBR.split('|')].map((s) => s.split(' ')[0]!));
const ZIP_LABELED = /\b(?:zip|zip\s*code|postal\s*code|zipcode)\s*[:#]?\s*(\d{5}(?:-\d{4})?)\b/gi;
const COUNTY_WORDS = ['County', 'Parish', 'Borough'].flatMap((w) => [w, ...transpositions(w.toLowerCase()).filter((t) => t[0] === w[0]!.toLowerCase()).map((t) => w[0] + t.slice(1))]);
const COUNTY_SUFFIX = [...COUNTY_WORDS, ...COUNTY_WORDS.map((w) => w.toUpperCase())].join('|');
const COUNTY_HINT = new RegExp(COUNTY_WORDS.join('|'), 'i');
// "Suffolk County", "Okuneva-O'Hara County", "ST. LANDRY\nPARISH" (and "Coutny" typed in a hurry)
const COUNTY_TAIL = new RegExp(`(?<![\\p{L}])(?:${COUNTY_SUFFIX})(?![\\p{L}])`, 'gu');
const COUNTY_LEAD = /(?<![\p{L}'-])\p{Lu}[\p{L}'.-]*(?:[ \t]+\p{Lu}[\p{L}'.-]*)?(?:[ \t]+|[ \t]*\n[ \t]*)$/u;
// "lives in", "lives alone in", "moved here from", "resident of", "home in": a place follows.
const CITY_CUE_WORD = /\b(?:lives|living|lived|resides|residing|resident|moved|relocated|born|raised|moving|back|travel|spent|spends|summers|winters|emigrated|immigrated|fled|deported|visited|travels|visiting|travell?ed|trip|vacation(?:ed|ing)?|returned|native|grew up|works|working|employed|home|house|apartment|originally|came|coming|drove|drives|driving|flew|flying|flies|headed|heading|commutes|commuting|staying|went|going|goes|located|outside|downtown)\b/gi;
// Cues added for travel ("back from", "spent winter in"): after them a common word is an activity ("back to Work").
// ("went to Work", "going to School", "goes to Church": after going, a common word is where one goes daily.)
const WEAK_CITY_CUES = new Set(['back', 'travel', 'spent', 'spends', 'summers', 'winters', 'went', 'going', 'goes']);
const LOWER_PLACE_CUE = /\b(?:(?:lives|living|resides|residing|moved|moving|relocated)[ \t]+(?:in|to|at|near|outside(?:[ \t]+of)?)|from)[ \t]+([a-z]{4,})\b(?![-'])/g;
const CITY_PREPOSITION = /\b(?:in|of|to|from|at|near|outside|around)\s+/gi;
// Words that are part of many place names ("Iowa City", "Pinellas Park", "Palm Desert").
const PLACE_PARTS = new Set(['city', 'park', 'valley', 'beach', 'heights', 'falls', 'springs', 'port', 'lake', 'hills', 'village', 'center', 'township', 'junction', 'desert', 'grove', 'harbor', 'mount', 'fort', 'north', 'south', 'east', 'west', 'new', 'saint', 'st', 'santa', 'san', 'los', 'las', 'el', 'la', 'palm', 'rapids', 'creek', 'island', 'bay', 'point', 'station', 'county', 'parish']);

const FUNCTION_WORDS = new Set(['via', 'per', 'from', 'into', 'and', 'or', 'but', 'the', 'a', 'an', 'is', 'was', 'are', 'were', 'be', 'to', 'of', 'for', 'with', 'at', 'in', 'on', 'by', 'as', 'he', 'she', 'we', 'they', 'it', 'this', 'that', 'see', 'seen', 'would', 'will', 'can', 'could', 'should', 'able', 'her', 'his', 'him', 'them', 'who', 'which', 'not', 'no', 'if', 'then', 'so']);
// Words that can precede a city on its line without being part of it ("Lives In Salem, MA").
const CITY_LEAD_STOP = new Set(['in', 'at', 'from', 'to', 'the', 'and', 'of', 'near', 'lives', 'living', 'moved', 'home', 'address', 'city', 'located', 'via', 'per', 'with', 'for', 'on', 'is', 'was']);
// Countries are not PHI under Safe Harbor: their English names, from the runtime's own ICU data.
export const COUNTRIES: ReadonlySet<string> = (() => {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const out = new Set<string>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      try {
        const name = names.of(code);
        if (name && name !== code) out.add(name.toLowerCase());
      } catch {
        // not a region code
      }
    }
  }
  return out;
})();
const CUE_STOP = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'our', 'my', 'apartment', 'house', 'home', 'group', 'assisted', 'nursing', 'senior', 'skilled', 'independent', 'long', 'section', 'public', 'subsidized', 'shelter', 'rehab', 'this', 'that', 'same']);
// Ordinary words that commonly name hospitals.
const FACILITY_WORDS = new Set(['general', 'memorial', 'regional', 'community', 'university', 'children', "children's", 'saint', 'st', 'mount', 'mt', 'mercy', 'good', 'samaritan', 'providence', 'grace', 'valley', 'lake', 'lakeside', 'riverside', 'hillcrest', 'sacred', 'holy', 'cross', 'family', 'county', 'city', 'state', 'north', 'south', 'east', 'west', 'central', 'baptist', 'methodist', 'presbyterian', 'lutheran', 'christian', 'hope', 'union', 'pacific', 'atlantic', 'mountain', 'river', 'bay', 'harbor', 'park', 'grand', 'lady', 'our', 'national', 'american', 'veterans', 'shriners', 'kindred', 'select', 'catholic', 'jewish', 'islamic', 'episcopal', 'lutheran',
  'trinity', 'calvary', 'bethel', 'zion', 'emmanuel', 'faith', 'bethany', 'redeemer', 'resurrection', 'covenant', 'shiloh', 'ebenezer', 'nazarene']);
const FACILITY_SUFFIX = "(?:Center for Nursing and Rehabilitation|Center for Nursing|Molecular Diagnostics|Respiratory Supply|Medical Supplies|Medical Supply|Skin & Laser|Skin and Laser|Sleep Lab|Sleep Center|Heart Specialists|Specialists|Endocrinology|Rheumatology|Nephrology|Pulmonology|Pathology|Diagnostics|Rehabilitation|Home Medical|Nursing and Rehabilitation Center|Veterans Affairs Medical Center|Health and Rehabilitation|Rehabilitation Hospital|Community Health Center|Rehabilitation Center|Mental Health Center|Home Health Services|Medical Associates|Home Health Agency|Internal Medicine|Behavioral Health|VA Medical Center|Elementary School|Nursing Facility|Cancer Institute|Physicians Group|Gastroenterology|Home Health Care|Surgical Center|Heart Institute|Family Medicine|Family Practice|Health Services|Dialysis Center|Assisted Living|Skilled Nursing|Senior Services|Nursing Center|Medical Center|Medical Centre|Surgery Center|Imaging Center|Women's Health|Elder Services|Living Center|Health Center|Health Centre|Health System|Cancer Center|Eye Institute|Medical Group|Dialysis Unit|Senior Living|Middle School|Nursing Home|Rehab Center|Primary Care|Laboratories|Orthopaedics|Presbyterian|Health Care|Urgent Care|Care Center|Dermatology|Orthopedics|High School|Home Health|Healthcare|Pediatrics|Associates|Cardiology|Eye Center|Elementary|University|SeniorLife|Laboratory|Infirmary|Institute|Neurology|Radiology|Dentistry|Preschool|Home Care|Methodist|Nursing & Rehab|Nursing and Rehab|Funeral Home|Funeral Chapel|Legal Services|Food Pantry|Police Department|Police Dept|Fire Department|Sheriff's Office|Sheriff's Department|State Police|Police|PD|Mall|Tavern|Pub|Diner|Restaurant|Grill|Cafe|Café|Hotel|Motel|Inn|Casino|Supermarket|Bakery|Brewery|Warehouse|Factory|High School|High|Funeral Directors|Committee|Program|Network|Collaborative|Partnership|Initiative|Association|Society|Council|Alliance|House|Funeral Service|Funeral Services|Mortuary|Basilica|Cathedral|Church|Chapel|Synagogue|Mosque|Tabernacle|Fellowship|Ministries|Congregation|Human Services Authority|Human Services|Services Authority|Authority|Project|Coalition|Foundation|Post-Acute|Post Acute|Visiting Nurse Association|Visiting Nurses|VNA|Kidney Care|Kidney Center|Renal Care|Renal Center|Endoscopy Center|Endoscopy|Endo|Surgical Pavilion|Pavilion|Surgical|Behavioral|Apothecary|Drugs|GI|Gastro|Ortho|Derm|ENT|OB-GYN|OBGYN|Podiatry|Audiology|Counseling|Physical Therapy|Occupational Therapy|Sports Medicine|Chiropractic|Wellness Center|Episcopal|Lutheran|Catholic|Orthodox|Evangelical|Pentecostal|Adventist|Unitarian|Congregational|Charities|Charity|Renal|YMCA|YWCA|Daycare|Day Care|Montessori|Middle School|Middle|Women's|Medical Ctr|Med Center|Med Ctr|Hospital|Memorial|Regional|Pharmacy|Imaging|Dialysis|VAMC|Hosp|Partners|Medicine|Oncology|Clinics|Hospice|Urology|Academy|College|Baptist|General|Shelter|Clinic|Center|Centre|Health|Dental|School|Manor|Rehab|LTAC|Labs|ALF|SNF|Home)";
// Suffix words with swapped-letter typos ("Hsopital", "Medical Cetner").
const FACILITY_SUFFIX_TOLERANT = ['Hospital', 'Medical', 'Center', 'Centre', 'Clinic', 'Rehabilitation', 'Nursing', 'Memorial'].reduce(
  (pattern, word) => pattern.replace(new RegExp(`\\b${word}\\b`, 'g'), `(?:${[word, ...transpositions(word.toLowerCase()).filter((t) => t[0] === word[0]!.toLowerCase()).map((t) => word[0] + t.slice(1))].join('|')})`),
  FACILITY_SUFFIX,
);
// A facility is found from its suffix ("Hospital") backwards: scanning for the suffix first is
// many times faster than trying every capitalized word as the start of a name.
const FACILITY_LEAD = /(?<![\p{L}'&-])(?:(?:St\.?|ST\.?|Saint|Mt\.?|MT\.?|Mount|\p{Lu}[\p{L}'&-]*|&)(?:[ \t]+\n?[ \t]*|\n[ \t]*)){1,5}$/u;
const FACILITY_TAIL = new RegExp(`(?<![\\p{L}])(?:${FACILITY_SUFFIX_TOLERANT.replace(/ /g, '\\s+')}|${FACILITY_SUFFIX_TOLERANT.toUpperCase().replace(/ /g, '\\s+').replace(/\(\?:/g, '(?:')})(?![\\p{L}])(?![ \\t]*:)(?![ \\t]+(?:course|stay|day|admission|visit|records?|policy|discharge|COURSE|STAY|DAY|[Ss]urgery|[Mm]edicine|[Aa]ppearance|[Aa]nesthesia|[Pp]ractitioner|[Hh]istory|[Mm]aintenance|[Ss]creening|[Ee]ducation|[Ss]tatus|[Cc]onsult|[Ff]ellow|SURGERY|MEDICINE|APPEARANCE)\\b)(?:[ \\t]+(?:of|at|for|OF|AT|FOR)[ \\t]+(?:the[ \\t]+|THE[ \\t]+)?(?:(?:St|Mt|Ft)\\.|\\p{Lu}[\\p{L}'-]+)(?:[ \\t]+(?:(?:St|Mt|Ft)\\.|\\p{Lu}[\\p{L}'-]+)){0,3})?`, 'gu');
const PRACTICE_TAIL = /^(?:Center for Nursing|Molecular Diagnostics|Respiratory Supply|Medical Suppl|Home Medical|Skin (?:&|and) Laser|Sleep|Heart Specialists|Specialists|Endocrinology|Rheumatology|Nephrology|Pulmonology|Pathology|Diagnostics|Rehabilitation|Physical Therapy|Cardiology|Dermatology|Orthop)/;
const DENOMINATION = /^(?:Catholic|Baptist|Lutheran|Methodist|Presbyterian|Episcopal|Orthodox|Evangelical|Pentecostal|Adventist|Unitarian|Congregational)$/;
const ORG_KIND = /^(?:Legal Services|Committee|Coalition|Alliance|Project|Program|Network|Collaborative|Partnership|Initiative|Association|Society|Foundation|Council|Authority|Services|Agency)\b/;
// Words before "Home" that name a kind of home, not a place ("Foster Home", "Group Home").
const HOME_GENERIC = new Set(['foster', 'group', 'nursing', 'rest', 'funeral', 'private', 'family', 'own', 'mobile', 'care', 'boarding', 'halfway', 'sober', 'adult', 'senior', 'residential', 'retirement', 'her', 'his', 'their', 'children', "children's", 'old', 'new', 'the', 'a']);
// The tail can only start at a token whose word begins a suffix: test those positions only (a
// scan of every position with this long alternation was the slowest part of the engine).
const FACILITY_TAIL_AT = new RegExp(FACILITY_TAIL.source, 'uy');
const TOLERANT_WORDS = ['hospital', 'medical', 'center', 'centre', 'clinic', 'rehabilitation', 'nursing', 'memorial'];
const FACILITY_FIRST_WORDS: ReadonlySet<string> = new Set(
  FACILITY_SUFFIX.slice(3, -1).split('|').flatMap((alt) => {
    const first = alt.split(/[ -]/)[0]!.toLowerCase().replace(/['’]s$/, '');
    return TOLERANT_WORDS.includes(first) ? [first, ...transpositions(first)] : [first];
  }),
);
const FACILITY_STOP = new Set(['the', 'a', 'an', 'to', 'at', 'from', 'in', 'on', 'of', 'and', 'or', 'transferred', 'transfer', 'seen', 'admitted', 'discharged', 'presented', 'followed', 'evaluated', 'treated', 'went', 'sent', 'per', 'via', 'with', 'by', 'for', 'outside', 'local', 'osh', 'his', 'her', 'their', 'pt', 'patient', 'was', 'is', 'has', 'had', 'records', 'record', 'notes', 'note', 'called', 'call', 'contact', 'contacted', 'home', 'discharge', 'admission', 'follow', 'up', 'f/u', 'referred', 'referral', 'our', 'your', 'this', 'that', 'ed', 'er', 'icu', 'visit', 'went', 'brought', 'taken', 'arrived', 'returns', 'returned', 'last', 'prior', 'previous', 'recent', 'recently', 'currently', 'now', 'new', 'old', 'dear', 're', 'copy', 'cc', 'name', 'facility', 'location', 'site', 'address', 'fax', 'phone', 'tel', 'dr', 'mr', 'mrs', 'ms', 'signed', 'attending', 'pcp', 'attends', 'attended', 'visits', 'visited', 'works', 'worked', 'enrolled', 'joined', 'stays', 'stayed', 'lives', 'lived', 'goes', 'teaches', 'taught', 'volunteers', 'md', 'rn', 'np', 'phd', 'facc', 'facs', 'facp', 'lcsw', 'msw', 'pharmd', 'dds', 'dmd']);

/**
 * Finds street addresses, ZIP codes, cities and counties, and hospitals or clinics.
 *
 * @example
 *   detectLocations({ text: '12 Elm St\nBoston, MA 02114', ... }) // ADDRESS, LOCATION, ZIP
 */
export function detectLocations(input: DetectInput): Candidate[] {
  const { text, tokens, dictionaries: d } = input;
  const flagsAt = tokenFlags(input);
  const out: Candidate[] = [];
  const push = (start: number, end: number, type: Candidate['type'], priority: number) => {
    if (end > start) out.push({ start, end, type, priority });
  };
  const streetRes = ROUTE_HINT.test(text) ? [STREET, PO_BOX, APT_ALONE, ROUTE, STREET_NO_NUMBER] : [STREET, PO_BOX, APT_ALONE, STREET_NO_NUMBER];
  if (/\d(?:st|nd|rd|th)[ \t]/.test(text)) streetRes.push(ORDINAL_STREET);
  for (const re of streetRes) {
    for (const m of text.matchAll(re)) {
      const end = m.index! + m[0].trimEnd().length;
      if (m.groups?.v) {
        push(end - m.groups.v.trimEnd().length, end, 'ADDRESS', PRIORITY.address);
        continue;
      }
      // "... Dr. Keller": a title, not the street suffix "Dr".
      if (/\b(?:Dr|DR)\.?$/.test(m[0].trimEnd()) && /^\.?[ \t]+\p{Lu}/u.test(text.slice(end, end + 4))) continue;
      // "W8812 County Hwy K": a county road is lettered.
      const letter = /County[ \t]+(?:Hwy|Highway|Road|Rd|Trunk)\.?$/.test(m[0].trimEnd()) ? /^[ \t]+[A-Z]{1,2}\b(?![ \t]*[a-z])/.exec(text.slice(end, end + 6)) : null;
      push(m.index!, end + (letter ? letter[0].length : 0), 'ADDRESS', PRIORITY.address);
    }
  }

  for (const m of matchesAt(CITY_STATE_AT, text, cityStateStarts(text, tokens))) {
    const words = m[1]!;
    const state = m[2]!;
    const zip = m[3];
    const zipStart = zip ? m.index! + m[0].length - zip.length : -1;
    // The city is the longest tail of the capitalized words that the places dictionary knows
    // (or, before a ZIP, the tail after any ordinary leading words).
    const parts = [...words.matchAll(/[A-Za-z.'-]+/g)];
    let cityStart = -1;
    for (let k = zip ? parts.length : 0; k < parts.length; k++) {
      const candidate = words.slice(parts[k]!.index).toLowerCase();
      if (d.cities.has(candidate.replace(/\./g, '').replace(/^st /, 'saint ')) || d.cities.has(candidate)) {
        cityStart = m.index! + parts[k]!.index!;
        break;
      }
    }
    // Without a ZIP, extend a dictionary city left over words such as "South", "Port", "New".
    if (cityStart >= 0 && !zip) {
      let k = parts.findIndex((p) => m.index! + p.index! === cityStart);
      while (k > 0 && PLACE_PARTS.has(parts[k - 1]![0].toLowerCase().replace(/\.$/, ''))) k -= 1;
      cityStart = m.index! + parts[k]!.index!;
    }
    if (cityStart < 0 && zip) {
      let k = 0;
      while (k < parts.length - 1 && (CITY_LEAD_STOP.has(parts[k]![0].toLowerCase()) || NOT_NAMES.has(parts[k]![0].toLowerCase()))) k += 1;
      cityStart = m.index! + parts[k]!.index!;
    }
    const ambiguous = state.length === 2 && AMBIGUOUS_STATES.has(state);
    if (cityStart >= 0 && (!ambiguous || zip || isPlaceWord(parts, d))) push(cityStart, m.index! + words.length, 'LOCATION', PRIORITY.location + 10);
    if (zip) push(zipStart, zipStart + zip.length, 'ZIP', PRIORITY.exact);
    // "12 Any Name Xing,\nSpringfield, IL 62701": the numbered line before "City, ST ZIP" is the street.
    if (zip && cityStart >= 0) {
      const before = /(?:^|[\n,:;]\s*|\s{2,}|\b(?:at|on|to|from|is|address)\s+)(\d{1,6}[A-Za-z]?\s+[\p{L}0-9][\p{L}0-9'. #-]{2,60}?)\s*(?:,\s*|\n\s*)$/u.exec(text.slice(Math.max(0, cityStart - 70), cityStart));
      if (before) push(cityStart - before[0].length + before[0].indexOf(before[1]!), cityStart - before[0].length + before[0].indexOf(before[1]!) + before[1]!.length, 'ADDRESS', PRIORITY.address);
    }
  }
  if (/,[ \t]*\p{Lu}/u.test(text)) {
    for (const m of matchesAt(CITY_COUNTRY_AT, text, cityCountryStarts(text))) {
      if (!COUNTRIES.has(m[2]!.toLowerCase()) || STATE_ONLY.test(m[2]!)) continue;
      // Leading prose words are not part of the city ("Travel: Accra" keeps "Accra").
      const words = [...m[1]!.matchAll(/\S+/g)];
      while (words.length && (NOT_NAMES.has(words[0]![0].toLowerCase()) || CITY_LEAD_STOP.has(words[0]![0].toLowerCase()) || FUNCTION_WORDS.has(words[0]![0].toLowerCase()) || CLINICAL_ABBREVIATIONS.has(words[0]![0].toLowerCase()) || COUNTRIES.has(words[0]![0].toLowerCase()))) words.shift();
      if (!words.length) continue;
      push(m.index! + words[0]!.index!, m.index! + m[1]!.length, 'LOCATION', PRIORITY.location);
    }
  }
  for (const m of text.matchAll(ADDRESS_CUED)) {
    const v = m.groups!.v!.trimEnd();
    const start = m.index! + m[0].indexOf(m.groups!.v!);
    push(start, trimTrailing(text, start, start + v.length), 'ADDRESS', PRIORITY.address);
  }
  for (const m of text.matchAll(STREET_CITY_ZIP)) {
    const { a, c, z } = m.groups!;
    if (STATE_ONLY.test(c!)) continue; // "Keene, NH 03431": CITY_STATE's case
    const aStart = m.index!;
    const cStart = m.index! + m[0].indexOf(c!, a!.length);
    push(aStart, aStart + a!.length, 'ADDRESS', PRIORITY.address);
    if (!NOT_NAMES.has(c!.toLowerCase())) push(cStart, cStart + c!.length, 'LOCATION', PRIORITY.location + 10);
    push(m.index! + m[0].length - z!.length, m.index! + m[0].length, 'ZIP', PRIORITY.exact);
  }
  if (/zip|postal/i.test(text)) for (const m of text.matchAll(ZIP_LABELED)) {
    const start = m.index! + m[0].length - m[1]!.length;
    push(start, start + m[1]!.length, 'ZIP', PRIORITY.labeled);
  }
  if (COUNTY_HINT.test(text)) for (const m of withLead(text, COUNTY_TAIL, COUNTY_LEAD)) {
    const first = m.full.split(/\s+/)[0]!.toLowerCase();
    const start = FACILITY_STOP.has(first) ? m.index + m.full.indexOf(' ') + 1 : m.index;
    push(start, m.index + m.full.length, 'LOCATION', PRIORITY.location);
  }
  for (const m of withLeadAtTokens(text, tokens, FACILITY_FIRST_WORDS, FACILITY_TAIL_AT, FACILITY_LEAD)) {
    let start = m.index;
    const lead = m.lead;
    // The name starts after the last ordinary word of the lead ("ABLE TO SEE HER IN CLINIC").
    let leading = true;
    for (const w of lead.matchAll(/\S+/g)) {
      const key = w[0].toLowerCase().replace(/[.,]$/, '');
      // A capitalized function word inside a title-case name is part of it ("Mt. Zion Free Will Baptist").
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
      if ((orgTail || faithTail) && (EPONYMS.has(key) || CLINICAL_ABBREVIATIONS.has(key))) return false; // "Alzheimer's Association"
      // Before a program or committee, only a proper name counts ("Smoking Cessation Program" is none).
      if (orgTail || faithTail) return !NOT_NAMES.has(key) && (((d.lastNames.get(key) ?? Infinity) < 10000 && !d.englishWords.has(key)) || d.cities.has(key) || (!d.englishWords.has(key) && !d.medicalTerms.has(key)));
      // Common surnames that are also words ("Brown", "Miller") name many practices.
      if ((d.lastNames.get(key) ?? Infinity) < 10000 && !NOT_NAMES.has(key)) return true;
      return !NOT_NAMES.has(key) && !(d.medicalTerms.has(key) && d.englishWords.has(key)) && !(d.englishWords.get(key)! <= 20 && !FACILITY_WORDS.has(key));
    });
    let tail = m.full.slice(lead.length);
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
    const congregation = /^(?:Baptist|Methodist|Lutheran|Presbyterian|Episcopal|Pentecostal|Adventist|Congregational|Church|Chapel|Tabernacle)/.test(tail) && /^(?:First|Second|Third|Fourth|Fifth|Greater)$/.test(leadWords[0] ?? '');
    // A specialty is a section title on its own line ("...Z\nPathology"): only a name on the same line leads it.
    if (PRACTICE_TAIL.test(tail) && (text.slice(start, m.index + lead.length).includes('\n') || leadWords.some((w) => w.length < 2))) continue;
    if ((named || namedAfter || orgNamed || congregation || practiceNamed) && start < m.index + lead.length) push(start, m.index + m.full.length, 'FACILITY', PRIORITY.facility);
  }

  // Cities by context ("lives in Revere") or by being a multi-word or unambiguous place name.
  // One pass finds where every cue ends, instead of testing the text before each word.
  const cueEnds = new Set<number>();
  const weakCueEnds = new Set<number>();
  for (const m of text.matchAll(CITY_CUE_WORD)) {
    // Every "in/of/to/from/at/near" within a few words after the cue ("lives at 12 Elm St in Quincy").
    const from = m.index! + m[0].length;
    const window = /^[\w\s,'-]{0,28}/.exec(text.slice(from, from + 28))![0];
    const weak = WEAK_CITY_CUES.has(m[0].toLowerCase());
    for (const p of window.matchAll(CITY_PREPOSITION)) {
      const at = from + p.index! + p[0].length;
      // (A strong cue makes the place strong; a second weak cue does not: "went to Work and then went to School".)
      if (weak) {
        if (!cueEnds.has(at)) weakCueEnds.add(at);
      } else weakCueEnds.delete(at);
      cueEnds.add(at);
    }
  }
  // Lower-case nursing shorthand: "lives in dedham", "pt from braintree". Only right after a
  // residence or origin cue, and only a word the places list knows that is no English word.
  if (/\b(?:from|lives|living|resides|residing|moved|moving|relocated)\b/.test(text)) for (const m of text.matchAll(LOWER_PLACE_CUE)) {
    const key = m[1]!;
    if (!d.cities.has(key) || d.englishWords.has(key) || NOT_NAMES.has(key) || CLINICAL_ABBREVIATIONS.has(key)) continue;
    push(m.index! + m[0].length - key.length, m.index! + m[0].length, 'LOCATION', PRIORITY.location);
  }
  // A clinical abbreviation in capitals ("from OSH", "to ED") is no town, unless the whole note shouts.
  let lowerTokens = 0;
  for (const t of tokens) if (t.shape === 'lower') lowerTokens += 1;
  const someLower = lowerTokens * 10 > tokens.length;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.shape !== 'cap' && t.shape !== 'upper') continue;
    if (someLower && t.shape === 'upper' && CLINICAL_ABBREVIATIONS.has(t.key)) continue;
    const cue = cueEnds.has(t.start);
    // A hyphenated place after a cue: "born in Port-au-Prince", "St. Mary-of-the-Woods", "Cap-Haïtien".
    // (Without a cue, after "in", "and", "from": only a compound the places dictionary knows, "Wilkes-Barre".)
    let compound = cue || text[t.end] === '-' ? HYPHENATED_PLACE.exec(text.slice(t.start, t.start + 60)) : null;
    if (compound && !cue && !(FOREIGN_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start)) && d.cities.has(compound[0].replace(/-/g, ' ').toLowerCase()))) compound = null;
    if (compound && !(t.shape === 'upper' && CLINICAL_ABBREVIATIONS.has(t.key))) {
      push(t.start, t.start + compound[0].length, 'LOCATION', PRIORITY.location);
      while (i + 1 < tokens.length && tokens[i + 1]!.end <= t.start + compound[0].length) i += 1;
      continue;
    }
    // A word with letters outside ASCII after "in", "from", "to": a foreign place ("from Huế", "in Querétaro").
    if (!cue && !isAsciiWord(t.text) && !NOT_NAMES.has(t.key) && !LANGUAGES.has(t.key) && !EPONYM_AFTER.test(text.slice(t.end, t.end + 16)) && FOREIGN_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start))) {
      let j = i;
      while (j + 1 < tokens.length && j - i < 2 && /^[ \t]$/.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start)) && tokens[j + 1]!.shape === 'cap' && !isAsciiWord(tokens[j + 1]!.text)) j += 1;
      push(t.start, tokens[j]!.end, 'LOCATION', PRIORITY.location);
      i = j;
      continue;
    }
    if (cue) {
      // An unknown place after "lives in": up to three capitalized words, one of them not ordinary.
      let j = i;
      const placeWord = (w: Token) => PLACE_PARTS.has(w.key) || !NOT_NAMES.has(w.key);
      while (j + 1 < tokens.length && j - i < 2 && /^(?: |-|'|[ \t]*\n[ \t]*)$/.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start)) && /^\p{Lu}/u.test(tokens[j + 1]!.text) && !FUNCTION_WORDS.has(tokens[j + 1]!.key) && !WEEKDAYS.has(tokens[j + 1]!.key) && !(tokens[j + 1]!.key in MONTHS) && placeWord(tokens[j + 1]!)) j += 1;
      // (One common English word that is no town is an activity or a room: "back to Work", "back to School".)
      const common = weakCueEnds.has(t.start) && j === i && (d.englishWords.get(t.key) ?? 99) <= 20 && !d.cities.has(t.key);
      const unusual = !common && !CUE_STOP.has(t.key) && !COUNTRIES.has(text.slice(t.start, tokens[j]!.end).toLowerCase()) && tokens.slice(i, j + 1).every(placeWord);
      if (unusual) {
        push(t.start, tokens[j]!.end, 'LOCATION', PRIORITY.location);
        i = j;
        continue;
      }
    }
    // Multi-word cities only start with a word that starts one ("new", "fort", "saint"): bit 5 of
    // the word's features, the look-up the one-word test below needs anyway.
    const maxLen = flagsAt(i) & 32 ? 3 : 1;
    for (let len = maxLen; len >= 1; len--) {
      if (i + len > tokens.length) continue;
      const last = tokens[i + len - 1]!;
      // One word: one look-up in the packed word features (city, English, medical, names).
      const flags = len === 1 ? flagsAt(i) : 0;
      if (len === 1 && !(flags & 16)) continue;
      const phrase = len === 1 ? t.key : text.slice(t.start, last.end);
      if (len > 1 && !/^[A-Za-z.'-]+(?:[ \t][A-Za-z.'-]+)*$/.test(phrase)) continue;
      const key = phrase.toLowerCase();
      if ((len > 1 && !d.cities.has(key)) || COUNTRIES.has(key)) continue;
      const plain = len === 1 && ((flags & 0xff05) !== 0 || NOT_NAMES.has(key));
      if (cue || len > 1 || !plain) {
        if (len > 1 || cue || (!(flags & 2) && t.text.length >= 4)) push(t.start, last.end, 'LOCATION', PRIORITY.location);
        i += len - 1;
        break;
      }
    }
  }
  return out;
}

const isUpperAscii = (c: number) => c >= 65 && c <= 90;
const isAsciiLetter = (c: number) => isUpperAscii(c) || (c >= 97 && c <= 122);
// The characters of CITY_STATE's city words ([A-Za-z.'-]) and of its separators ([ \t\n,]).
const isCityWordChar = (c: number) => isAsciiLetter(c) || c === 46 || c === 39 || c === 45;
const isSeparatorChar = (c: number) => c === 32 || c === 9 || c === 10 || c === 44;

/**
 * Every position where CITY_STATE can match, ascending: the capitals among the four words before
 * the separator before a state name. A match ends its words right before a separator and a state,
 * so no other position can start one, and most of a note is never tried.
 *
 * @example
 *   const text = 'seen in Salem, MA';
 *   cityStateStarts(text, tokenize(text)) // [8]: only "Salem" may start "City, ST"
 */
export function cityStateStarts(text: string, tokens: readonly Token[]): number[] {
  const starts: number[] = [];
  let done = 0;
  for (const t of tokens) {
    if (t.start === 0 || !isUpperAscii(text.charCodeAt(t.start)) || !isSeparatorChar(text.charCodeAt(t.start - 1))) continue;
    // (The state may run into other letters: "Texas's", where the pattern still finds "Texas".)
    let letters = 0;
    while (letters < t.text.length && isAsciiLetter(t.text.charCodeAt(letters))) letters += 1;
    if (!STATE_FIRST_WORDS.has(letters === t.text.length ? t.text : t.text.slice(0, letters))) continue;
    let w = t.start;
    while (w > 0 && isSeparatorChar(text.charCodeAt(w - 1))) w -= 1;
    let from = t.start;
    for (let words = 0; words < 4; words++) {
      let x = w;
      while (x > 0 && isCityWordChar(text.charCodeAt(x - 1))) x -= 1;
      if (x === w) break;
      from = x;
      let blanks = x;
      while (blanks > 0 && (text.charCodeAt(blanks - 1) === 32 || text.charCodeAt(blanks - 1) === 9)) blanks -= 1;
      if (blanks === x) break;
      w = blanks;
    }
    for (let s = Math.max(from, done); s < t.start; s++) if (isUpperAscii(text.charCodeAt(s))) starts.push(s);
    done = Math.max(done, t.start);
  }
  return starts;
}

const HYPHENATED_PLACE = /^(?:(?:St|Ste|Mt|Ft)\.?[ \t]+)?\p{Lu}[\p{L}\p{M}']*(?:-(?:\p{Ll}{1,5}-)*\p{Lu}[\p{L}\p{M}']*)+/u;
// "Sjögren's", "Behçet disease": an eponym, not a place.
const EPONYM_AFTER = /^(?:['’]s\b|[ \t]+(?:syndrome|disease|disorder|sign|test|phenomenon|palsy|reaction|type|criteria|score|scale|maneuver|procedure|operation|repair|classification|fracture|tumou?r|lymphoma|sarcoma|cyst|ulcer|triad)\b)/i;
// Languages named in their own tongue ("materials in Español") are no place.
const LANGUAGES = new Set(['español', 'espanol', 'português', 'portugués', 'français', 'kreyòl', 'kreyol', 'tiếng', 'việt', 'italiano', 'deutsch', 'polski', 'русский', 'türkçe', 'العربية', '中文', '한국어', '日本語']);
const FOREIGN_BEFORE = /\b(?:in|from|to|near|of|around|and|IN|FROM|TO)[ \t]+$/;
const isAsciiWord = (w: string) => /^[A-Za-z'’]*$/.test(w);

const CITY_COUNTRY_AT = new RegExp(CITY_COUNTRY.source, 'uy');
const CAPITAL_AFTER_COMMA = /[ \t]*\p{Lu}/uy;
// Characters that may belong to CITY_COUNTRY's words (a superset: anything outside ASCII counts).
const isCountryWordChar = (c: number) => c >= 128 || isAsciiLetter(c) || c === 39 || c === 45;

/**
 * Every position where CITY_COUNTRY can match, ascending: the capitals among the (at most three)
 * words right before a comma that a capital follows. A match ends its words at such a comma, so
 * no other position can start one.
 *
 * @example
 *   cityCountryStarts('moved from Accra, Ghana') // [11]: only "Accra" may start "City, Country"
 */
export function cityCountryStarts(text: string): number[] {
  const starts: number[] = [];
  let done = 0;
  for (let comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
    CAPITAL_AFTER_COMMA.lastIndex = comma + 1;
    if (!CAPITAL_AFTER_COMMA.test(text)) continue;
    let from = comma;
    let w = comma;
    for (let words = 0; words < 3; words++) {
      let x = w;
      while (x > 0 && isCountryWordChar(text.charCodeAt(x - 1))) x -= 1;
      if (x === w) break;
      from = x;
      if (x === 0 || (text.charCodeAt(x - 1) !== 32 && text.charCodeAt(x - 1) !== 9)) break;
      w = x - 1;
    }
    for (let s = Math.max(from, done); s < comma; s++) {
      const c = text.charCodeAt(s);
      // (A capital outside ASCII is tried too; never the second half of a surrogate pair.)
      if (isUpperAscii(c) || (c >= 128 && (c < 0xdc00 || c > 0xdfff))) starts.push(s);
    }
    done = comma;
  }
  return starts;
}

function trimTrailing(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[.,;:\s]/.test(text[e - 1]!)) e -= 1;
  return e;
}

/** Matches of `tail` with the words before it that `lead` (anchored at its end) accepts. */
function* withLead(text: string, tail: RegExp, lead: RegExp): Generator<{ index: number; full: string; lead: string }> {
  for (const m of text.matchAll(tail)) {
    const before = text.slice(Math.max(0, m.index! - 120), m.index);
    const l = lead.exec(before);
    if (l) yield { index: m.index! - l[0].length, full: l[0] + m[0], lead: l[0] };
  }
}

/**
 * Like `withLead`, but tries the sticky `tail` only at tokens whose key is in `first`. Every tail
 * alternative starts with a capital, so a lower-case token is skipped before the set look-up.
 */
function* withLeadAtTokens(text: string, tokens: readonly Token[], first: ReadonlySet<string>, tail: RegExp, lead: RegExp): Generator<{ index: number; full: string; lead: string }> {
  let after = 0;
  for (const t of tokens) {
    if (t.shape === 'lower' || t.start < after || !first.has(t.key)) continue;
    tail.lastIndex = t.start;
    const m = tail.exec(text);
    if (!m) continue;
    after = t.start + m[0].length;
    const before = text.slice(Math.max(0, t.start - 120), t.start);
    const l = lead.exec(before);
    if (l) yield { index: t.start - l[0].length, full: l[0] + m[0], lead: l[0] };
  }
}

function isPlaceWord(parts: RegExpMatchArray[], d: DetectInput['dictionaries']): boolean {
  const last = parts[parts.length - 1]?.[0].toLowerCase() ?? '';
  return d.cities.has(last) && !d.lastNames.has(last) && !d.firstNames.has(last);
}
