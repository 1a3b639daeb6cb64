// Lower-case names in hurried notes: after "pt"/"client", census given name + surname pairs,
// lower-case sign-offs, names beside bracketed roles, officers.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDeidEngine } from '../deid-engine';

// The rules alone: the token model on top of them has its own tests (token-model.test.ts).
const engine = createDeidEngine({ tokenModel: null });
const names = (text: string) => engine.detectWithText(text).filter((s) => s.type === 'NAME').map((s) => s.text);

describe('lower-case names', () => {
  it('takes the whole name after "pt", "pt:" and "client:"', () => {
    assert.deepEqual(names('0300 pt marisol q. delgado 24f, c/o flank pain'), ['marisol q. delgado']);
    assert.deepEqual(names('pt: yusuf el-tayeb, bed 9, 61m'), ['yusuf el-tayeb']);
    assert.deepEqual(names('pt arroyo, ignacio bed 3. sleeping'), ['arroyo, ignacio']);
    assert.deepEqual(names('client: halina wrobel, home visit'), ['halina wrobel']);
  });
  it('takes a census given name and surname written together in lower case', () => {
    assert.deepEqual(names('dad on file rigoberto salcedo, ok to call'), ['rigoberto salcedo']);
    assert.deepEqual(names('marisol wrobel gr 5, c/o sore throat'), ['marisol wrobel']);
  });
  it('reads lower-case sign-offs with credentials, slashes and preceptors', () => {
    assert.deepEqual(names('will f/u.\nt. vandersloot pa-c'), ['t. vandersloot']);
    assert.deepEqual(names('no change.\n- k. ibarra md / tq'), ['k. ibarra', 'tq']);
    assert.deepEqual(names('v/s stable.\nm. delacroix, rn / precepting s. okonjo, rn'), ['m. delacroix', 's. okonjo']);
    assert.deepEqual(names('diet reviewed.\np. szymanski, rdn, ld'), ['p. szymanski']);
  });
  it('reads initials alone on a line before a credential, a lone surname before the age, a trailing initial', () => {
    assert.deepEqual(names('turned q2h.\nqm rn'), ['qm']);
    assert.deepEqual(names('sats ok.\nvdk rrt'), ['vdk']);
    assert.deepEqual(names('pt: quimby, 38f, fall at home'), ['quimby']);
    assert.deepEqual(names('pt zdzislawa r. 93f bed 4'), ['zdzislawa r']);
    for (const text of ['all done.\nok rn\nper md\niv rn', 'pt: alert, 3 episodes of emesis', 'pt ramos, alert and calm']) assert.ok(!names(text).some((w) => /^(?:ok|per|iv|alert)$/.test(w)), text);
  });
  it('takes a name beside a bracketed role and after an officer or a lower-case "md"', () => {
    assert.deepEqual(names('18g placed by inez (iv team) at 0200'), ['inez']);
    assert.deepEqual(names('up to chair w/ tavo (pct)'), ['tavo']);
    assert.deepEqual(names('security (ofc pruneda) at door'), ['pruneda']);
    assert.deepEqual(names('md okonjo notified, agrees w/ plan'), ['okonjo']);
  });
  it('leaves lower-case clinical prose, aids, doses and ratios alone', () => {
    for (const text of [
      'pt tolerating diet, ambulating w/ walker (pt) and cane (ot).',
      'pt alert and oriented x3, gait steady, 5/5 strength, ratio 1:1.',
      'pt: afebrile, bp 128/74, hr 88, spo2 97% ra, pain 3/10.',
      'md aware, md to call back; rn to recheck bg at 0200.',
      'given 4 mg zofran iv by rn (charge) at 2200, ekg by tech (ekg).',
      'ambulated w/ pt (physical therapy) and seen by cards (np) today.',
      'dressing changed, parkinson meds given, foley in place, apgar 8/9 on chart.',
    ]) assert.deepEqual(names(text), [], text);
  });
});

describe('lower-case names that are also words (pass 10)', () => {
  it('takes a given name that is a word after a relation when a surname follows', () => {
    assert.deepEqual(names('pt lives w/ her aunt hope king at home; dtr faith rose-albright called.'), ['hope king', 'faith rose-albright']);
    assert.deepEqual(names('call grandma opal whitfield ok per team; sister rosalind king 555-0101 aware'), ['opal whitfield', 'rosalind king']);
  });
  it('does not read prose or a possessive as a name', () => {
    assert.deepEqual(names("son will call back today. mom grace period ends. at her daughter's house in town. MD showed 90% LAD stenosis. (patient portal)"), []);
  });
});

describe('names after a role, nicknames after a name, newborns (pass 12)', () => {
  it('takes an eponym-like or rare-word surname after a lower-case title or role', () => {
    assert.deepEqual(names('f/u in clinic w/ dr menkes next wk.'), ['menkes']);
    assert.deepEqual(names('lines pulled by np kawasaki @ 0900, no bleeding.'), ['kawasaki']);
    assert.deepEqual(names('appt friday w/ dr larkspur.'), ['larkspur']);
  });
  it('leaves prose after a role alone, and "cm" and "pa" before a finding', () => {
    for (const text of ['dr appt friday, dr aware of labs.', 'np assessed pt, rn will recheck.', '4 cm laceration over knee, pa radiograph neg.', 'rn. dtr at bedside.']) {
      assert.deepEqual(names(text), [], text);
    }
  });
  it('takes a quoted nickname right after a found name, and a newborn\'s surname after "Baby Boy"', () => {
    assert.ok(names('Pt: Rosalind K. Vetter ("Roz")   DOB on file').includes('Roz'));
    assert.deepEqual(names('Twin A, Baby Boy Menkes, 36 weeks'), ['Menkes']);
    assert.deepEqual(names('Baby girl feeding well, "good latch" per mom.'), []);
  });
  it('takes a bracketed nickname made from the name, or after "goes by", and a quoted lower-case one (pass 12)', () => {
    assert.ok(names('Patient: Whitcomb, Reginald (goes by Reg)   DOB on file').includes('Reg'));
    assert.ok(names('Patient: Bartholomew Okafor (Bart)   Acct on file').includes('Bart'));
    assert.ok(names('pt evangelina ortiz ("vangie"), seen today').includes('vangie'));
    assert.ok(!names('Seen with Maria Lopez (Spanish interpreter) today.').includes('Spanish'));
    assert.ok(!names('Patient: Bartholomew Okafor (Barbados) today.').includes('Barbados'));
  });
});

describe('lower-case given name and surname after a label or before a record (pass 14)', () => {
  it('takes the whole name, particles too', () => {
    assert.deepEqual(names('caller: paolo de santis (dad) cb 540 555 0199'), ['paolo de santis']);
    assert.deepEqual(names('from: yesenia st. germain mrn PQ-5520'), ['yesenia st. germain']);
  });
  it('leaves a particle and a Spanish word before a phone number alone', () => {
    assert.deepEqual(names('Tel. del paciente 509-555-0138 / hijo'), []);
    assert.deepEqual(names('LC ratio 2.58. Bence Jones protein trace.'), []);
  });
});

describe('a lower-case "initial. surname" after a role (pass 14)', () => {
  it('takes it after more roles, and with a credential-looking word on the next line', () => {
    assert.deepEqual(names('claim adjuster p. kowalczyk to call back'), ['p. kowalczyk']);
    assert.deepEqual(names('rn: h. lindahl\npt resting'), ['h. lindahl']);
    assert.deepEqual(names('cx grew s. aureus per lab'), []);
  });
});

describe('a lower-case given name after a role or before a credential (pass 14)', () => {
  it('takes the name, not a common word', () => {
    assert.deepEqual(names('report from tessa rn to brynn lpn at 0700'), ['tessa', 'brynn']);
    assert.deepEqual(names('therapist kaylee reports good effort'), ['kaylee']);
    assert.deepEqual(names('therapist recommends home exercise; will rn check'), []);
  });
});

describe('lower-case sign-offs after thanks and initials in brackets (pass 14)', () => {
  it('takes them, not a unit in brackets', () => {
    assert.deepEqual(names('can u call me back\nthx, marisol'), ['marisol']);
    assert.deepEqual(names('staff note (tqb): moved appt to friday'), ['tqb']);
    assert.deepEqual(names('Reply (dwk, RN, 3/4/24): ok to refill'), ['dwk']);
    assert.deepEqual(names('Weight (lb): 176  Height (in): 70'), []);
  });
});
