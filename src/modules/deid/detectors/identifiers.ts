// SSN, MRN, HEALTH_PLAN, ACCOUNT, LICENSE, VEHICLE, DEVICE, BIOMETRIC, PHOTO and other IDs.
// A label names the type ("MRN: 00123456", "Policy # XG-2231"); an unlabeled long number or
// letter-digit code is still an identifier (Safe Harbor (R)) unless it reads as a measurement.
import type { PhiType } from '../deid.types';
import { STATE_ABBR } from './locations';
import { needsWord } from './note-words';
import { allMatches, groupByFirstLetter, matchesAt, PRIORITY, startsOf, topLevelAlternatives, trimEnd, type Candidate, type DetectInput } from './detector';

const UPS_TRACKING = /(?<![\w-])1Z(?:[ ]?[0-9A-Z]){16}(?![\w-])/g;
const NO = '(?:\\s*(?:number|num|no|nbr|#|id|identifier|code))?';
const LABELS: [PhiType, string][] = [
  ['VEHICLE', `vin|car\\s+reg(?:istration)?${NO}|vehicle\\s+reg(?:istration)?${NO}|auto\\s+reg(?:istration)?${NO}|reg(?=[ \\t]+[A-Z0-9]*\\d[A-Z0-9]*[A-Z][A-Z0-9]*\\b)|vehicle\\s+(?:id|identification(?:\\s+number)?)|licen[cs]e\\s+plate${NO}|plate${NO}|tag\\s+(?:number|no|#)|tag(?=[ \\t]+[A-Z]{1,3}[ -]?\\d{2,4}\\b)`],
  ['SSN', `ssn|ss#|soc(?:ial)?\\s*sec(?:urity)?${NO}`],
  ['MRN', `mrn|mr#|mr\\s*(?:no|number|#)|mr(?=[ \\t]+\\d{6,10}\\b)|med(?:ical)?\\.?\\s*rec(?:ord)?s?\\.?${NO}|record${NO}|hospital\\s*(?:number|no|#)|hosp\\.?\\s*(?:number|no|#)|unit\\s*(?:number|no|#)|empi|chart${NO}|patient\\s*(?:id|number|no|#)|pt\\s*(?:id|#)|emr${NO}|epic${NO}`],
  ['HEALTH_PLAN', `member${NO}|policy${NO}|insurance${NO}|subscriber${NO}|group${NO}|grp(?![ \\t]+\\d{1,2}\\b)${NO}|plan${NO}|medicare${NO}|medicaid${NO}|mbi|hicn|beneficiary${NO}|health\\s*plan${NO}|payer${NO}|bcbs${NO}|insured\\s*id`],
  ['ACCOUNT', `account${NO}|acct\\.?${NO}|billing${NO}|fin|har|encounter${NO}|visit\\s*(?:number|no|#|id)|claim${NO}|invoice${NO}|csn`],
  ['LICENSE', `driver'?s\\s*licen[cs]e${NO}|licen[cs]e${NO}|lic\\.?${NO}|dea${NO}|npi${NO}|certificate${NO}|cert\\.?${NO}|dl\\s*#|(?<!\\/)dl(?=[ \\t]+(?:[A-Z]{2}[ \\t]+)?[A-Z0-9][A-Z0-9-]*\\d)|cdl${NO}|upin|tin|ein|board\\s*cert(?:ification)?${NO}|registration${NO}|bar\\s+roll${NO}|bar\\s*(?:number|no|#)|csr${NO}`],
  ['DEVICE', `serial${NO}|transmitter${NO}|s/n|sn|device${NO}|udi|lot${NO}|implant${NO}|pacemaker${NO}|icd\\s*serial|imei|mac\\s*address|asset\\s*tag|pump${NO}|meid|esn`],
  ['BIOMETRIC', `finger\\s*print${NO}|retina(?:l)?\\s*(?:scan)?${NO}|iris\\s*(?:scan)?${NO}|voice\\s*print${NO}|biometric${NO}|palm\\s*print${NO}|face\\s*template${NO}|gait\\s*signature`],
  ['PHOTO', `full[- ]face\\s*(?:photo(?:graph)?|image)${NO}|photo(?:graph)?${NO}|image${NO}|headshot|picture${NO}|mugshot`],
  ['ID', `(?:prior\\s*)?auth(?:orization)?${NO}|kit${NO}|episode${NO}|booking${NO}|accession${NO}|acc\\.?\\s*#|specimen${NO}|sample${NO}|requisition${NO}|req\\.?\\s*#|order${NO}|case${NO}|study${NO}|employee${NO}|badge${NO}|passport${NO}|id\\s*(?:number|no|#)|ref(?:erence)?${NO}|confirmation${NO}|ticket${NO}|barcode|tracking${NO}|application\\s*(?:number|num|no|#|id)|placard${NO}|index\\s*(?:number|no\\.?|#)|batch${NO}|(?:id|identification|insurance|member|benefits?|access|key)\\s*card${NO}|card${NO}|incident\\s*(?:number|no|#|id)|job\\s*(?:number|no|#)|job(?=[ \\t]*:?[ \\t]*\\d{4,}\\b)|(?:portal|access|activation|invite|invitation|verification|enrollment|exercise|hep|medbridge)\\s*code|(?:covermymeds|cmm)\\s*key|emp${NO}|clock\\s*(?:number|no|#)|run\\s*(?:number|no|#)|interpreter\\s*(?:number|no|#|id)|opi|a-?number|a#|user\\s*name|username|user\\s*id|id`],
];
// Where any label starts: one scan of the note, then each type's pattern is tried only there.
const LABEL_START = new RegExp(`\\b(?=(?:${groupByFirstLetter(LABELS.flatMap(([, label]) => topLevelAlternatives(label)))})(?![A-Za-z]))`, 'gi');
const LABELED = LABELS.map(([type, label]) => ({
  type,
  // label, then separators, then a value with at least one digit (or a masked SSN); a match starts
  // with its label, which is what lets LABEL_START find the places to try it
  // (a leading letter group before digits, "W 2231 44810", and letter groups between digit groups,
  // "7 ABC 123", belong to the value; the label is matched case-insensitively, the groups are not)
  // (a lone check digit closing the line belongs too, "0001 2283 6"; the dot of an abbreviated
  // label is a separator, "Hospital No.: HN 440921", "Unit No. 44 190 37", but not a sentence end)
  re: new RegExp(`\\b(?:${label})(?![A-Za-z])\\s*(?:(?:is|was|of|#|no\\.?|(?<=\\b(?:no|num|nbr|rec|hosp|acct|lic|ref|req|acc))\\.|:|=|-|\\((?:[A-Za-z]{2,12}\\)\\s*:?)?)\\s*)*((?:(?!(?:MRN|SSN|DOB|FIN|CSN|NPI|DEA|MBI|MR|ID|SN|DL${type === 'LICENSE' ? '' : '|PT'})[ ])[A-Z]{1,3}[ ](?=\\d${type === 'LICENSE' || type === 'VEHICLE' ? '|[A-Z]{1,4}[-.]?\\d' : ''}))?(?:[A-Za-z0-9*][A-Za-z0-9*./-]*\\d[A-Za-z0-9*./-]*|\\d)(?:[ ](?:\\d{2,}|[A-Z]{1,3}\\d+|[A-Z]{2,3}(?=[ ]\\d)${type === 'VEHICLE' ? '|[A-Z]{2,3}' : ''})(?=[\\s,;.)]|$))*(?:[ ]\\d(?=[,;)]?(?:[ \\t]*\\n|$)|\\.(?:\\s|$)))?)`, 'iy'),
}));

// "SSN last 4 3317", "card last 4 5503", "last four digits of SSN: 2210": a partial number is still one.
// (Pass 16: "last 4 ss 6620", and the VA's surname initial before the four, "Last4: N6620".)
const LAST_FOUR = /\b(?:last|final)[ \t]*(?:4|four)(?:[ \t]+digits)?(?:[ \t]+of(?:[ \t]+(?:the|his|her))?[ \t]+(?<what>ssn|social(?:[ \t]+security)?|card|acct|account|cc|member[ \t]+id|policy)|[ \t]+(?<ss>ssn?)(?=[ \t]*[:#]?[ \t]*\d))?\)?[ \t]*(?:[:#=]|is|are)?[ \t]*(?<v>\d{4}|[A-Z]\d{4})(?![\w-])/gi;
// (Pass 18) A bank or payment account by its last digits: "acct ending 4471", "debit card ending 9021",
// "HSA card on file ending 4471", "la tarjeta que termina en 2281"; after "SSN" the digits are an SSN's.
const ENDING_IN = /\b(?:acct|account|card|checking|savings|a\/c|tarjeta|cuenta|ssn|social[ \t]+security(?:[ \t]+(?:number|no\.?|#))?)\b[^\n\d]{0,24}?\b(?:ending|ends|termina)(?:[ \t]+(?:in|en|with))?[ \t]*:?[ \t]*(?:#|x+|\*+)?(?<v>\d{4})(?![\w-])/gi;
// (Pass 18) A VA claim file ("C-file") number, often in groups: "VA File No. C 23 448 019", "File #: C-27 441 806".
const FILE_NUMBER = /\b(?:VA[ \t]+|C-)?(?:File|FILE)[ \t]*(?:No\.?|NO\.?|#|Number|NUMBER)[ \t]*:?[ \t]*(?<v>(?:C[ \t-]?)?\d{2}[ \t]\d{3}[ \t]\d{3}|(?:C[ \t-]?)?\d{8,9})(?![\w-])/g;
// (Pass 18) A user name in the column after an access log's time stamp: "2024-06-05 23:14:09   erikkrist   73.118...".
// (Not an action or a system word written in that column.)
const ENGLISH_LOG_WORDS: ReadonlySet<string> = new Set(['system', 'admin', 'login', 'logout', 'view', 'print', 'export', 'update', 'create', 'delete', 'error', 'warning', 'info', 'debug', 'success', 'failed', 'denied', 'interface', 'batch', 'scheduler', 'service', 'unknown', 'anonymous', 'guest']);
const LOG_USER = /(?<=(?:^|\n)[ \t]*\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?[ \t]{2,})[a-z][a-z0-9._-]{2,19}(?=[ \t]{2,}\S)/g;
const SSN = /(?<![\w-])(?!000|666|9\d\d)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}(?![\w-])/g;
// (Pass 16) Blanks or en dashes between the groups: "385 – 22 – 0917", "385 - 22 - 0917".
const SSN_SPACED = /(?<![\w-])(?!000|666|9\d\d)\d{3}(?:[ \t]*[–—][ \t]*|[ \t]+-[ \t]*|[ \t]*-[ \t]+)(?!00)\d{2}(?:[ \t]*[–—][ \t]*|[ \t]+-[ \t]*|[ \t]*-[ \t]+)(?!0000)\d{4}(?![\w-])/g;
const SSN_MASKED = /(?<![\w*-])(?:\*{3}|x{3}|X{3})-(?:\*{2}|x{2}|X{2})-\d{4}\b/g;
// (Pass 18: and video files of the person, "file consent_vid_HB_1203.mp4".)
const PHOTO_FILE = /\b[\w-]+\.(?:jpe?g|png|heic|gif|bmp|tiff?|dcm|webp|mp4|mov|m4v|avi|wmv)\b/gi;
const PHOTO_HINT = /\.(?:jpe?g|png|heic|gif|bmp|tiff?|dcm|webp|mp4|mov|m4v|avi|wmv)\b/i;
const VIN = /\b[A-HJ-NPR-Z0-9]{17}\b/g; // (hasVinLengthRun checks for a run of this alphabet first)
// Unlabeled codes: 6+ digits, or letters and 4+ digits, possibly joined by dashes.
// (Pass 19: also a prefix of five to eight capitals, a registry's or an agency's, "WYPMP-55091204",
// "NCSLPH-23-R0877", "BVEMS-23-124419"; such a code wants five digits at least.)
// (One prefix group of one to eight letters, checked below: an alternation of the two kinds cost twice as much.)
const CODE = /(?<![\w./-])(?:[A-Za-z]{1,8}-)?(?:[A-Za-z]{0,4}\d[\dA-Za-z]*)(?:-[A-Za-z0-9]+)*(?![\w/]|\.\d)/g;
const LONG_PREFIX = /^[A-Z]{5,8}-/;
const LONG_LETTERS = /^[A-Za-z]{5,8}-/;
const MONTH_OR_SEASON_PREFIX = /^(?:JANUARY|FEBRUARY|MARCH|APRIL|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|SPRING|SUMMER|AUTUMN|WINTER|COVID)-/;
const HASH_NUMBER = /\d(?<=#\s?\d)\d{3,}\b/g;
// (Pass 19) After any label's "#" and a colon, a number of four digits or more, or groups of digits
// with a short prefix: "Rx #: 40919, 40920", "Mission #: RCH 4471 22 114", "Service #: RA 14 882 307".
const HASH_COLON_VALUE = /(?<=\b[A-Za-z]{2,}[ \t]*#[ \t]*:[ \t]*)(?:[A-Z]{1,4}[ \t-]?)?\d{2,}(?:[ \t]\d{2,5}){0,4}(?![\w/-]|\.\d)/g;
const LIST_VALUE_AFTER = /^,[ \t]*(\d{4,})(?![\w/-]|\.\d)/;
// (Pass 13) An aircraft's US registration (its tail number): N, a digit that is not 0, up to four
// more digits and up to two letters, "N722TH", "N38PK". With its letters the shape is its own; a
// number alone ("N911") needs an aircraft word before it ("N95" and "N2O" are neither).
const TAIL_NUMBER = /\bN[1-9]\d{1,4}[A-HJ-NP-Z]{0,2}\b/g;
const AIRCRAFT_BEFORE = /\b(?:tail|aircraft|registration|medevac|jet|plane|helicopter|rotor(?:craft)?|cessna|king[ \t]+air|learjet|pilatus|beech(?:craft)?|air[ \t]+(?:ambulance|medical|taxi|charter)|flight)\b[^\n]{0,32}$/i;
// (Pass 13) A boat's state registration: the state's code, four digits and two letters, "LA 7731 FP",
// "FL 4417 HD" (a shape of its own; a state and a number alone are not).
const BOAT_REGISTRATION = new RegExp(`\\b(?:${STATE_ABBR})[ -]\\d{4}[ -][A-Z]{2}\\b`, 'g');
// (Pass 14) A plate of two groups after its word and maybe its state, "plate 412 KTJ", "tag QKZ 81N",
// "PLATE ANZJ 221", "plate OK LMX-482": the labeled rule keeps one group only (pass 17: the state joins it below).
// (Pass 19: a first group of five, "WI plate SEMPR 4", and a partial plate a witness recalls, "plate
// partial HJV-2", "plate beginning \"FR8\"", "partial plate starting DXT 8".)
// (Pass 22: a state before two groups is the state's, "plate MN 7TRW 441", not the plate's first group.)
const SPACED_PLATE = new RegExp(`(?<=\\b(?:[Pp]lates?|PLATES?|[Tt]ag|TAG)[ \\t]*[:#]?[ \\t]*(?:(?:${STATE_ABBR})[ \\t]+)?)(?!(?:${STATE_ABBR})[ \\t]+[A-Z0-9]{1,5}[ -][A-Z0-9]{1,5}\\b)(?=[A-Z0-9]*[ -]?[A-Z0-9]*\\d)(?=[A-Z0-9]*[ -]?[A-Z0-9]*[A-Z])[A-Z0-9]{1,5}[ -][A-Z0-9]{1,5}\\b`, 'g');
// The plate's word where SPACED_PLATE can follow it (its next character starts the plate or the
// gap before it): most notes that say "plate" or "tag" say "platelets" or "stage", and the
// pattern, which tries its look-behind at every position, costs a hundred times this test.
const PLATE_WORD = /\b(?:[Pp]lates?|PLATES?|[Tt]ag|TAG)[ \t:#A-Z0-9]/;
// (The same as /\b(?:ending|ends|termina)\b/i, from the note's words.)
const ENDING_WORD = needsWord(['ending', 'ends', 'termina']);
const PARTIAL_PLATE = /\b(?:(?:partial[ \t]+plate|plate[ \t]+partial)(?:[ \t]+(?:beginning|starting|starts|begins))?|plate[ \t]+(?:beginning|starting|starts|begins))(?:[ \t]+(?:with|w\/|in))?[ \t]*:?[ \t]*["“]?(?<v>(?=[A-Z0-9 -]*\d)[A-Z0-9]{1,4}(?:[ -][A-Z0-9]{1,4})?)(?![\w-])/gi;
// (Pass 13) A code of capital groups joined by hyphens before its digits, "PC-XR-77401",
// "SCH-P-24-0211", "KCM-XR-230928-04" (accessions, case and run numbers): CODE allows one group only.
const BADGE_AFTER_NAME = /\b(?:Ofc\.?|OFC\.?|Officer|OFFICER|Det\.?|DET\.?|Detective|Trooper|TROOPER|Deputy|DEPUTY|Agent|AGENT|Sgt\.?|SGT\.?|Cpl\.?)[ \t]+(?:\p{Lu}[\p{L}'’.-]*[ \t]+){0,3}\(?#[ \t]?(\d{2,6})\)?/gu;
const USER_NAME = /\b(?:user(?:[ \t]?name)?|handle)[ \t]*:?[ \t]+["“]?([a-z][a-z0-9._-]{2,30}[a-z0-9])["”]?(?![\w@.-])/gi;
const CAMERA_FILE = /\b(?:IMG|DSCN?|PXL|VID)_\d{4,}(?:_\d+)*(?:\.[A-Za-z]{3,4})?\b/g;
// (Pass 19: also a state bar's initials and an attorney's number, "WSBA 48812", "VSB No. 81192", "Atty No. 62218".)
const STATE_BAR = /\b(?:(?:(?:[A-Z]{2}|La\.|State)[ \t]+Bar|[A-Z]{1,2}SBA?)[ \t]*(?:No\.?|#|Number)?|(?:Atty|ATTY|Attorney)[ \t]*(?:No\.?|#|Number))[ \t]*:?[ \t]*(\d{4,7})\b/g;
const MAC_ADDRESS = /(?<![\w:-])[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?![\w:-])/g;
// The state before a plate, after the plate's word or an opening bracket: "plate NC ", "(NV ".
const PLATE_STATE_BEFORE = new RegExp(`(?:\\b(?:[Pp]lates?|PLATES?|[Tt]ag|TAG)[ \\t]*[:#]?[ \\t]*|\\()(${STATE_ABBR})([ \\t]+)$`);
// (Pass 19: groups of up to eight and six capitals, "SDARNG-AT-23-0419", "GCU-REORD-88241", "GHN-STONE-2402".)
const MULTI_GROUP_CODE = /(?<![\w./-])[A-Z]{1,8}(?:-[A-Z]{1,6})+-\d[\dA-Z]*(?:-[\dA-Z]+)*(?![\w/]|\.\d)/g;
// (Pass 13) The VA's last-four identifier: the initial of the surname and the last four digits of
// the SSN after the veteran's name, "DOHERTY,FRANCIS X (D8812)", "Kevin Sullivan (S2276)",
// "BARROS, MANUEL J   B1147". The letter must be the initial of a capitalised word just before.
const LAST_FOUR_AFTER_NAME = /(?=[A-Z]\d{4})(?<=\b(\p{Lu})[\p{L}'’-]+(?:[ \t]*,[ \t]*\p{Lu}[\p{L}'’-]+)?(?:[ \t]+\p{Lu}\.?)?[ \t]*\(?)\1\d{4}(?=\)|[ \t]{2,}|[ \t]*(?:\r?\n|$))/gu;
const DICTATOR_CODE = /(?<=\b(?:M\.D\.|MD|D\.O\.|DO)[ \t]*,?[ \t]+)[A-Z]{2,3}\d{2,4}(?=[ \t]*(?:\r?\n|$))/g;
// Measurements, doses and lab codes that look like codes but are not identifiers.
// Whole unit words only ("12345 Lisa" is no litre), and a slash only when a unit follows it
// directly ("/min", "/dL"), not a list separator ("MRN 0012345 / FIN 998877").
const UNIT_AFTER = /^\s*(?:(?:mg|mcg|ug|g|gm|kg|lbs?|oz|ml|l|cc|units?|u|iu|meq|mmol|mol|cells|k|x|mm|cm|m|mmhg|bpm|hrs?|hours|days?|min|sec|pg|ng|dl|copies|iu\/ml|steps|kcal|cal)(?![a-z])|%|\/(?!\s))/i;
const NOT_CODE = /^(?:(?:19|20)\d{2}-(?:19|20)?\d{2}|(?:[01]\d|2[0-3])[0-5]\d-(?:[01]\d|2[0-3])[0-5]\d|covid-?19|sars-cov-2|h1n1|h5n1|a1c|hba1c|b12|vitamin[a-z0-9-]*|cd\d+|t\d|l\d|c\d|s\d|apoe\d?|brca\d?|her2|p53|[a-z]{1,3}\d{1,3}(?:\.\d+)?|g\d{1,2}p\d{1,5}(?:-?\d{1,4})*|nct\d{8}|\d{1,4}x\d{1,3}|1-8\d\d-[a-z]{2,}(?:-[a-z0-9]+)*|1-8(?:00|33|44|55|66|77|88)-\d{3}-\d{4}|(?:(?:19|20)?\d0'?s-)+(?:(?:19|20)?\d0'?s)|(?:\d{1,3}0'?s-)+\d{1,3}0'?s|\d{1,3}-0-\d{2,3}|\d+(?:cc|mls?)|\d+(?:ins|del|dup|delins)[acgt]*)$/i;
// (Pass 6: ranges of tens "110s-130s", range-of-motion triples "0-0-140", volumes "1250cc" and
// gene variants "5382insC", "185delAG" are no identifiers either.)
// Numbers of a lab, a product or a code system name no person (pass 5): "CLIA #22D0987654",
// "CAP # 7194632", "NDC 0002-8215-01", "CPT 99214", "LOINC 2345-7". The label ends right before the value.
// (Pass 22: nor do a study's protocol and its board's numbers, "Protocol HLV-2201-03", "IRB # 2023-044".)
const DEVICE_BEFORE_LOT = /\b(?:stents?|implants?|devices?|pacemakers?|leads?|grafts?|valves?|prosthe\w*|catheters?|picc|ports?|pumps?|generators?|icd|mesh|screws?|plates?|rods?|anchors?|iol|coils?|clips?|shunts?|sensors?|epipen|auto-?injectors?)\b/i;
const NOT_PERSON_LABEL = /\b(?:[Pp]rotocol|PROTOCOL|IRB(?:[ \t]+(?:ref|tracking|approval))?|CLIA|CAP|COLA|NDC|[Ll]ot|LOT|[Mm]odel|MODEL|CPT|HCPCS|LOINC|SNOMED(?:[ -]CT)?|RxNorm|RXCUI|ICD-?(?:9|10)(?:-CM|-PCS)?|UPC|FDA(?:[ \t]+510\(k\))?|510\(k\)|Catalog|Cat\.?|(?:implant|mesh|graft|stent|catalog(?:ue)?|product|item)(?:[ \t]+ref\.?)?)(?:[ \t]+(?:accreditation|certificate|certification|lab))?(?:[ \t]*(?:#|No\.?|number|ID|code)){0,2}[ \t]*:?[ \t]*$/i;
const notPersonNumber = (text: string, start: number) => NOT_PERSON_LABEL.test(text.slice(Math.max(0, start - 20), start));

const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
function vinChecksumOk(vin: string): boolean {
  const map = '0123456789.ABCDEFGH..JKLMN.P.R..STUVWXYZ';
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = vin[i]!;
    const v = /\d/.test(c) ? Number(c) : ((map.indexOf(c) - 10) % 9) + 1;
    sum += v * VIN_WEIGHTS[i]!;
  }
  const check = sum % 11 === 10 ? 'X' : String(sum % 11);
  return vin[8] === check;
}

// A VIN is 17 characters of its alphabet in a row; most notes have no such run, and a loop over
// the characters finds that out several times faster than the pattern does.
function hasVinLengthRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const inAlphabet = (c >= 48 && c <= 57) || (c >= 65 && c <= 90 && c !== 73 && c !== 79 && c !== 81); // not I, O, Q
    run = inAlphabet ? run + 1 : 0;
    if (run === 17) return true;
  }
  return false;
}

function digits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) n++;
  return n;
}

// (Pass 21) A value that the line's end cuts, after a dash or in a short last group ("MRN AP-00",
// "7720-", "Client MRN: CR-228"), goes on with the digits that open the next line when they stand
// alone in their column: "AP-00\n41872   Mar 6 2024".
const CUT_VALUE = /-$|[-A-Za-z ]\d{1,3}$/;
const WRAPPED_REST = /^\d{3,}(?=[ \t]{2,}|[ \t]*(?:\r?\n|$)|[\])])/;

function wrappedEnd(text: string, start: number, end: number): number {
  if (text.charCodeAt(end) !== 10 || !CUT_VALUE.test(text.slice(start, end))) return end;
  const rest = WRAPPED_REST.exec(text.slice(end + 1, end + 24));
  return rest ? end + 1 + rest[0].length : end;
}

/**
 * Finds labeled identifiers, SSNs, VINs, photo file references and unlabeled long codes.
 *
 * @example
 *   detectIdentifiers({ text: 'MRN: 00482913', ... }) // MRN over "00482913"
 */
export function detectIdentifiers({ text }: DetectInput): Candidate[] {
  const out: Candidate[] = [];
  const labelStarts = startsOf(LABEL_START, text);
  for (const { type, re } of LABELED) {
    for (const m of matchesAt(re, text, labelStarts)) {
      // (Pass 15) A lot number identifies a device only after an implanted or carried one ("stent lot #",
      // "Power PICC lot", "EpiPen (lot"); a vaccine's or a drug's lot names no person.
      if (type === 'DEVICE' && /^lot/i.test(m[0]) && !DEVICE_BEFORE_LOT.test(text.slice(Math.max(0, m.index! - 48), m.index))) continue;
      let value = m[1]!;
      let start = m.index! + m[0].length - value.length;
      // Letter groups inside a spaced value are capitals ("7 ABC 123"); "a 2", "NC 2 l" are prose.
      const chunks = value.split(' ');
      if (chunks.length > 1) {
        if (/^[A-Za-z]+$/.test(chunks[0]!) && !/^[A-Z]+$/.test(chunks[0]!)) {
          // "Implant ref 7010B": a catalogue number names the product, not the one device (pass 6).
          if (/^(?:ref|cat)$/i.test(chunks[0]!)) continue;
          if (type === 'LICENSE' && /^pt$/i.test(chunks[0]!)) continue; // "license pt 22": prose
          // "support group at 1430 S Main St": a preposition after the label starts prose (pass 8).
          if (/^(?:at|on|in|for|to|from|with|by|the|and|or)$/.test(chunks[0]!)) continue;
          start += chunks[0]!.length + 1;
          chunks.shift();
        }
        // A sentence end closes the value ("lot # LZ-041872. GCS 15").
        const stop = chunks.findIndex((c) => c.endsWith('.'));
        if (stop >= 0) chunks.length = stop + 1;
        const bad = chunks.findIndex((c, k) => k > 0 && /^[A-Za-z]+$/.test(c) && !/^[A-Z]+$/.test(c));
        value = (bad > 0 ? chunks.slice(0, bad) : chunks).join(' ');
        // (Pass 18: a plate may end in a group of capitals, "HP 2287 LB", "OR 771 KTW"; other values not.)
        if (!(type === 'VEHICLE' && / [A-Z]{2,3}$/.test(value) && !/ (?:DOB|VIN|MRN|SSN|NPI|DL|ID|FIN|CSN|MR|SN)$/.test(value))) value = value.replace(/ [A-Z]+$/, '');
      }
      // A slash and another label end the value ("MRN:0044172/Acct:55120").
      let slash = /\/[A-Za-z][A-Za-z ]*$/.exec(value);
      if (slash && /^[ \t]*[:#]/.test(text.slice(start + value.length, start + value.length + 4))) value = value.slice(0, slash.index);
      else slash = null;
      const end = trimEnd(text, start, start + value.length);
      if (end <= start || (digits(value) < 2 && !/\*/.test(value) && type !== 'ID')) continue;
      // (A portal or a prior-authorization code of six or more characters may hold only two digits, "BER7Q4MZ".)
      if (type === 'ID' && digits(value) < 3 && !(/^(?:\w+\s*code|\w+\s*key)\b/i.test(m[0]) && value.length >= 6 && digits(value) >= 2)) continue;
      // (After a record label "0044-1722" is a number, not a clock-time range.)
      // (Pass 6: nor is a plate after a vehicle label a lab code, "reg KV19 TRD".)
      if (NOT_CODE.test(text.slice(start, end)) && type !== 'VEHICLE' && !(type === 'MRN' && /^\d{4}-\d{4}$/.test(text.slice(start, end)))) continue;
      // "Ref 3.5-5.0", "Plan 2.5": a decimal number or range after a label is a measurement.
      const trimmed = text.slice(start, end);
      // (Pass 6: except a licence number written with a dot, "license 149.017724".)
      if (/^[\d.<>-]+$/.test(trimmed) && trimmed.includes('.') && !(type === 'LICENSE' && /^\d{2,4}\.\d{5,}$/.test(trimmed))) continue;
      // (A unit is on the value's own line: "Med Rec #: 88-21-4470\nUnit No: ..." is a label, not units.)
      // (Pass 12: nor is a word after a column gap or before its own colon: "Unit # : 104-27-719    Unit : Grayson 5".)
      const unitAfter = text.slice(end, end + 12).split('\n')[0]!;
      if (!slash && UNIT_AFTER.test(unitAfter) && !/^[ \t]{2,}|^[ \t]*[A-Za-z]+[ \t]*[:#]/.test(unitAfter) && !/[A-Za-z]/.test(value)) continue;
      // "image 41 of series 3": a radiology image number, no photograph; "device E0601": a HCPCS
      // supply code (E, K, L and a four-digit number) names the kind of device, not the one device.
      if (type === 'PHOTO' && /^\d{1,4}$/.test(trimmed)) continue;
      // "CLIA ID: 22D2049181": a lab's or a product's number after its code system, no person's (pass 5).
      if ((type === 'ID' || type === 'LICENSE') && notPersonNumber(text, m.index!)) continue;
      if ((type === 'DEVICE' || type === 'ID') && /^[EKLA]\d{4}$/.test(trimmed)) continue;
      // "1105 W Spruce St, Lot 22": a lot after a street is part of the address (pass 8).
      if (type === 'DEVICE' && /^lot\b/i.test(m[0]) && /\b(?:St|Rd|Ave|Dr|Ln|Hwy|Blvd|Road|Street|Avenue|Drive|Lane|Ct|Cir|Circle|Way|Pl|Pike|Trail|Trl)\.?,?[ \t]*$/i.test(text.slice(Math.max(0, m.index! - 12), m.index))) continue;
      out.push({ start, end: wrappedEnd(text, start, end), type, priority: PRIORITY.labeled });
    }
  }
  if (/last|final/i.test(text)) {
    for (const m of allMatches(LAST_FOUR, text)) {
      const before = text.slice(Math.max(0, m.index! - 24), m.index);
      const what = (m.groups!.what ?? m.groups!.ss ?? '') + ' ' + before;
      const type: PhiType = /ssn?\b|social/i.test(what) || /^[A-Z]\d/.test(m.groups!.v!) ? 'SSN' : /acct|account|cc\b/i.test(what) ? 'ACCOUNT' : /card|member|policy|insurance|plan/i.test(what) ? 'HEALTH_PLAN' : 'ID';
      out.push({ start: m.index! + m[0].length - m.groups!.v!.length, end: m.index! + m[0].length, type, priority: PRIORITY.labeled });
    }
  }
  if (/:(?<=\d{2}:)\d{2}(?::\d{2})?[ \t]{2,}[a-z]/.test(text)) for (const m of allMatches(LOG_USER, text)) if (!ENGLISH_LOG_WORDS.has(m[0])) out.push({ start: m.index!, end: m.index! + m[0].length, type: 'ID', priority: PRIORITY.labeled });
  if (/File|FILE/.test(text)) for (const m of allMatches(FILE_NUMBER, text)) out.push({ start: m.index! + m[0].length - m.groups!.v!.length, end: m.index! + m[0].length, type: 'ACCOUNT', priority: PRIORITY.labeled });
  if (ENDING_WORD(text)) for (const m of allMatches(ENDING_IN, text)) out.push({ start: m.index! + m[0].length - 4, end: m.index! + m[0].length, type: /^(?:ssn|social)/i.test(m[0]) ? 'SSN' : 'ACCOUNT', priority: PRIORITY.labeled });
  for (const m of allMatches(SSN, text)) out.push({ start: m.index!, end: m.index! + m[0].length, type: 'SSN', priority: PRIORITY.exact });
  if (/[–—](?<=\d[ \t]*[–—])[ \t]*\d|-(?:(?<=\d[ \t]+-)|[ \t]+\d)/.test(text)) for (const m of allMatches(SSN_SPACED, text)) out.push({ start: m.index!, end: m.index! + m[0].length, type: 'SSN', priority: PRIORITY.exact });
  // Cheap tests first: most notes have no masked SSN, photo file or 17-character code.
  if (text.includes('*') || /xxx/i.test(text)) for (const m of allMatches(SSN_MASKED, text)) out.push({ start: m.index!, end: m.index! + m[0].length, type: 'SSN', priority: PRIORITY.exact });
  if (PHOTO_HINT.test(text)) for (const m of allMatches(PHOTO_FILE, text)) out.push({ start: m.index!, end: m.index! + m[0].length, type: 'PHOTO', priority: PRIORITY.labeled });
  if (hasVinLengthRun(text)) for (const m of allMatches(VIN, text)) {
    if (/[A-Z]/.test(m[0]) && digits(m[0]) >= 4 && vinChecksumOk(m[0])) out.push({ start: m.index!, end: m.index! + 17, type: 'VEHICLE', priority: PRIORITY.exact });
  }
  for (const m of allMatches(HASH_NUMBER, text)) if (!notPersonNumber(text, m.index!)) out.push({ start: m.index!, end: m.index! + m[0].length, type: 'ID', priority: PRIORITY.loose });
  if (/#[ \t]*:/.test(text)) {
    for (const m of allMatches(HASH_COLON_VALUE, text)) {
      if (digits(m[0]) < 4 || notPersonNumber(text, m.index!)) continue;
      out.push({ start: m.index!, end: m.index! + m[0].length, type: 'ID', priority: PRIORITY.loose });
      // (A second number after a comma is the label's too: "40919, 40920".)
      const next = LIST_VALUE_AFTER.exec(text.slice(m.index! + m[0].length, m.index! + m[0].length + 16));
      if (next) {
        const at = m.index! + m[0].length + next[0].length - next[1]!.length;
        out.push({ start: at, end: at + next[1]!.length, type: 'ID', priority: PRIORITY.loose });
      }
    }
  }
  // (Pass 12) A dictator's code after the signature's credential, closing the line: "..., M.D. XP44".
  if (/M\.?D\.?[ \t]+[A-Z]{2,3}\d/.test(text)) for (const m of allMatches(DICTATOR_CODE, text)) out.push({ start: m.index!, end: m.index! + m[0].length, type: 'ID', priority: PRIORITY.labeled });
  if (/[A-Z]-[A-Z]{1,6}-\d/.test(text)) {
    for (const m of allMatches(MULTI_GROUP_CODE, text)) if (digits(m[0]) >= 4 && !NOT_CODE.test(m[0]) && !notPersonNumber(text, m.index!)) out.push({ start: m.index!, end: m.index! + m[0].length, type: 'ID', priority: PRIORITY.loose });
  }
  if (/plate|tag/i.test(text)) {
    if (PLATE_WORD.test(text)) for (const m of allMatches(SPACED_PLATE, text)) {
      // (Not a name tag, a pet's rabies tag or an asset tag: "name tag ID 44", "rabies tag #RV-2291".)
      if (/^ID\b/.test(m[0]) || /\b(?:name|rabies|dog|pet|ear|price|asset|luggage)[ \t]+tag/i.test(text.slice(Math.max(0, m.index! - 20), m.index))) continue;
      out.push({ start: m.index!, end: m.index! + m[0].length, type: 'VEHICLE', priority: PRIORITY.labeled });
    }
    for (const m of allMatches(PARTIAL_PLATE, text)) {
      const v = m.groups!.v!;
      if (!/[A-Z]/.test(v) && v.length < 3) continue;
      out.push({ start: m.index! + m[0].length - v.length, end: m.index! + m[0].length, type: 'VEHICLE', priority: PRIORITY.labeled });
    }
  }
  if (/[A-Z]{2}[ -]\d{4}[ -][A-Z]{2}\b/.test(text)) for (const m of allMatches(BOAT_REGISTRATION, text)) out.push({ start: m.index!, end: m.index! + m[0].length, type: 'VEHICLE', priority: PRIORITY.labeled });
  if (/\bN[1-9]\d/.test(text)) {
    for (const m of allMatches(TAIL_NUMBER, text)) if (/\d[A-Z]/.test(m[0]) || (m[0].length >= 4 && AIRCRAFT_BEFORE.test(text.slice(Math.max(0, m.index! - 48), m.index)))) out.push({ start: m.index!, end: m.index! + m[0].length, type: 'VEHICLE', priority: PRIORITY.labeled });
  }
  if (/\b[A-Z]\d{4}\b/.test(text)) for (const m of allMatches(LAST_FOUR_AFTER_NAME, text)) out.push({ start: m.index!, end: m.index! + 5, type: 'SSN', priority: PRIORITY.labeled });
  for (const m of allMatches(CODE, text)) {
    const code = m[0];
    const d = digits(code);
    if (d < 4) continue; // (the test below needs 4 digits at least; most matches are short numbers)
    const letters = code.length - d - (code.split('-').length - 1);
    if (!(d >= 6 || (d >= 4 && letters >= 1 && code.length >= 6) || (d >= 5 && code.includes('-')))) continue;
    if (LONG_LETTERS.test(code) && (!LONG_PREFIX.test(code) || d < 5 || MONTH_OR_SEASON_PREFIX.test(code))) continue;
    if (NOT_CODE.test(code)) continue;
    if (notPersonNumber(text, m.index!)) continue;
    const end = m.index! + code.length;
    if (letters === 0 && UNIT_AFTER.test(text.slice(end, end + 8))) continue;
    if (/^\d+$/.test(code) && text[m.index! - 1] === ',') continue; // 250,000
    if (/^\d{1,3}-\d{1,3}s?$/.test(code)) continue; // a range: "SBP 110-130s"
    // In a lab table (pass 6): a LOINC code "2157-6" (digits and one check digit), and a reference
    // range "232-1245" after a result on the same line.
    if (/^\d{3,5}-\d$/.test(code)) continue;
    const range = /^(\d{1,4})-(\d{1,4})$/.exec(code);
    if (range && Number(range[1]) < Number(range[2]) && /\d[ \t]*(?:[HLhl*]|\(?[HL]\)?)?[ \t]{2,}$|\b(?:ref(?:erence)?|range|normal|nl)\b[^\n\d]{0,12}$/i.test(text.slice(Math.max(0, m.index! - 30), m.index))) continue;
    out.push({ start: m.index!, end, type: 'ID', priority: PRIORITY.loose });
  }
  // (Pass 17) An officer's or agent's badge number after the name: "OFFICER MCCRAY #441", "Ofc. Brenneman (#819)".
  if (text.includes('#')) {
    for (const m of allMatches(BADGE_AFTER_NAME, text)) {
      const end = m.index! + m[0].length - (m[0].endsWith(')') ? 1 : 0);
      out.push({ start: end - m[1]!.length, end, type: 'ID', priority: PRIORITY.labeled });
    }
  }
  // (Pass 17) A login name after its label, with a digit, "_" or "." in it: "username jokmiles08", "user glum07".
  if (/user|handle/i.test(text)) {
    for (const m of allMatches(USER_NAME, text)) {
      if (!/[\d_.]/.test(m[1]!)) continue;
      const start = m.index! + m[0].lastIndexOf(m[1]!);
      out.push({ start, end: start + m[1]!.length, type: 'ID', priority: PRIORITY.labeled });
    }
  }
  // (Pass 17) A camera's file name without its extension: "IMG_20241102_0412", "PXL_20240301_181522".
  // (Pass 25) A parcel's UPS tracking number, spaced in groups or not: "1Z 88W 402 03 4418 2291".
  if (text.includes('1Z')) for (const m of allMatches(UPS_TRACKING, text)) out.push({ start: m.index!, end: m.index! + m[0].length, type: 'ID', priority: PRIORITY.exact });
  if (/\b(?:IMG|DSCN?|PXL|VID)_\d/.test(text)) for (const m of allMatches(CAMERA_FILE, text)) out.push({ start: m.index!, end: m.index! + m[0].length, type: 'PHOTO', priority: PRIORITY.labeled });
  // (Pass 17) A lawyer's bar number after the state's code: "NV Bar 14402", "State Bar 210033".
  if (/Bar|SBA?\b|Atty|ATTY|Attorney/.test(text)) for (const m of allMatches(STATE_BAR, text)) out.push({ start: m.index! + m[0].length - m[1]!.length, end: m.index! + m[0].length, type: 'LICENSE', priority: PRIORITY.labeled });
  // (Pass 17) A network card's hardware address names a patient's paired device: "MAC C8:2B:96:4A:1F:E0".
  if (/[0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-]/.test(text)) for (const m of allMatches(MAC_ADDRESS, text)) out.push({ start: m.index!, end: m.index! + m[0].length, type: 'DEVICE', priority: PRIORITY.exact });
  // (Pass 17) A plate's state is part of the plate when it stands right before it: "plate NC PKR-3390".
  for (const c of out) {
    if (c.type !== 'VEHICLE') continue;
    const state = PLATE_STATE_BEFORE.exec(text.slice(Math.max(0, c.start - 16), c.start));
    if (state) c.start -= state[1]!.length + state[2]!.length;
  }
  // (Pass 23) A plate after its state without a label, where a vehicle was just named: "silver Corolla
  // OH JKX 4471", "son's van OH HNB 2093". (The state stays outside, as after "plate".)
  if (/[ \t][A-Z]{3}[ -]?\d{4}\b/.test(text)) {
    for (const m of allMatches(BARE_PLATE, text)) {
      const start = m.index! + m[0].length - m[1]!.length;
      out.push({ start, end: start + m[1]!.length, type: 'VEHICLE', priority: PRIORITY.labeled });
    }
  }
  return out;
}

const BARE_PLATE = new RegExp(`\\b(?:car|truck|van|suv|SUV|sedan|pickup|minivan|jeep|motorcycle|vehicle|[A-Z][a-z]+)[ \\t]+(?:${STATE_ABBR})[ \\t]+((?!(?:NPI|DEA|MRN|SSN|CPT|DOB|FIN|CSN|PIN|ICD|NDC|MBI|EIN)\\b)[A-Z]{3}[ -]?\\d{4})(?![\\w-])`, 'g');
