// Pass 15: aliases of unidentified patients, "Baby Boy/Girl" surnames, names after military ranks,
// initials after signing roles and typists' slashes, county health departments and military bases.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDeidEngine } from '../deid-engine';

// The rules alone: the token model on top of them has its own tests (token-model.test.ts).
const engine = createDeidEngine({ tokenModel: null });
const typed = (text: string) => engine.detectWithText(text).map((s) => `${s.type}:${s.text}`);
const names = (text: string) => engine.detectWithText(text).filter((s) => s.type === 'NAME').map((s) => s.text);

describe('names in shapes of their own (pass 15)', () => {
  it('takes the alias of an unidentified patient in any case', () => {
    assert.deepEqual(names('Patient: TRAUMA ZULU 14 (unidentified male, est. 30s)'), ['TRAUMA ZULU 14']);
    assert.deepEqual(names('registered as trauma lima 19 until ID confirmed'), ['trauma lima 19']);
    assert.deepEqual(names('Pt: registered as "Jane Doe Tango 7" at her request'), ['Jane Doe Tango 7']);
    assert.deepEqual(names('Trauma bay 2, trauma team activated at 14:02'), []);
  });
  it('takes the surname after Baby Boy or Baby Girl, not an ordinary word', () => {
    assert.deepEqual(names('pt baby girl ahmadi (twin b)   mrn 10488273'), ['ahmadi']);
    assert.deepEqual(names('baby girl was fed 30 mL at 0300'), []);
  });
  it('takes the name after a military rank, not a code, a numeral or a clinical word', () => {
    assert.deepEqual(names('seen at aid station by CPT Rasmussen (PA).'), ['Rasmussen']);
    assert.deepEqual(names('Soldier: SGT Aune, Kristoffer K.   DoD ID'), ['Aune, Kristoffer K.']);
    assert.deepEqual(names('Self-referred via chaplain CH (CPT) Oduya after SSG Pruitt notified'), ['Oduya', 'Pruitt']);
    for (const text of ['billed CPT Code 99213 today', 'retinal exam completed (CPT II 2022F)', 'Sputum AFB smear x3: 1+ on #2', 'LT knee pain x3 wk']) assert.deepEqual(names(text), [], text);
  });
  it('takes initials after a role that signs with them and typist initials closing a line', () => {
    assert.deepEqual(names('02/06/24  NEW   QTY 12  DS 4   RPh DK\n'), ['DK']);
    assert.deepEqual(names('rn k. fitzhugh / cosign jm'), ['k. fitzhugh', 'jm']);
    assert.deepEqual(names('Dictated 12/06/2024 23:40, VO/lf'), ['VO', 'lf']);
    assert.deepEqual(names('Nurse: ok to discharge. Tech at bedside.'), []);
    assert.deepEqual(names('notified dr ibekwe. kp/rn'), ['ibekwe', 'kp']);
  });
  it('takes a lower-case name with a middle initial or before an age in years or a school grade', () => {
    assert.deepEqual(names('index: brianna s. kowalczyk, 19 yo F'), ['brianna s. kowalczyk']);
    assert.deepEqual(names('school log\n0930 hannah goldberg-reyes 10y - bee sting'), ['hannah goldberg-reyes']);
    assert.deepEqual(names('school log\n0815 jaylen brooks gr 4 - asthma'), ['jaylen brooks']);
    assert.deepEqual(names('school log\n0815 grace period gr 4 ended'), []);
  });
  it('takes a capital initial after a found surname at the end of its column or line, not before more words', () => {
    assert.deepEqual(names('| 03/06/2024 | tramadol 50 mg | 40 | Nwachukwu, E | Quillen Apothecary'), ['Nwachukwu, E']);
    assert.deepEqual(names('Seen by Dr. Roe, J today'), ['Roe']);
  });
});

describe('county health departments and military bases (pass 15)', () => {
  it('takes a county health department with its county, not a state agency', () => {
    assert.ok(typed('Referred by Sandhills County Health Department Family Planning').includes('FACILITY:Sandhills County Health Department'));
    assert.ok(typed('MISSION HILLS COUNTY DEPARTMENT OF PUBLIC HEALTH - ACUTE GI ILLNESS').includes('FACILITY:MISSION HILLS COUNTY DEPARTMENT OF PUBLIC HEALTH'));
    assert.ok(typed('tamarack county public health / event 3/12/24').includes('FACILITY:tamarack county public health'));
    assert.deepEqual(typed('call the county health department or the state public health lab'), []);
  });
  it('takes a base before or after its word, not a town or acid-fast bacilli', () => {
    assert.ok(typed('Home station: Fort Halvorsen, KY').includes('FACILITY:Fort Halvorsen'));
    assert.ok(typed('Base: Merritt-Kell AFB, KS   Flight surgeon').includes('FACILITY:Merritt-Kell AFB'));
    assert.deepEqual(typed('moved from Fort Worth, TX'), ['LOCATION:Fort Worth']);
    assert.deepEqual(typed('Sputum AFB smear negative x3'), []);
  });
});

describe('a weekday after a date and units after a street (pass 15)', () => {
  it('takes the weekday and time after a date into it, not a word that only starts like one', () => {
    assert.ok(typed('06/03/24 Mon 0815 - all doses swallowed').includes('DATE:06/03/24 Mon 0815'));
    assert.ok(typed('06/05/24 Wed - missed dose').includes('DATE:06/05/24 Wed'));
    assert.ok(typed('seen 06/05/24 Wedge resection planned').includes('DATE:06/05/24'));
  });
  it('takes a floor, room, bay or upstairs unit after the street into the address', () => {
    assert.ok(typed('PERFORMED AT: 400 TECHNOLOGY SQ, 5TH FL, CAMBRIDGE, MA 02139').includes('ADDRESS:400 TECHNOLOGY SQ, 5TH FL'));
    assert.ok(typed('Residence: 847 Cole Ave, upstairs unit, Akron, OH 44301').includes('ADDRESS:847 Cole Ave, upstairs unit'));
    assert.ok(typed('Lab, 2810 W Pinhook Rd, Bay C, Lafayette LA 70508').includes('ADDRESS:2810 W Pinhook Rd, Bay C'));
    assert.ok(typed('lives at 847 Cole Ave, rear entrance is locked').includes('ADDRESS:847 Cole Ave'));
  });
});

describe('a country of several words (pass 15)', () => {
  it('is no name and no place, though its words are census names or a city', () => {
    for (const text of ['stationed Baumholder, West Germany', '44 yo M from Chalatenango, El Salvador. DM2', 'born in Mayagüez, Puerto Rico; moved']) {
      assert.ok(!typed(text).some((s) => /Germany|Salvador|Puerto Rico/.test(s)), text);
    }
    assert.deepEqual(names('seen by Dr. Jordan West, then discharged'), ['Jordan West']);
  });
});

describe('lot and model numbers (pass 15)', () => {
  const spans = (text: string) => engine.detectWithText(text).map((s) => s.text);
  it("leaves a vaccine's or drug's lot and a model number alone", () => {
    assert.deepEqual(spans('Tdap given (lot AC52B031AA), VIS given'), []);
    assert.deepEqual(spans('Influenza (lot FX2267). VIS given.'), []);
    assert.deepEqual(spans('Assurity MRI model PM2272 in place'), []);
  });
  it('keeps the lot of an implanted or carried device, and its serial', () => {
    assert.ok(typed('Power PICC lot REAY0411 placed').includes('DEVICE:REAY0411'));
    assert.ok(typed('Device: stent\nlot # 27464938335. CHA2DS2-VASc 4').includes('DEVICE:27464938335'));
    assert.ok(typed('Assurity MRI model PM2272, SN 8814427').includes('DEVICE:8814427'));
  });
});
