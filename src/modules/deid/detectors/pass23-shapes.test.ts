// Pass 23: machine records (HL7 name fields, DICOM header dumps, CSV exports, XML, JSON and X12
// fields, logins, file names, spaced digits of scanned forms), initials opening and closing a name,
// attendance lists, typists' initials, wards with their intensive care unit, departments after a
// facility's name, large cities, streets' directionals and bare month/day dates. Every string is
// invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDeidEngine } from '../deid-engine';

// The rules alone: the token model on top of them has its own tests (token-model.test.ts).
const engine = createDeidEngine({ tokenModel: null });
const typed = (text: string, type: string) => engine.detectWithText(text).filter((s) => s.type === type).map((s) => s.text);
const all = (text: string) => engine.detectWithText(text).map((s) => `${s.type}:${s.text}`);

describe("a surname's initial with its full stop closing a name (pass 23)", () => {
  it('takes the initial when no sentence starts after it', () => {
    assert.deepEqual(typed('0800 Hollis D. - pre-visit: A1c due', 'NAME'), ['Hollis D.']);
    assert.deepEqual(typed('pt prefers interpreter -- Hodan W. via phone line', 'NAME'), ['Hodan W.']);
    assert.deepEqual(typed('5/12/24  Pt Brandvold, E. s/p L leg free flap', 'NAME'), ['Brandvold, E.']);
  });
  it('leaves a sex letter before an age, and a capital that starts the next sentence', () => {
    assert.ok(!typed('Seen with Marisol. A. fib controlled.', 'NAME').some((n) => n.includes('A')));
    assert.ok(!typed('Pt Ayodele Okafor, F. 45 yo', 'NAME').some((n) => n.endsWith('F.')));
  });
});

describe('attendance lists and surnames with their discipline (pass 23)', () => {
  it('takes joined surnames and an initial before the surname', () => {
    const names = typed('Present: Iwu, Kaur, Tran, Delacroix-Ng, Abernathy, O\'Rourke', 'NAME').join(' | ');
    assert.match(names, /Delacroix-Ng/);
    assert.match(names, /O'Rourke/);
    assert.ok(typed('Present: Whitcomb (Surg), Okonjo (Path), S. Farouk (Rads), pharmacy', 'NAME').includes('S. Farouk'));
  });
  it('takes two surnames or more each with a discipline in brackets', () => {
    assert.deepEqual(typed('Timeout 1412 w/ Okwu (RTT), Abara (RN).', 'NAME'), ['Okwu', 'Abara']);
  });
  it('leaves list items that are words, and one thing with a route in brackets', () => {
    assert.deepEqual(typed('Present: Follow-Up, Plan, Pain', 'NAME'), []);
    assert.deepEqual(typed('Foley (RN) placed, Lasix (PO) given.', 'NAME'), []);
  });
});

describe("a ward's intensive care unit and a department after a facility (pass 23)", () => {
  it('takes the unit with the ward', () => {
    assert.deepEqual(typed('remains intubated -> Pruitt 7 SICU bed 14 on propofol', 'FACILITY'), ['Pruitt 7 SICU']);
    assert.deepEqual(typed('admit Ochoa 8 Neuro ICU for monitoring.', 'FACILITY'), ['Ochoa 8 Neuro ICU']);
  });
  it('takes EMS, DME and a school level after the name', () => {
    assert.deepEqual(typed('Transport: Fort Bend County EMS Medic 12 to the ED', 'FACILITY'), ['Fort Bend County EMS']);
    assert.deepEqual(typed('screening - gr 6 girls, Eagle Ridge MS gym, wed 10/16', 'FACILITY'), ['Eagle Ridge MS']);
  });
  it("leaves a state's code after a town inside the name", () => {
    assert.ok(!typed('Greater New Hope Missionary Baptist Church, Jackson MS\nSat 10/14', 'FACILITY').some((f) => f.endsWith('MS')));
  });
});

describe('HL7 name fields and machinery (pass 23)', () => {
  it("takes a given name of several words and a doctor's field up to its identifier type", () => {
    const spans = all('PID|1||NRH0048291^^^^MR||HABIMANA^JEAN DE DIEU^^^^^L||19860301|M\nPV1|1|O|CLINIC^EXAM2||||1588204471^OYELARAN^FOLAKE^^^^MD^^^NPI');
    assert.ok(spans.includes('NAME:JEAN DE DIEU'));
    assert.ok(spans.includes('NAME:OYELARAN'));
    assert.ok(!spans.includes('FACILITY:NPI'));
  });
  it("takes the ward in PV1-3", () => {
    assert.ok(all('PV1|1|I|BRENNAN 6^614^A|E|||1346618820^IBRAHIM^SAMIR').includes('FACILITY:BRENNAN 6'));
  });
  it("leaves an order's test name, a coded vaccine and its maker, and the next segment's name", () => {
    const spans = all('OBR|1|ORD7731059|HDL24135-0044|CBC^COMPLETE BLOOD COUNT|||20240514\nRXA|0|1|20240301||03^MMR^CVX|0.5|||||||Y012938||MSD^Merck^MVX\nORC|RE||LFC-88120|||||||RUIZ^DANIEL\nRXR|IM^Intramuscular^HL70162');
    assert.ok(!spans.some((s) => /COMPLETE|BLOOD|Merck|MSD|RXR|HL70162/.test(s)), spans.join(' | '));
    assert.ok(spans.includes('NAME:DANIEL'));
  });
});

describe('DICOM header dumps (pass 23)', () => {
  const dump = [
    '(0008,0030) StudyTime                 TM [093412]',
    '(0008,0070) Manufacturer              LO [GE MEDICAL SYSTEMS]',
    '(0008,0080) InstitutionName           LO [Calloway Valley Hospital]',
    '(0008,1050) PerformingPhysicianName   PN [HOLLOWAY^GRANT^T]',
    '(0010,1010) PatientAge                AS [091Y]',
    '(0020,0010) StudyID                   SH [7719]',
    '(0040,A123) PersonName (sonographer)  PN [KHAN^ZARA]',
  ].join('\n');
  it("takes people's names, an age over 89, the institution and the study ID", () => {
    const spans = all(dump);
    for (const s of ['NAME:HOLLOWAY', 'NAME:GRANT', 'AGE:091', 'FACILITY:Calloway Valley Hospital', 'ID:7719']) assert.ok(spans.includes(s), s);
    assert.ok(spans.some((s) => s.startsWith('NAME:') && s.includes('KHAN')) && spans.some((s) => s.startsWith('NAME:') && s.includes('ZARA')));
  });
  it("leaves keywords, times and the manufacturer", () => {
    assert.ok(!all(dump).some((s) => /PersonName|093412|GE MEDICAL/.test(s)));
    assert.deepEqual(typed('(0010,1010) PatientAge                AS [067Y]', 'AGE'), []);
  });
});

describe('CSV exports under a header of field names (pass 23)', () => {
  it('types the name, staff, record and age columns', () => {
    const csv = 'appt_id,appt_date,mrn,last,first,dob,provider,visit\nAP-771204,2024-04-02,4471920,Venkataraman,Priya,1988-06-14,Marsh,PRETRAVEL';
    const spans = all(csv);
    for (const s of ['MRN:4471920', 'NAME:Marsh']) assert.ok(spans.includes(s), `${s} in ${spans.join(' | ')}`);
    assert.ok(spans.some((s) => s.startsWith('NAME:') && s.includes('Venkataraman')));
    assert.ok(!spans.some((s) => s.includes('PRETRAVEL')));
  });
  it('joins a surname and given name written with a comma and no quotes', () => {
    const spans = all('bed,pt,mrn,age,sex,attending\n601A,HALVORSEN, Ingrid,SB77120045,97,F,Ibrahim');
    assert.ok(spans.includes('NAME:HALVORSEN, Ingrid'));
    assert.ok(spans.includes('AGE:97'));
  });
  it("leaves a clock time in the next column outside the date", () => {
    assert.deepEqual(typed('id,date,time,mrn\nAP-1,2024-04-02,08:30,4471920', 'DATE'), ['2024-04-02']);
  });
  it('leaves prose with commas', () => {
    assert.deepEqual(typed('last,first,dob\nwe talked, she agreed, plan set', 'NAME'), []);
  });
});

describe('logins, file names, timestamps and plates in machine lines (pass 23)', () => {
  it('takes logins after "user=", "clerk=", "uploaded_by" and an operator', () => {
    assert.deepEqual(typed('2024-04-09T14:02:11Z INFO auth user=okafor.c src=198.51.100.23', 'NAME'), ['okafor.c']);
    assert.deepEqual(typed('kiosk=ED-REG-2  clerk=amcbride', 'NAME'), ['amcbride']);
    assert.deepEqual(typed('Run 2024/04/03 07:52     Operator MTORRES', 'NAME'), ['MTORRES']);
  });
  it('leaves a login that is a word', () => {
    assert.deepEqual(typed('user=admin action=LOGIN', 'NAME'), []);
  });
  it("takes a date in a file's name and a timestamp's fraction and zone", () => {
    assert.deepEqual(typed('device_upload_20240422.csv   (uploader v2.9.0)', 'DATE'), ['20240422']);
    assert.deepEqual(typed('2024-04-11 03:12:55.104 INFO conn accepted', 'DATE'), ['2024-04-11 03:12:55.104']);
    assert.deepEqual(typed('Date: Fri, 23 Feb 2024 08:31:44 -0600', 'DATE'), ['Fri, 23 Feb 2024 08:31:44 -0600']);
  });
  it('takes a plate after its state where a vehicle is named, and not a provider number', () => {
    assert.deepEqual(typed('silver Corolla OH JKX 4471  ok, no AE', 'VEHICLE'), ['JKX 4471']);
    assert.deepEqual(typed('Seen MD NPI 1234 today', 'VEHICLE'), []);
  });
  it('takes a ZIP as a JSON value', () => {
    assert.deepEqual(typed('"city": "Louisville", "state": "KY", "postalCode": "40211"}', 'ZIP'), ['40211']);
  });
});

describe('digits spaced apart on a scanned form (pass 23)', () => {
  it('reads the date, phone and ZIP with the blanks closed and reports the original span', () => {
    const text = 'D.O.B. :  0 4 / 1 7 / 1 9 9 4      Sex: F\nPh  6 1 2 - 5 5 5 - 0 1 2 5\nMinneapolis, MN 5 5 4 0 4';
    const spans = engine.detectWithText(text);
    assert.ok(spans.some((s) => s.type === 'DATE' && s.text === '0 4 / 1 7 / 1 9 9 4'), JSON.stringify(spans));
    assert.ok(spans.some((s) => s.type === 'PHONE' && s.text === '6 1 2 - 5 5 5 - 0 1 2 5'));
    assert.ok(spans.some((s) => s.text === '5 5 4 0 4'));
    for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text);
  });
  it("leaves a dental chart's pocket depths", () => {
    assert.deepEqual(all('  #14  4 3 4 / 4 3 5\n  #15  6 5 7 / 6 6 7   BOP+'), []);
  });
});

describe("a given name's initial before the surname, and typists' initials after 'by' and in brackets (pass 23)", () => {
  it('takes the initial with the surname', () => {
    assert.ok(typed('coordinators R. Szulc, Lin; SW Benali', 'NAME').some((n) => n.startsWith('R. Szulc')));
    assert.ok(typed('signatures: P. Simien MD / K. Begnaud LMSW', 'NAME').includes('K. Begnaud'));
  });
  it("leaves a side's letter before a capitalised word and a degree's first letter", () => {
    assert.ok(!typed('toes mottled L>R. Osborn waves on EKG.', 'NAME').some((n) => n.startsWith('R.')));
  });
  it("takes initials after 'by' closing the line, and in brackets after a date or as a pair", () => {
    assert.deepEqual(typed('Entered into registry 10/6/92 by dl.', 'NAME'), ['dl']);
    assert.deepEqual(typed('Dictated 9/18/74, transcribed 9/19/74 (pkd)', 'NAME'), ['pkd']);
    assert.deepEqual(typed('Sent to risk mgmt 2/5/25 (jl/rv)', 'NAME'), ['jl', 'rv']);
  });
  it("leaves words after 'by', a date's format and shorthand in brackets", () => {
    assert.deepEqual(typed('door code given by dtr\nseen by me.\ngiven by mouth (po)', 'NAME'), []);
    assert.deepEqual(typed('Fecha: 15/07/2024 (dd/mm)\nexpected RTW 7/14/25 (est).', 'NAME'), []);
  });
});

describe('bare months and days in a note dated in the same months (pass 23)', () => {
  it('takes a list of them and one opening a log line', () => {
    assert.deepEqual(typed('Admit 3/10/2024.\nTreatments: 3/10, 3/12, 3/14 in the suite.', 'DATE'), ['3/10/2024', '3/10', '3/12', '3/14']);
    assert.deepEqual(typed('Called 9/3/2024. VM left x3 (9/4, 9/5, 9/9).', 'DATE'), ['9/3/2024', '9/4', '9/5', '9/9']);
    assert.deepEqual(typed('Referral 2/1/2024 received.\n2/6 Dr. Baek signed.', 'DATE'), ['2/1/2024', '2/6']);
  });
  it('leaves scores, ratios, pain ratings and a wrapped line', () => {
    assert.deepEqual(typed('Seen 3/10/2024. Beighton 3/9. Pain 3/10, 2/10 at rest. Suboxone 8/2 mg BID.', 'DATE'), ['3/10/2024']);
    assert.deepEqual(typed('Seen 3/10/2024. Pain 7/10, improved to\n3/10 after Tylenol.', 'DATE'), ['3/10/2024']);
  });
  it('leaves them in a note with no date in those months', () => {
    assert.ok(!typed('Called 2/3/2024. VM left x3 (9/4, 9/5, 9/9).', 'DATE').includes('9/9'));
  });
});

describe('large US cities by name alone (pass 23)', () => {
  it('takes the city without a cue word', () => {
    assert.deepEqual(typed('until Chioma arrives (10/5, flight into Boston), then comfort care', 'LOCATION'), ['Boston']);
    assert.deepEqual(typed('1806 N. Smallwood St, Walbrook, Baltimore 21216', 'LOCATION').slice(-1), ['Baltimore']);
    assert.ok(engine.detectWithText('In St. Louis for a conference since 04/03/2024').some((s) => s.text === 'St. Louis'));
  });
  it('leaves a person, a company, a scale and a study named like a city', () => {
    assert.deepEqual(typed('Dr. Boston saw her; Boston Scientific lead; Boston bowel prep scale 8/9; CAC 212 (MESA)', 'LOCATION'), []);
    assert.deepEqual(typed('Madison ate lunch. Columbia: high risk.', 'LOCATION'), []);
  });
});

describe("a street's directionals, a closing 'Dr' and a highway's house number (pass 23)", () => {
  it('widens the street', () => {
    assert.deepEqual(typed('Location: Hwy 1 & 540th St SW, Washington Co IA', 'ADDRESS'), ['Hwy 1 & 540th St SW']);
    assert.deepEqual(typed('dental (1224 1st ave se), appt 1:30 pm.', 'ADDRESS'), ['1224 1st ave se']);
    assert.deepEqual(typed('placed for 0700 pickup at 5512 Hwy 56.', 'ADDRESS'), ['5512 Hwy 56']);
    assert.ok(all("At the party on Lakeview Dr he wouldn't let me leave").some((s) => s.endsWith('Lakeview Dr')));
  });
  it("leaves a doctor after a clinic's name and 'w/' after a street", () => {
    assert.deepEqual(typed('Appt made with Riverview Positive Health Clinic Dr. Adewale Ogunleye', 'FACILITY'), ['Riverview Positive Health Clinic']);
    assert.deepEqual(typed('last lived at 1716 W. Erie Ave w/ ex.', 'ADDRESS'), ['1716 W. Erie Ave']);
  });
});

describe('XML, JSON, X12 and HL7 record fields (pass 23)', () => {
  it('takes names, towns and ZIP codes in XML elements and JSON keys', () => {
    assert.deepEqual(all('<LastName>Ferreira</LastName><FirstName>Maria</FirstName><City>Bend</City><PostalCode>97703</PostalCode>'), ['NAME:Ferreira', 'NAME:Maria', 'LOCATION:Bend', 'ZIP:97703']);
    const json = all('"name": [{"family": "Whitfield", "given": ["Arlo", "James"]}], "birthDate": "1958-02-27"');
    for (const s of ['NAME:Whitfield', 'NAME:Arlo', 'NAME:James']) assert.ok(json.includes(s), s);
  });
  it("leaves other elements and a code's display", () => {
    assert.deepEqual(typed('<code>30525-0</code><display>Age</display><status>final</status>', 'NAME'), []);
    assert.deepEqual(typed('"resourceType": "Patient", "gender": "female", "status": "active"', 'NAME'), []);
  });
  it("takes a person's name, street, town and ZIP in X12, and not an organisation's", () => {
    const spans = all('NM1*IL*1*OKONKWO*CHIDI*E***MI*WSD884420117~\nN3*1402 RUE DAUPHINE~\nN4*NEW ORLEANS*LA*70116~\nNM1*PR*2*MEDICARE PART A*****PI*12345~');
    for (const s of ['NAME:OKONKWO', 'NAME:CHIDI', 'ADDRESS:1402 RUE DAUPHINE', 'LOCATION:NEW ORLEANS', 'ZIP:70116']) assert.ok(spans.includes(s), s);
    assert.ok(!spans.some((s) => s.startsWith('NAME:') && s.includes('MEDICARE')));
  });
  it("takes an HL7 phone's area code and number, a login before a name, an address outside a segment and an age observation over 89", () => {
    assert.ok(all('Ct^^Bozeman^MT^59715||^PRN^PH^^1^406^5550187').includes('PHONE:406^5550187'));
    assert.ok(all('EVN|A40|20240410093012|||ssoto^SOTO^SELENA').includes('NAME:ssoto'));
    assert.deepEqual(all('| 611 N 7th Ave^^Bozeman^MT^59715'), ['ADDRESS:611 N 7th Ave', 'LOCATION:Bozeman', 'ZIP:59715']);
    assert.deepEqual(typed('OBX|4|NM|30525-0^Age^LN||92|a||||F', 'AGE'), ['92']);
    assert.deepEqual(typed('OBX|4|NM|30525-0^Age^LN||45|a||||F', 'AGE'), []);
  });
  it('takes caret names outside segments when a part is a known name, and leaves codes', () => {
    assert.deepEqual(typed('| ASHDOWN^GWENDOLYN^F      | 19300119 | F | SPS0113-1   | FARKAS^IMRE', 'NAME'), ['ASHDOWN^GWENDOLYN^F', 'FARKAS^IMRE']);
    assert.deepEqual(typed('REMOTE^ICD remote int; ADT^A08; MTH^Mother; CBC^COMPLETE BLOOD COUNT', 'NAME'), []);
  });
  it('takes a login and a user name under their CSV headers', () => {
    const spans = all('event_time,user_login,user_name,action,patient_mrn\n2024-03-17T14:31:02-06:00,omorrow2,"MORROW, OWEN",CHART_OPEN,884120');
    for (const s of ['NAME:omorrow2', 'NAME:MORROW, OWEN', 'MRN:884120']) assert.ok(spans.includes(s), `${s} in ${spans.join(' | ')}`);
  });
});
