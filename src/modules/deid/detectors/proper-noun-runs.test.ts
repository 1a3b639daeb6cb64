// Pass 8: title-case runs in prose that no other rule explains are names of something.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDeidEngine } from '../deid-engine';

// The rules alone: the token model on top of them has its own tests (token-model.test.ts).
const engine = createDeidEngine({ tokenModel: null });
const texts = (text: string) => engine.detectWithText(text).map((s) => s.text);

describe('title-case runs in prose', () => {
  it('takes a run of ordinary words in the middle of a sentence as a name', () => {
    assert.deepEqual(texts('He drives a delivery van for Harvest Moon Provisions and has no chest pain.'), ['Harvest Moon Provisions']);
    assert.deepEqual(texts('Her meals come from Golden Spoon twice a week, per her son.'), ['Golden Spoon']);
    assert.deepEqual(texts('Pt was laid off from Copper Kettle Works last spring.'), ['Copper Kettle Works']);
  });
  it('drops an ordinary capitalized word at a sentence start but keeps the name after it', () => {
    assert.deepEqual(texts('No fever. Volunteers at Bright Acre Farmstand on weekends.'), ['Bright Acre Farmstand']);
    assert.deepEqual(texts('Husband works nights. Attends Lantern Hill Fellowship Sundays with him.').includes('Lantern Hill Fellowship'), true);
  });
  it('extends a name another rule found in part over the rest of the run', () => {
    const spans = texts('Referred to Dr. Ames at Saco Point Bone & Spine for the knee.');
    assert.ok(spans.includes('Saco Point Bone & Spine') || spans.includes('Saco Point Bone & Spine'), spans.join('|'));
  });
  it('leaves sentence starts, headings, labels and all-caps or lower-case text alone', () => {
    for (const text of ['Discharge Summary\nChief Complaint: fever and chills for two days.', 'Social Work Progress Note: met with the patient and family today.', 'Home Exercise Program reviewed with the patient today, tolerated well.', 'PT SEEN TODAY, HARVEST MOON PROVISIONS VAN DRIVER, NO PAIN.', 'pt seen today, harvest moon provisions van driver, no pain.']) {
      assert.deepEqual(texts(text), [], text);
    }
  });
  it('leaves instruments, laws, payers, devices, brands and services alone', () => {
    for (const text of ['Exam today was notable: Glasgow Coma Scale 14 after the fall, per the nurse.', 'Consent was signed under the Affordable Care Act provisions as required.', 'She is insured by Keystone Blue and has a copay for this.', 'The pump is a Tandem Mobi and her meter is the Contour Next, both working.', 'He uses the Trelegy Ellipta inhaler daily and attends Alcoholics Anonymous weekly.', 'She was seen in the Special Care Nursery and then in the Retina Service clinic.', 'Counseling on Weight Watchers and the Mediterranean Diet was given today.']) {
      assert.deepEqual(texts(text), [], text);
    }
  });
  it('leaves a person-word before a name out of the run', () => {
    assert.ok(!texts('Spoke with the family today; her Sister Perpetua visits often.').some((s) => s.startsWith('Sister')));
  });
});

describe('letterheads, particles and lone towns (pass 8)', () => {
  it('takes a name on a line of its own before its town and state, its street or a gap', () => {
    assert.ok(texts('WOUND CARE NOTE\nBirchwood Hollow Home Nursing, Carver, MN     Visit 3/2/2025').includes('Birchwood Hollow Home Nursing'));
    assert.ok(texts('EVAL\nGranite Peaks Sports PT, 14 Alder St, Conway').includes('Granite Peaks Sports PT'));
    assert.ok(texts('Seen 02/04/2025   Quarry Lane Heart Station, Lenoir, NC').includes('Quarry Lane Heart Station'));
    assert.deepEqual(texts('Physical Therapy Daily Note   Visit 3\nDischarge Summary, Page 2'), []);
  });
  it('joins a name over particles and keeps a clinical word before "of" out', () => {
    assert.ok(texts('Last rites by the chaplain of Our Lady of the Marsh Church today.').includes('Our Lady of the Marsh Church'));
    assert.ok(texts('Volunteers at Hogar de Cristo Rey on weekends.').includes('Hogar de Cristo Rey'));
    assert.deepEqual(texts('She has a history of Hx of Parkinsonn disease, stable.'), []);
  });
  it('takes a lone town after a preposition, but no state, country, eponym or common word', () => {
    assert.ok(texts('Surgery was done by a hand surgeon in Anchorage last year.').includes('Anchorage'));
    assert.deepEqual(texts('Moved here from Mexico in 2019. Seen in Hodgkin clinic; went to Sleep lab after.'), []);
  });
});

describe('pass 9', () => {
  it('keeps a medical word inside a name and takes a place abroad after "in" or "from"', () => {
    assert.ok(texts('Limb fitting at Sagebrush Prosthetics next week.').includes('Sagebrush Prosthetics'));
    assert.ok(texts('His mother had the same cancer (in Daegu) at 60.').includes('Daegu'));
    assert.deepEqual(texts('Documented in Cerner; uses Aquacel Ag dressings; Quitline Iowa number given.'), []);
  });
  it('takes a letterhead before a dash and a site', () => {
    assert.ok(texts('COUNSELING NOTE\nJuniper Path Recovery Services - Elm St site\n01/16/2024').includes('Juniper Path Recovery Services'));
    assert.deepEqual(texts('LETTER\nClerk of Court - Jury Administration\nDear Sir'), []);
  });
  it('takes a letterhead before its town alone and the line end or a gap (pass 12), not a person before a credential', () => {
    assert.ok(texts('SKIN CHECK\nRed Mesa Skin Care, Gallup   Monday 3/4/2024').includes('Red Mesa Skin Care'));
    assert.ok(!texts('Plan reviewed.\nPharmacist Ngoc Tran, PharmD   lic on file').some((s) => s.startsWith('Pharmacist')));
  });
});

describe('the site after the dash of a title line (pass 9)', () => {
  it('takes a site a word of which no dictionary knows, and stops at a date or weekday', () => {
    assert.ok(texts('TRIAGE NOTE - MARLOWE COUNTY-KESTERTON\nDATE: 3/4/2091').includes('MARLOWE COUNTY-KESTERTON'));
    assert.ok(texts('school nurse log - Quillback Middle - tue 2/11\nstudent seen').includes('Quillback Middle'));
  });
  it('leaves generic titles alone', () => {
    for (const text of ['TELEPHONE ENCOUNTER - PHARMACY CALLBACK\n10/02/2023', 'Pathology - Cytology Report\nSpecimen A', 'PROGRESS NOTE - HOSPITAL DAY 3\nS: ok', 'Peds Well Child - 4 yr\nPt doing well']) {
      assert.deepEqual(texts(text).filter((s) => !/\d/.test(s)), [], text);
    }
  });
});

describe('organisation labels and plain titles (pass 10)', () => {
  it('takes the name after a label that asks for an organisation, and a letterhead before a street', () => {
    assert.ok(texts('VISIT NOTE\nHome health: Magnolia Bend Home Nursing RN visits 3x/wk').includes('Magnolia Bend Home Nursing'));
    assert.ok(texts('Medication review.\nCornerstone Apothecary of Ames  215 Lincoln Way, Ames, IA 50010').includes('Cornerstone Apothecary of Ames'));
  });
  it('takes a title-case site under a title in capitals, but not a service', () => {
    assert.ok(texts('FINANCIAL ASSISTANCE APPLICATION - Juniper Heights Health System\nApplicant: pending').includes('Juniper Heights Health System'));
    assert.deepEqual(texts('PHARMACY CLINICAL NOTE - Anticoagulation Service\nDate: pending'), []);
    assert.deepEqual(texts('PATIENT PORTAL - Secure Message\nThread open'), []);
  });
});
