// PHONE, FAX, EMAIL, URL, IP: shapes that are precise on their own. A phone number becomes FAX
// when the nearest label before it on the same line says fax.
import { allMatches, PRIORITY, trimEnd, type Candidate, type DetectInput } from './detector';

const EMAIL_AT = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/uy;
const EMAIL_LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const URL_RE = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'\]]+/gi;
const DOMAIN = /(?<![@\w.-])(?:[a-z0-9-]+\.)+(?:com|org|net|edu|gov|io|us|info|biz|health|care|me|co|mil)\b(?:\/[^\s<>"']*)?/gi;
// National public-health pages ("cdc.gov/vaccines", "who.int") name no person, place or facility:
// not PHI under Safe Harbor (URLs are PHI when they identify the person or their providers).
const PUBLIC_HEALTH_HOST = /^(?:[a-z0-9-]+\.)*(?:cdc|nih|nlm\.nih|fda|hhs|cms|medlineplus|cancer|ahrq|samhsa|vaccines|health|healthcare)\.gov$|^(?:[a-z0-9-]+\.)*who\.int$/i;
// The bare home page of a telehealth or video vendor ("doxy.me", "zoom.us") names the tool, not the
// patient or a provider (pass 5); a path after it can name a provider's room ("doxy.me/drvoss"), so
// only the host alone, or with "/", is left unmarked.
const VENDOR_HOME = /^(?:https?:\/\/)?(?:www\.)?(?:doxy\.me|zoom\.us|zoom\.com|teams\.microsoft\.com|meet\.google\.com|webex\.com|gotomeeting\.com|vsee\.com|amwell\.com|teladoc\.com|teladochealth\.com|mdlive\.com|doctorondemand\.com|updox\.com|healthie\.com|simplepractice\.com|mychart\.com|myupmc\.com|followmyhealth\.com|healow\.com|klara\.com|luma\.com|spruce\.care|sprucehealth\.com)\/?$/i;
const isPublicHealthUrl = (url: string) => VENDOR_HOME.test(url.replace(/[.,;:)]+$/, '')) || PUBLIC_HEALTH_HOST.test(url.replace(/^(?:https?:\/\/|ftp:\/\/)/i, '').replace(/[/?#:].*$/s, ''));
// (A full stop after the address ends the sentence, "from IP 73.118.42.207.", pass 10.)
const IPV4 = /(?<![\d.])(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?!\d|\.\d)/g;
const IPV6 = /(?<![\w:])(?:(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}|(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,5})?|::(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})(?![\w:])/gi;
// (617) 555-1234, 617-555-1234, 617.555.1234, 617 555 1234, +1 617 555 1234, 1-800-555-1234 x123
const PHONE = /(?<![\w/.-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}(?:[.-][ \t]*\n[ \t]*|[\s./-])|\d{3}(?=\d{7}(?!\d)))\d{3}(?:[.-][ \t]*\n[ \t]*|[ \t]*\n[ \t]*[.-]|[\s.-])?\d{4}(?:\s*(?:x|ext\.?|extension)\s*(?:\d{1,2}-\d{3,5}|\d{1,5}))?(?![\w/-]|\.\d)/gi;
// International: +44 20 7946 0958
const PHONE_INTL = /(?<![\w+])\+(?:[2-9]\d{0,2})(?:[\s.-]\d{1,4}){2,5}(?![\w-])/g;
// Short numbers need a label: ext 4-1234, pager 12345, pager 338 (pass 13), beeper #4321, x54321, "RN  x3392", "line x214" (pass 9) (a bare "x" only after
// a calling word: "nurse line x6621", "or x 4-3310"). The "x" comes before its look-behind: tested
// first, it rules out almost every position at once (a sixth of the pattern's cost).
const PHONE_LABELED = /(?:\b(?:ext|extension|pager|pgr|beeper|bpr)|x(?<=\b(?:line|call|phone|tel|office|desk|page|or)[ \t]+x)(?=[ \t]?\d)|x(?<=\b(?:RN|MD|NP|PA|MA|LPN|DO|CNM|MSW|LCSW|RD|PT|OT)[ \t]+x)(?=\d{3,5}\b)|x(?<=(?:[(,:]|[A-Za-z])[ \t]?x)(?=\d{4}(?:[).,;]|[ \t]*(?:\r?\n|$))(?!\d))(?![12]000))\.?\s*[#:]?\s*x?(\d{1,2}-?\d{3,5}|(?<=\b(?:ext\.?[ \t]?|(?:pager|pgr|beeper|bpr)[ \t]*[#:]?[ \t]*|line[ \t]+x|(?:RN|MD|NP|PA|MA|LPN|DO|CNM|MSW|LCSW|RD|PT|OT)[ \t]+x))\d{3}(?!\d|\.\d|[ \t]*(?:°|deg)))\b/gi;
// "(x4417)", ", x5528.": an extension on its own, four digits in brackets or after a comma (pass 6).
// Toll-free numbers of a payer or plan ("Plan PA fax:", "(payer; 1-800-...)", "utilization review
// is 1-888-...") name no patient (README guideline): not reported.
const PAYER_BEFORE = /\b(?:plan[ \t]+PA|payer|payor|insurer|utilization[ \t]+review|\bUR\b|PBM|formulary|member[ \t]+services|provider[ \t]+services|prior[ \t]+auth(?:orization)?)\b[^\n\d]{0,24}$/i;
const TOLL_FREE = /^(?:\+?1[\s.-]?)?\(?8(?:00|33|44|55|66|77|88)\b/;
// A seven-digit local number ("555-0199") only right after a phone word ("cell 555-0199", "call at").
const PHONE_LOCAL = /(?<![\w/.-])\d{3}[-.]\d{4}(?![\w/-]|\.\d)/g;
// (Pass 12) A line broken inside the number, "907-555-\n0171", "(928) 555\n-0181", is allowed above;
// an extension after a column gap closing its line, or after a name: "Scheduler   x114", "Reyes-Mata x4412".
const EXTENSION_ALONE = /[xX](?<=(?:[ \t]{2}|\p{Lu}[\p{L}'’-]+[ \t])[xX])(?![1-9]000\b|500\b)(\d{3,5})(?=[ \t]*(?:\r?\n|$)|[ \t]+(?:to|for|re|if|or|and)\b)/gu;
const LOCAL_LABEL = /\b(?:phone|tel|telephone|ph|cell|mobile|pager|home|work|office|call(?:ed)?(?:\s+back)?(?:\s+at)?|reached\s+at|contact|number|fax|cb|c\/b|#)\.?\s*(?:#|no\.?|number)?\s*[:=]?\s*(?:\(\w+\)\s*)?$/i;
const FAX_LABEL = /\b(?:fax|facsimile|f)\b\.?\s*(?:#|no\.?|number)?\s*[:=]?\s*$/i;
const PHONE_LABEL = /\b(?:phone|tel|telephone|ph|cell|mobile|pager|home|work|office|call|contact|p|t|c|h|w|m)\b\.?\s*(?:#|no\.?|number)?\s*[:=]?\s*$/i;

function phoneType(text: string, start: number): 'PHONE' | 'FAX' {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - 40), start);
  // Only the label right before the number counts: "Phone: x, Fax: y".
  if (FAX_LABEL.test(before)) return 'FAX';
  if (PHONE_LABEL.test(before)) return 'PHONE';
  return /\bfax\b[^\d]*$/i.test(before) ? 'FAX' : 'PHONE';
}

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) n++;
  return n;
}

/**
 * Finds phone and fax numbers, e-mail addresses, URLs and IP addresses.
 *
 * @example
 *   detectContacts({ text: 'Fax: (617) 555-0199', ... }) // FAX over "(617) 555-0199"
 */
export function detectContacts({ text }: DetectInput): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number, type: Candidate['type'], priority: number = PRIORITY.exact) => out.push({ start, end, type, priority });
  // E-mail: start the match at the local part before each '@' (a scan from every position is slow).
  for (let at = text.indexOf('@'), after = 0; at >= 0; at = text.indexOf('@', at + 1)) {
    let from = at;
    while (from > after && EMAIL_LOCAL_CHAR.test(text[from - 1]!)) from -= 1;
    EMAIL_AT.lastIndex = from;
    const m = EMAIL_AT.exec(text);
    if (!m) continue;
    const end = trimEnd(text, from, from + m[0].length);
    push(from, end, 'EMAIL');
    after = from + m[0].length;
    at = Math.max(at, after - 1);
  }
  if (/https?:|ftp:|www\./i.test(text)) for (const m of allMatches(URL_RE, text)) if (!isPublicHealthUrl(m[0])) push(m.index!, trimEnd(text, m.index!, m.index! + m[0].length), 'URL');
  if (/\.(?:com|org|net|edu|gov|io|us|info|biz|health|care|me|co|mil)\b/i.test(text)) for (const m of allMatches(DOMAIN, text)) if (!isPublicHealthUrl(m[0])) push(m.index!, trimEnd(text, m.index!, m.index! + m[0].length), 'URL', PRIORITY.labeled);
  if (/\d\.\d{1,3}\.\d/.test(text)) for (const m of allMatches(IPV4, text)) push(m.index!, m.index! + m[0].length, 'IP');
  if (text.includes('::') || /:[0-9a-f]{1,4}:/i.test(text)) {
    for (const m of allMatches(IPV6, text)) if (/[a-f]/i.test(m[0]) || m[0].split(':').length >= 5) push(m.index!, m.index! + m[0].length, 'IP');
  }
  for (const re of text.includes('+') ? [PHONE, PHONE_INTL] : [PHONE]) {
    for (const m of allMatches(re, text)) {
      if (digitCount(m[0]) < 10) continue;
      if (TOLL_FREE.test(m[0]) && PAYER_BEFORE.test(text.slice(Math.max(0, m.index! - 40), m.index))) continue;
      push(m.index!, m.index! + m[0].length, phoneType(text, m.index!));
    }
  }
  for (const m of allMatches(PHONE_LOCAL, text)) {
    const before = text.slice(Math.max(0, m.index! - 24), m.index);
    if (LOCAL_LABEL.test(before)) push(m.index!, m.index! + m[0].length, phoneType(text, m.index!), PRIORITY.labeled);
  }
  if (/[xX]\d{3}/.test(text)) for (const m of allMatches(EXTENSION_ALONE, text)) push(m.index! + 1, m.index! + m[0].length, 'PHONE', PRIORITY.labeled);
  if (/ext|pager|pgr|beeper|bpr|x[ \t]?\d/i.test(text)) {
    for (const m of allMatches(PHONE_LABELED, text)) {
      // (Pass 15: not the letters and digits of a lot number, "lot FX2267", "lot HX4490".)
      if (/\blot[ \t]*#?[ \t]*[A-Za-z0-9-]*$/i.test(text.slice(Math.max(0, m.index! - 16), m.index))) continue;
      const start = m.index! + m[0].length - m[1]!.length;
      push(start, start + m[1]!.length, phoneType(text, start), PRIORITY.labeled);
    }
  }
  return out;
}
