// Pass 19: an address read in pieces is one address (units, crossings, house numbers, blocks),
// and streets named in Spanish, French, Italian or Polish.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDeidEngine } from '../deid-engine';

// The rules alone: the token model on top of them has its own tests (token-model.test.ts).
const engine = createDeidEngine({ tokenModel: null });
const typed = (text: string, type: string) => engine.detectWithText(text).filter((s) => s.type === type).map((s) => s.text);

describe('the unit, floor or box that goes on an address line (pass 19)', () => {
  it('takes units after a comma or a blank, in any case', () => {
    assert.deepEqual(typed('Finger Lakes Neurology\n2300 Buffalo Road, Building 200, Suite B\nRochester', 'ADDRESS'), ['2300 Buffalo Road, Building 200, Suite B']);
    assert.deepEqual(typed('mailed to 3700 ST. CHARLES AVENUE, SUITE 300', 'ADDRESS'), ['3700 ST. CHARLES AVENUE, SUITE 300']);
    assert.deepEqual(typed('sister at 4100 e sahara ave sp 88 (mobile home park)', 'ADDRESS'), ['4100 e sahara ave sp 88']);
    assert.deepEqual(typed('Address: 41 Eldridge St, 5F, New York', 'ADDRESS'), ['41 Eldridge St, 5F']);
    assert.deepEqual(typed('Patient Financial Services\nPO Box 4471, Dept 220\nToledo', 'ADDRESS'), ['PO Box 4471, Dept 220']);
    assert.deepEqual(typed('home 2418 w burnham st upper, milwaukee', 'ADDRESS'), ['2418 w burnham st upper']);
  });
  it('takes the letter after a box or road number', () => {
    assert.deepEqual(typed('Address: RR 3 Box 118-B, Orrville', 'ADDRESS'), ['RR 3 Box 118-B']);
  });
  it('leaves a state and its ZIP code, and words that only start like a unit', () => {
    assert.deepEqual(typed('Address: 88 Rosewood Ln, Tupelo, MS 38801', 'ADDRESS'), ['88 Rosewood Ln']);
    assert.deepEqual(typed('Address: 88 Rosewood Ln, Tampa, FL 33601', 'ADDRESS'), ['88 Rosewood Ln']);
    assert.deepEqual(typed('rowhouse, 3017 N. Lawrence St, 2nd fl, lots of stairs', 'ADDRESS'), ['3017 N. Lawrence St, 2nd fl']);
  });
});

describe('crossings, mile markers and structures on a street (pass 19)', () => {
  it('joins two streets and a highway before a crossing', () => {
    assert.deepEqual(typed('jogging on Magnolia Ave near Cherry St today', 'ADDRESS'), ['Magnolia Ave near Cherry St']);
    assert.deepEqual(typed('rollover on I-94 at 35th St.', 'ADDRESS'), ['I-94 at 35th St.']);
    assert.deepEqual(typed('MVC vs. guardrail at Route 4 eastbound near Hackensack Ave, ~45 mph', 'ADDRESS'), ['Route 4 eastbound near Hackensack Ave']);
  });
  it('takes a mile marker after a direction, and a bridge or exit', () => {
    assert.deepEqual(typed('location: Hwy 89 S, MM 14, 2 mi up', 'ADDRESS'), ['Hwy 89 S, MM 14']);
    assert.deepEqual(typed('found him under the Franklin Ave bridge at night', 'ADDRESS'), ['Franklin Ave bridge']);
  });
});

describe('the house number, block or ordinal before a street (pass 19)', () => {
  it('takes a number before Broadway and a block before a street', () => {
    assert.deepEqual(typed('Hudson Heights Allergy, 4140 Broadway, Rm 205', 'ADDRESS'), ['4140 Broadway, Rm 205']);
    assert.deepEqual(typed('alley behind 2100 block of E. Preston St, stuck', 'ADDRESS'), ['2100 block of E. Preston St']);
    assert.deepEqual(typed('1340   1400 blk of 3rd Ave    D.J.', 'ADDRESS'), ['1400 blk of 3rd Ave']);
    assert.deepEqual(typed('Super 1 pharmacy on\nFifth Ave. Take cetirizine', 'ADDRESS'), ['Fifth Ave']);
  });
  it('keeps a person or a court whose name ends like a street', () => {
    assert.deepEqual(typed('PCP: Rosalind Pike, MD', 'NAME'), ['Rosalind Pike']);
    assert.deepEqual(typed('Referral: Dane County Circuit Court, case 2024TR004417', 'ADDRESS'), []);
    assert.deepEqual(typed('Age 78   Suite 8', 'ADDRESS'), ['Suite 8']);
  });
});

describe('streets named in Spanish, French, Italian or Polish (pass 19)', () => {
  it('takes the street with its number before or after', () => {
    assert.deepEqual(typed('with mother at 310 Rue Jacqueline, Port Barre', 'ADDRESS'), ['310 Rue Jacqueline']);
    assert.deepEqual(typed('Vivimos ahora en Calle Primavera 482, Calexico', 'ADDRESS'), ['Calle Primavera 482']);
    assert.deepEqual(typed('la van a las 8:15 en Calle 3 #412 (su casa)', 'ADDRESS'), ['Calle 3 #412']);
    assert.deepEqual(typed('Dirección: Calle Luna 44, Apt 2, Ponce', 'ADDRESS'), ['Calle Luna 44, Apt 2']);
    assert.deepEqual(typed('her address Via dei Serragli 41, Firenze', 'ADDRESS'), ['Via dei Serragli 41']);
    assert.deepEqual(typed('home 211 rue de belier, broussard.', 'ADDRESS'), ['211 rue de belier']);
  });
  it('leaves "via" in prose', () => {
    assert.deepEqual(typed('Results sent via Fax 2 times today.', 'ADDRESS'), []);
    assert.deepEqual(typed('Results sent via MyChart 3 days ago.', 'ADDRESS'), []);
  });
});

describe('ages over 89 on census lines and after the patient (pass 19)', () => {
  it('takes the age after a bracket, a table cell, an initial, a room or a code status', () => {
    assert.deepEqual(typed('2318 Opal (Opal Dahl) 99 - back again, weak', 'AGE'), ['99']);
    assert.deepEqual(typed('6  | Brannigan, Maeve    | 96 | UTI, delirium', 'AGE'), ['96']);
    assert.deepEqual(typed('3. Kleinsasser, Paul J., 91 - CHF follow-up', 'AGE'), ['91']);
    assert.deepEqual(typed('Res: Anneliese Dreher, rm 118, 99, dx Alz dementia', 'AGE'), ['99']);
    assert.deepEqual(typed('303A  Delgado-Ruiz, Nilda DNR    93. fall 9/12', 'AGE'), ['93']);
  });
  it('takes the age after a date of birth, the patient or a birthday', () => {
    assert.deepEqual(typed('Koenig, Bertha DOB 03041931 (93) skin tear', 'AGE'), ['93']);
    assert.deepEqual(typed('Pt 92, lives with niece in Orofino', 'AGE'), ['92']);
    assert.deepEqual(typed('she turned 92 last week', 'AGE'), ['92']);
  });
  it('leaves minutes, saturations and therapy times', () => {
    assert.deepEqual(typed('Ann Roe, rm 118, 90 min', 'AGE'), []);
    assert.deepEqual(typed('(Ann Roe) 95% sat', 'AGE'), []);
    assert.deepEqual(typed('PT 90, OT 60 today', 'AGE'), []);
    assert.deepEqual(typed('SpO2 pt 95, on RA', 'AGE'), []);
  });
});

describe('the town after a facility found late, in lower case, and after a phone (pass 19)', () => {
  it('takes the known town after a facility that only its initials or a run of capitals gave', () => {
    assert.deepEqual(typed('f/u at Gulf Coast Positive Care (GCPC), Mobile\nTerrence seen', 'LOCATION'), ['Mobile']);
    assert.deepEqual(typed('nearest is Dr. Esteban Loya, Permian Skin Surgery, Midland. Wide-brim hat', 'LOCATION'), ['Midland']);
  });
  it('takes a known town after a lower-case practice', () => {
    assert.deepEqual(typed('urology clinic - larkspur urology associates, mankato office', 'LOCATION'), ['mankato']);
    assert.deepEqual(typed('d/c note   3/21/24   magic valley surgery center, twin falls\npt dale', 'LOCATION'), ['twin falls']);
  });
  it('takes a town after a phone number in brackets, though it is also a given name', () => {
    assert.deepEqual(typed('son Trey (713-555-0121, Houston) wants a call', 'LOCATION'), ['Houston']);
  });
  it('leaves a visit kind, a payer and a credential after a late facility', () => {
    assert.deepEqual(typed('Summit Genetic Counseling - Telephone    Thursday', 'LOCATION'), []);
    assert.deepEqual(typed('hygienist Jordyn Pace, RDH.', 'LOCATION'), []);
  });
});

describe('codes with a long capital prefix (pass 19)', () => {
  it('takes a registry, agency or lab code whose prefix has five to eight capitals', () => {
    assert.deepEqual(typed('PDMP checked, report WYPMP-55091204.', 'ID'), ['WYPMP-55091204']);
    assert.deepEqual(typed('rabies POSITIVE (lab # NCSLPH-23-R0877). pt called', 'ID'), ['NCSLPH-23-R0877']);
    assert.deepEqual(typed('Re: Medic 14 crew, incident BVEMS-23-124419, 12/24/2023', 'ID'), ['BVEMS-23-124419']);
    assert.deepEqual(typed('reorder placed, conf GCU-REORD-88241.', 'ID'), ['GCU-REORD-88241']);
    assert.deepEqual(typed('Incident report #SDARNG-AT-23-0419.', 'ID'), ['SDARNG-AT-23-0419']);
  });
  it('leaves a month or a season with its year, and short numbers after a long word', () => {
    assert.deepEqual(typed('symptoms since SUMMER-2023, worse with COVID-19', 'ID'), []);
    assert.deepEqual(typed('PHASE-2 trial, STAGE-3A', 'ID'), []);
  });
});

describe('typist pairs alone on their line and dash initials in a log (pass 19)', () => {
  it('takes a typist pair whose parts also spell a cue or a clinical word', () => {
    assert.deepEqual(typed('Certified Nurse-Midwife\nCP/gf', 'NAME'), ['CP', 'gf']);
    assert.deepEqual(typed('RTC 4 wks.\nrek/mv', 'NAME'), ['rek', 'mv']);
    assert.deepEqual(typed('CARDIOLOGY F/U 02/12/2025.\nKS/RH', 'NAME'), ['KS', 'RH']);
  });
  it('takes lower-case initials after a spaced dash closing a log line', () => {
    assert.deepEqual(typed('ceftriaxone hung. -mr\n2230 US: CBD 11mm', 'NAME'), ['mr']);
  });
  it('leaves ratios, units, prose pairs and headings', () => {
    for (const text of ['Therapy today\nPT/OT\nAmbulating 50 ft', 'use one\nand/or\nthe other', 'Glucose 112\nmg/dl', 'Travel done.\nsjh / PSA', 'given at 0800. -am']) assert.deepEqual(typed(text, 'NAME'), [], text);
  });
});

describe('departments, services and hotlines named only by generic words (pass 19)', () => {
  it('are no facility', () => {
    for (const text of ['RED RIVER CLINIC - FAMILY MEDICINE\nSTRAND, EVELYN R.', 'For billing please call Patient Accounts at 336-555-0102.', 'Veterans Crisis Line 988 press 1 reviewed.', 'received via Transfer Center (case # TC-082219-0441)', 'Logged by Gwendolyn Shapiro, Release of Information']) assert.deepEqual(typed(text, 'FACILITY').filter((f) => /Medicine|MEDICINE|Accounts|Crisis|Transfer|Release/.test(f)), [], text);
  });
  it('keeps them inside a longer name or after a named institution', () => {
    assert.ok(typed('F/u PCP Dr. Hamdan (ACCESS Community Health) in 2-3 d.', 'FACILITY').some((f) => f.includes('Community Health')));
    assert.ok(typed('cc: Dean Hollingsworth, MD, Community Health Network - Carmel', 'FACILITY').some((f) => f.includes('Community Health')));
  });
});

describe('wards before a room or bed, and closing a patient header (pass 19)', () => {
  it('takes the ward before its room or bed, even when a scale bears the name', () => {
    assert.deepEqual(typed('pt: okafor, chidinma   mrn 3390127    brennan 6 bed 14', 'FACILITY'), ['brennan 6']);
    assert.deepEqual(typed('4/2/25 0215, st. odile university hospital, kessler 5 rm 522', 'FACILITY').filter((f) => f.startsWith('kessler')), ['kessler 5']);
  });
  it('takes the ward after the record number or the age and sex', () => {
    assert.deepEqual(typed('Re: Mildred Pomeroy, 93, MRN 0627154, Weybridge 11.', 'FACILITY'), ['Weybridge 11']);
    assert.deepEqual(typed('Pt Lorcan McGillicuddy, 90 y/o M, Weybridge 10, s/p PEG', 'FACILITY'), ['Weybridge 10']);
  });
  it('leaves a score or a dose before a bed', () => {
    assert.deepEqual(typed('Apgar 9 bed 2', 'FACILITY'), []);
    assert.deepEqual(typed('given Lasix 40 bed 3', 'FACILITY'), []);
  });
});

describe('lower-case names after a nurse or interpreter, and initials after "by", "tr" or "staff" (pass 19)', () => {
  it('takes a given name after "nurse" or "interp" closing its clause', () => {
    assert.deepEqual(typed('dear dr. amundsen and nurse becky, this is', 'NAME'), ['amundsen', 'becky']);
    assert.deepEqual(typed('spanish, interp ana #30221 works nights', 'NAME'), ['ana']);
  });
  it('takes lower-case initials after "by", "tr" or "staff"', () => {
    assert.deepEqual(typed('indexed 01/29/2024 by ydl ***', 'NAME'), ['ydl']);
    assert.deepEqual(typed('Rec\'d: 4/2/24 0915 by kjp RN', 'NAME'), ['kjp']);
    assert.deepEqual(typed('dict NOB / tr cjh  job #559210', 'NAME'), ['cjh']);
  });
  it('leaves services, relations, weekdays and units after "by"', () => {
    for (const text of ['seen by ems.', 'sent by fax.', 'door code given by dtr', 'home by fri.', 'reported by mom.', 'thick liquids by tsp/cup', 'the nurse said ok']) assert.deepEqual(typed(text, 'NAME'), [], text);
  });
});

describe('counts and doses written like a month and day (pass 19)', () => {
  it('are no dates', () => {
    for (const text of ['Rx Suboxone 8/2 #14 to pharmacy', 'bupe 8/2 bid via our MAT clinic', 'Gleason 4+4=8 in 7/12 cores, cT3a', 'with 6/22 glomeruli segmentally sclerosed', 'WLE + SLNB: 1/3 SLN positive (0.8 mm deposit)', 'Teacher Vanderbilt: inattentive 8/9, hyperactive 7/9', 'Katz ADL 6/6, Lawton IADL 4/8.', 'FROM: 423-555-0150   PAGE 1/3', 'sleep adequate 2/3 nights']) assert.deepEqual(typed(text, 'DATE'), [], text);
  });
  it('keeps the next session\'s day', () => {
    assert.deepEqual(typed('Next session 4/10.', 'DATE'), ['4/10']);
  });
});

describe('numbers after any label with "#:" (pass 19)', () => {
  it('takes grouped numbers with a prefix, and a second number after a comma', () => {
    assert.deepEqual(typed('Mission #: RCH 4471 22 114   Date: 04 Mar 2022', 'ID'), ['RCH 4471 22 114']);
    assert.deepEqual(typed('New Rx #: 40919, 40920. Orig Rx inactivated', 'ID'), ['40919', '40920']);
  });
  it('leaves a quantity', () => {
    assert.deepEqual(typed('Qty #: 30 tabs; Suboxone #14 to pharmacy', 'ID'), []);
  });
});

describe('HL7 names with their type code and the insured (pass 19)', () => {
  it('takes a repeated name whose type code closes it, and the insured in IN1', () => {
    const pid = 'PID|1||NR00482913^^^NRMC^MR||OKONKWO^ADAEZE^N^^^^L~RUNNING CRANE^ADAEZE^^^^^M||19610417|F';
    assert.ok(typed(pid, 'NAME').includes('RUNNING CRANE'));
    assert.ok(typed('IN1|1|BCBSIL01|00045|BLUE CROSS|PO BOX 805107^^CHICAGO^IL^60680||||GRP 884210|||||||OKONKWO^ADAEZE^N|18|19610417', 'NAME').includes('OKONKWO'));
  });
});

describe('a person right before an age and sex, and a credential labelling a field (pass 19)', () => {
  it('takes initials and name words before the age and sex', () => {
    assert.deepEqual(typed('Case 2: S.K., 54M, MRN 33-08812.', 'NAME'), ['S.K.']);
    assert.deepEqual(typed('Case: G.P.-A., 68M, auto vs ped', 'NAME'), ['G.P.-A.']);
    assert.deepEqual(typed('0840 "Bear" Yellowhorse 29M L hand crush', 'NAME'), ['Yellowhorse']);
  });
  it('takes two or three name words before a phone number, not a business before its phone', () => {
    assert.deepEqual(typed('Employer HR Tamsin Ekwueme (319) 555-0164', 'NAME'), ['Tamsin Ekwueme']);
    assert.deepEqual(typed('Fills at Farmacia San Judas 956-555-0170.', 'NAME'), []);
  });
  it('takes the name after "Referring MD:" or "Ordering NP:"', () => {
    assert.deepEqual(typed('Ordering MD: Halvard Eikeland', 'NAME'), ['Halvard Eikeland']);
  });
  it('leaves ordinary and clinical words before an age, and a form number', () => {
    for (const text of ['Female 54F presents with chest pain', 'Trauma 29M MVC rollover', 'REPORT OF INJURY (Form C-2F)', 'Hx per PCP: CHF, HTN']) assert.deepEqual(typed(text, 'NAME'), [], text);
  });
});

describe('ages over 89 after a pronoun and in Spanish (pass 19)', () => {
  it('takes them', () => {
    assert.deepEqual(typed("she's actually 92, A&Ox2 baseline", 'AGE'), ['92']);
    assert.deepEqual(typed('Sr. Abundio Rangel, noventa y dos años (92), diabetes', 'AGE'), ['noventa y dos', '92']);
  });
  it('leaves saturations, temperatures and doses after a pronoun', () => {
    for (const text of ['she was 95% on RA', 'he is 98.6 this am', 'she is 90 mg of morphine in']) assert.deepEqual(typed(text, 'AGE'), [], text);
  });
});

describe('a ZIP code labelled in brackets or last in a combined field, and bar numbers (pass 19)', () => {
  it('takes them', () => {
    assert.deepEqual(typed('Your date of birth (04/18/1958) and ZIP code (98022)', 'ZIP'), ['98022']);
    assert.deepEqual(typed('City/State/Zip:        Chicago / IL / 60632', 'ZIP'), ['60632']);
    assert.deepEqual(typed('Defense counsel, Jacob Lindahl (WSBA 48812), was notified', 'LICENSE'), ['48812']);
    assert.deepEqual(typed('Requesting attorney: Garrett Pemberton, VSB No. 81192, 804-555-0191', 'LICENSE'), ['81192']);
  });
  it('leaves a year after "Attorney"', () => {
    assert.deepEqual(typed('Attorney 2024 filings reviewed', 'LICENSE'), []);
  });
});

describe('partial plates a witness recalls, and a plate of five characters first (pass 19)', () => {
  it('takes them', () => {
    assert.deepEqual(typed('white sedan, plate partial HJV-2?? Driver unk', 'VEHICLE'), ['HJV-2']);
    assert.deepEqual(typed('trooper has partial plate starting DXT 8.', 'VEHICLE'), ['DXT 8']);
    assert.deepEqual(typed('Truck (F-150, WI plate SEMPR 4) no longer', 'VEHICLE'), ['SEMPR 4']);
  });
  it('leaves a plate of a dish or a growth plate', () => {
    assert.deepEqual(typed('growth plate partial closure; plate 2 of 3 cultured', 'VEHICLE'), []);
  });
});
