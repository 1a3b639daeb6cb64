// Lower-case organisations: a lead that names and a lower-case head after a place cue.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadDeidDictionaries } from '../dictionaries';
import { tokenize } from '../text-tokens';
import { pushLowerCaseOrgs } from './lowercase-orgs';

const dictionaries = loadDeidDictionaries();
// This rule's own spans (other rules may add their own on the same text).
const facilities = (text: string) => {
  const out: string[] = [];
  pushLowerCaseOrgs({ text, tokens: tokenize(text), dictionaries }, (start, end, type) => out.push(`${type === 'FACILITY' ? '' : type}${text.slice(start, end)}`));
  return out;
};

describe('lower-case organisations', () => {
  it('finds a named lead before a lower-case head after a place cue', () => {
    assert.deepEqual(facilities('dtr works @ fenwick halal market, calls nightly'), ['fenwick halal market']);
    assert.deepEqual(facilities('abx sent to wexley rx. urine sent to tri-county labs today'), ['wexley rx', 'tri-county labs']);
    assert.deepEqual(facilities('pt from villa del sol assisted living, baseline a&ox3'), ['villa del sol assisted living']);
    assert.deepEqual(facilities('cut hand at the pelican\'s roost bar last night'), ["pelican's roost bar"]);
    assert.deepEqual(facilities('son is a student at yonkers community tech'), ['yonkers community tech']);
    assert.deepEqual(facilities('chaplain called from baptist center of hadley ave per family'), ['baptist center of hadley ave']);
  });
  it('takes a lead of two or more towns or census names even when they are common words', () => {
    assert.deepEqual(facilities('will go to copper ridge rehab when bed opens'), ['copper ridge rehab']);
    assert.deepEqual(facilities('to the domestic violence shelter tonight; then to acute rehab; at the main street clinic'), []);
  });
  it('leaves the department head out and reads a label dash or a line start', () => {
    assert.deepEqual(facilities('triage note - ashby hollow general ed\nwalked in w/ cough'), ['ashby hollow general']);
    assert.deepEqual(facilities('seen 2 wk ago at st. wendeline north ed for same'), ['st. wendeline north']);
    assert.deepEqual(facilities('walk-in - tarrytown quick urgent care\npt c/o ear pain'), ['tarrytown quick urgent care']);
    // After a dash the lead starts at a naming word, not at the verbs before it.
    assert.deepEqual(facilities('plan w/ cm - may need orland pines home care for wound vac'), ['orland pines home care']);
  });
  it('leaves lower-case clinical places, kinds and aids alone', () => {
    for (const text of [
      'went to the ed x2 this month, then to rehab, then back home.',
      'abx sent via pharmacy; labs sent to main lab; cbc to outside lab.',
      'f/u at the anticoag clinic and at ortho clinic in 2 wk; gi lab friday.',
      'kids at school; mom works at the hospital pharmacy and at family planning clinic.',
      'uses grab bar in shower, snack bar closed, ambulated to the nurses station.',
      'dispo: acute rehab vs snf, pt prefers subacute rehab near home.',
      'seen at the wound care center and the infusion center; to the cancer center 3/4.',
      'transfer to the cath lab, then to 4 west; echo lab read pending.',
      'ratio 2:1 at school; score 3/5 per the sleep center; 10 mg to the pt at bedside.',
    ]) assert.deepEqual(facilities(text), [], text);
  });
  it('takes a practice, a pavilion or a warehouse by its lower-case head (pass 12)', () => {
    assert.ok(facilities('stress test 5/2 at brightwell cardiology was neg').includes('brightwell cardiology'));
    assert.ok(facilities('delivered at seacliff womens pavilion on 3/3').includes('seacliff womens pavilion'));
    assert.ok(facilities('works nights at kettlerock cold storage, tired').includes('kettlerock cold storage'));
    for (const text of ['referred to cardiology and to the eye clinic; ob/gyn f/u', 'seen at outpatient cardiology, then to the transport desk']) assert.deepEqual(facilities(text), [], text);
  });
});

describe('lower-case organisation heads of pass 14', () => {
  it('takes unions, halls, general hospitals, practices and fulfillment centres', () => {
    assert.ok(facilities('back at work at quarrybrook credit union part time').includes('quarrybrook credit union'));
    assert.ok(facilities('s/p orif at wendover general. walking 40 ft').includes('wendover general'));
    assert.ok(facilities('inj log - fc (marrowind fulfillment), ambient dept').includes('marrowind fulfillment'));
    for (const text of ['change to bismuth quad therapy today', 'sickle cell camp form signed', 'tribal health educator visit']) assert.deepEqual(facilities(text), [], text);
  });
});
