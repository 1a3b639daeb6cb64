// FACILITY: businesses named by a proper name and a company form or a trade, with no facility word
// (pass 5): "Brixton Tool Co", "Delgado Trucking Inc", "Fenwick & Sons", "Tamarack Auto Body",
// "Blue Heron Landscaping LLC"; and two surnames joined as a firm after "at"/"for"/"by"
// ("at Ostrander and Vail"). Employers are Safe Harbor identifiers. Token look-ups only: the rule
// starts at a capitalized token that is a company form or a trade word.
import { CLINICAL_ABBREVIATIONS, FUNCTION_WORDS, NOT_NAMES, TITLES } from '../lexicon';
import type { Token } from '../text-tokens';
import { PRIORITY, type DetectInput } from './detector';
import { FACILITY_STOP } from './facility-suffixes';
import { COUNTRIES } from './locations';
import type { PushCandidate } from './street-addresses';

// Written as shown (case matters: "CO" is a state, "co" a prefix).
const COMPANY_FORMS = new Set(['Inc', 'INC', 'LLC', 'L.L.C', 'Co', 'Corp', 'CORP', 'Corporation', 'Company', 'Ltd', 'LTD', 'LLP', 'PLLC', 'PLC', 'Bros', 'Brothers', 'Sons', 'Enterprises', 'Industries', 'Holdings']);
const TRADES = new Set(['Trucking', 'Plumbing', 'Roofing', 'Landscaping', 'Construction', 'Electric', 'Electrical', 'Motors', 'Farms', 'Dairy', 'Lumber', 'Hardware',
  'Builders', 'Contracting', 'Contractors', 'Painting', 'Masonry', 'Logistics', 'Freight', 'Excavating', 'Excavation', 'Welding', 'Tool', 'Manufacturing', 'Foods',
  'Cleaners', 'Salon', 'Florist', 'Realty', 'Towing', 'Paving', 'Printing', 'Mills', 'Seafood', 'Orchards', 'Greenhouses', 'Tire', 'Tires', 'Heating', 'Movers',
  'Auto', 'Body', 'Machine', 'Fabrication', 'Roofers', 'Carpentry', 'Flooring', 'Cabinetry', 'Nurseries', 'Creamery', 'Vineyards', 'Winery', 'Distributors', 'Distributing', 'Packing', 'Plastics', 'Textiles',
  'Bank', 'Trust', 'Savings', 'Insurance', 'Airlines', 'Airways', 'Railroad', 'Railway', 'Resort', 'Outfitters', 'Brewing', 'Roasters', 'Laundromat', 'Pizzeria', 'Deli', 'Market', 'Garage']);
// Numbered units of unions, fraternal orders and veterans' groups ("Local 633", "Council 4471", "Post 1187").
const NUMBERED_UNITS = new Set(['Local', 'LOCAL', 'Council', 'COUNCIL', 'Post', 'POST', 'Lodge', 'LODGE']);
// "Council 12 members": a count of a lower-case noun (not a function word) is no numbered unit.
const countedNoun = (after: string) => { const w = /^[ \t]+(\p{Ll}+)/u.exec(after); return w !== null && !FUNCTION_WORDS.has(w[1]!); };
const COMMA_FORMS = new Set(['Inc', 'INC', 'LLC', 'Corp', 'CORP', 'Ltd', 'LTD', 'LLP', 'PLLC', 'PLC']);
// Trade words that also follow clinical or ordinary words ("Body mass", "Auto accident"): only as a second trade word or before a company form.
const WEAK_TRADES = new Set(['Auto', 'Body', 'Machine', 'Tool', 'Electric', 'Heating', 'Painting', 'Printing', 'Foods', 'Packing']);
// Both lists by lower-case key: the token's key is the string every detector looks up (hashed once).
const BUSINESS_KEYS: ReadonlySet<string> = new Set([...COMPANY_FORMS, ...TRADES].map((w) => w.toLowerCase().replace(/\./g, '')));
const JOIN = /^(?:[ \t]+|[ \t]*&[ \t]*|[ \t]+and[ \t]+)$/;
// "at Ostrander and Vail", "works for Hadley & Crane": two surnames as a firm after a place cue.
const FIRM_CUE = /(?:\b(?:at|for|by|with|from|Employer|employer|EMPLOYER)[ \t]*:?[ \t]+)$/;

/**
 * Adds FACILITY candidates for businesses named by company form, trade or a pair of surnames.
 *
 * @example
 *   pushBusinessNames({ text: 'retired from Brixton Tool Co.', ... }, push) // "Brixton Tool Co"
 */
export function pushBusinessNames(input: DetectInput, push: PushCandidate): void {
  const { text, tokens, dictionaries: d } = input;
  const n = tokens.length;
  const gap = (i: number) => text.slice(tokens[i]!.end, tokens[i + 1]!.start);
  const english = (t: Token) => d.englishWords.get(t.key);
  // A word that names: a census or place name that is no common word, or a word no list knows.
  const namey = (t: Token) => {
    if (NOT_NAMES.has(t.key) || CLINICAL_ABBREVIATIONS.has(t.key) || TITLES.has(t.key) || FUNCTION_WORDS.has(t.key)) return false;
    const e = english(t);
    if (d.lastNames.has(t.key) || d.firstNames.has(t.key) || d.cities.has(t.key)) return e === undefined || e >= 35;
    return e === undefined && !d.medicalTerms.has(t.key);
  };
  const capital = (t: Token) => t.shape === 'cap' || (t.shape === 'upper' && t.text.length > 1);
  let after = 0;
  for (let i = 1; i < n; i++) {
    const t = tokens[i]!;
    if (!capital(t) || t.start < after || !BUSINESS_KEYS.has(t.key)) continue;
    const form = COMPANY_FORMS.has(t.text);
    if (!form && !TRADES.has(t.text)) continue;
    // The lead: up to three capitalized words before it on the line, joined by blanks, "&" or "and".
    // (Pass 17: or up to four before a comma and a legal form, "Three Rivers Continuing Care, LLC".)
    const comma = COMMA_FORMS.has(t.text) && /^,[ \t]*$/.test(gap(i - 1)) && capital(tokens[i - 1]!) && !COMPANY_FORMS.has(tokens[i - 1]!.text);
    const top = comma ? i - 1 : i;
    let j = top;
    while (j > 0 && top - j < 3 && JOIN.test(gap(j - 1)) && capital(tokens[j - 1]!) && !FACILITY_STOP.has(tokens[j - 1]!.key) && !COMPANY_FORMS.has(tokens[j - 1]!.text)) j -= 1;
    while (j < i && (NOT_NAMES.has(tokens[j]!.key) || TITLES.has(tokens[j]!.key)) && !d.lastNames.has(tokens[j]!.key)) j += 1;
    if (j === i) continue;
    // A weak trade word needs a company form or another trade after it ("Tamarack Auto Body").
    let k = i;
    while (k + 1 < n && /^[ \t]+$/.test(gap(k)) && (COMPANY_FORMS.has(tokens[k + 1]!.text) || TRADES.has(tokens[k + 1]!.text))) k += 1;
    if (!form && k === i && WEAK_TRADES.has(t.text)) continue;
    // "Jaylen Mills": one word before a trade that is also a surname may be a person's name.
    if (!form && k === i && i - j === 1 && d.lastNames.has(t.key)) continue;
    let named = false;
    for (let x = j; x < i; x++) if (!TRADES.has(tokens[x]!.text) && namey(tokens[x]!)) named = true;
    if (!named) continue;
    // A company form after a comma belongs to the name ("Tamsin Logistics, Inc.").
    if (k + 1 < n && /^,[ \t]*$/.test(gap(k)) && COMMA_FORMS.has(tokens[k + 1]!.text)) k += 1;
    push(tokens[j]!.start, tokens[k]!.end, 'FACILITY', PRIORITY.facility);
    after = tokens[k]!.end;
  }
  // A union local: "Teamsters Local 633", "IBEW Local 103" (pass 6): capitalized words, "Local", a number.
  // (Pass 7: a numbered fraternal council or post, "Knights of Columbus Council 4471", "VFW Post 1187".)
  for (let i = 1; i + 1 < n; i++) {
    const t = tokens[i]!;
    // (Plain compares first: a set look-up of every token's text cost a microsecond a note.)
    if ((t.key !== 'local' && t.key !== 'council' && t.key !== 'post' && t.key !== 'lodge') || !NUMBERED_UNITS.has(t.text)) continue;
    const num = tokens[i + 1]!;
    if (num.shape !== 'num' || num.text.length > 4 || (t.key !== 'local' && (num.text.length < 2 || countedNoun(text.slice(num.end, num.end + 16)))) || !/^[ \t]+#?$/.test(gap(i)) || !/^[ \t]+$/.test(gap(i - 1)) || !capital(tokens[i - 1]!)) continue;
    let j = i - 1;
    while (j > 0 && i - j < 4) {
      const p = tokens[j - 1]!;
      if (/^[ \t]+$/.test(gap(j - 1)) && capital(p) && !FACILITY_STOP.has(p.key)) j -= 1;
      // "Knights of Columbus Council 4471": "of" inside the name of an order (not of a union local).
      else if (t.key !== 'local' && j > 1 && p.text === 'of' && /^[ \t]+$/.test(gap(j - 1)) && /^[ \t]+$/.test(gap(j - 2)) && capital(tokens[j - 2]!) && !FACILITY_STOP.has(tokens[j - 2]!.key)) j -= 2;
      else break;
    }
    if (FACILITY_STOP.has(tokens[j]!.key) || NOT_NAMES.has(tokens[j]!.key) || TITLES.has(tokens[j]!.key)) continue;
    push(tokens[j]!.start, num.end, 'FACILITY', PRIORITY.facility);
  }
  // Two surnames joined as a firm after a place cue.
  if (/ (?:and|&) /.test(text)) for (let i = 1; i + 2 < n; i++) {
    const a = tokens[i]!;
    if (a.shape !== 'cap') continue;
    const next = tokens[i + 1]!;
    const and = next.text === 'and' && next.start === a.end + 1 && gap(i + 1) === ' ';
    if (!and && (next.start - a.end > 3 || !/^[ \t]*&[ \t]*$/.test(gap(i)))) continue;
    const b = and ? tokens[i + 2]! : tokens[i + 1]!;
    if (b.shape !== 'cap') continue;
    const surname = (t: Token) => d.lastNames.has(t.key) && !d.firstNames.has(t.key) && namey(t);
    if (!surname(a) || !surname(b) || COUNTRIES.has(a.key) || COUNTRIES.has(b.key)) continue;
    if (!FIRM_CUE.test(text.slice(Math.max(0, a.start - 12), a.start))) continue;
    // Not a list of people ("by Drs. Hadley and Crane") nor a longer capitalized run.
    if (/\bDrs?\.?[ \t]+$|\b(?:Mr|Mrs|Ms)s?\.?[ \t]+$/.test(text.slice(Math.max(0, a.start - 6), a.start))) continue;
    if (/^[ \t]+\p{Lu}/u.test(text.slice(b.end, b.end + 3))) continue;
    push(a.start, b.end, 'FACILITY', PRIORITY.facility);
  }
}
