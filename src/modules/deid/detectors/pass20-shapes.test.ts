// Pass 20: staff initials the note ties to a person, and the initials staff sign with.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDeidEngine } from '../deid-engine';

const engine = createDeidEngine();
const typed = (text: string, type: string) => engine.detectWithText(text).filter((s) => s.type === type).map((s) => s.text);

describe('initials keyed to a name (pass 20)', () => {
  it('reads a key in lower case, after a slash or in brackets, and spreads it through the note', () => {
    assert.deepEqual(typed('Wound rounds.\nRM = Rosalind Mbeki, RN, CWOCN;  tl = Thuy Le, LPN\n6/2 dressing changed tl', 'NAME'), ['RM', 'Rosalind Mbeki', 'tl', 'Thuy Le', 'tl']);
    assert.deepEqual(typed('f/u next week.\njm / Jovana Milosavljevic PTA', 'NAME'), ['jm', 'Jovana Milosavljevic']);
    assert.deepEqual(typed('return leg completed.\n-bk (Bao Khanh)', 'NAME'), ['bk', 'Bao Khanh']);
  });
  it('finds the name among the words before the key, and the initials of a hyphenated surname', () => {
    assert.deepEqual(typed('Tech E. Nakashima (EN) released units; checked EN', 'NAME'), ['E. Nakashima', 'EN', 'EN']);
    assert.deepEqual(typed('processing J. Sandoval-Price (JSP); released', 'NAME'), ['J. Sandoval-Price', 'JSP']);
    assert.deepEqual(typed('Corrected by W. Adeyemi-Frost, MLS (waf); approved', 'NAME'), ['W. Adeyemi-Frost', 'waf']);
    assert.deepEqual(typed('Kiri Paewai, OTR/L (KP)   co-tx', 'NAME'), ['Kiri Paewai', 'KP']);
  });
  it('leaves the initials of a place or a plan, and a key that names no one', () => {
    assert.deepEqual(typed('Insurance: OHP (Oregon Health Plan) ID OHP-12', 'NAME'), []);
    assert.deepEqual(typed('Kessler-Marlow Medical Center (KMMC), Hackensack', 'NAME'), []);
    assert.deepEqual(typed('bup/nx 16 mg (Buprenorphine Naloxone) daily', 'NAME'), []);
  });
});

describe('one person\'s initials after the staff who review, check or cover (pass 20)', () => {
  it('takes initials after these roles', () => {
    assert.deepEqual(typed('Crisis line log 01/27 02:14 | counselor JW\nnext', 'NAME'), ['JW']);
    assert.deepEqual(typed('Tech H. Mwangi.  2nd check MDC', 'NAME'), ['H. Mwangi', 'MDC']);
    assert.deepEqual(typed('door ajar; ack JH. No samples affected', 'NAME'), ['JH']);
    assert.deepEqual(typed('Prepared by KL; QA mk', 'NAME'), ['KL', 'mk']);
    assert.deepEqual(typed('Covering: DLK pgr 4471 | Day intern: Nakamura', 'NAME'), ['DLK', 'Nakamura']);
  });
  it('leaves an abbreviation, a list and a label after them', () => {
    assert.deepEqual(typed('Reviewed EOB: claim denied', 'NAME'), []);
    assert.deepEqual(typed('Information reviewed: APS from the attending', 'NAME'), []);
    assert.deepEqual(typed('Verified bup/nx 16 mg/d from the PDMP', 'NAME'), []);
    assert.deepEqual(typed('reviewed CT. No change.', 'NAME'), []);
  });
});
