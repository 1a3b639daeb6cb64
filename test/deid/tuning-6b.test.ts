// Floors for the sixth generality pass, part B (issue 6, pass 6): the tuning notes of
// handwritten-tuning-6b.ts, written from the described classes of misses and false positives on
// held-out set 5 for names, ages, dates, addresses and numbers (never from its strings). Floors sit
// just under what the engine reaches, so that a regression fails; the single cases below pin each
// class, with the look-alikes that must stay unmarked.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDeidEngine } from '../../src/modules/deid/deid-engine';
import { TUNING_6B_HANDWRITTEN_NOTES } from './handwritten-tuning-6b';
import { itKeepsTuningSet, spanProbes } from './floors';

describe('hand-written tuning notes, pass 6 part B', () => {
  // The rules alone: the token model on top of them has its own tests (token-model.test.ts).
  const engine = createDeidEngine({ tokenModel: null });
  const { found, texts } = spanProbes(engine);

  itKeepsTuningSet(engine, TUNING_6B_HANDWRITTEN_NOTES, 47, { recall: 0.96, perType: 0.9, precision: 0.99 });

  it('finds dictation signatures with a space before the comma, lower-case sign-offs, titles, officers and preferred names', () => {
    assert.deepEqual(texts('DICTATED BY : VOSKUIJLEN , MAREIKE T. , M.D.\n'), ['VOSKUIJLEN , MAREIKE T']);
    assert.deepEqual(texts('ok, will f/u.\n-s. lindahl-moreau rn\n'), ['s. lindahl-moreau']);
    assert.deepEqual(texts('group notes\nwilhelmina okafor, cadc\n'), ['wilhelmina okafor']);
    assert.deepEqual(texts('pt: brzezinski, teodora. seen by mrs. kowalczyk and rev. abernethy; officer p. dunleavy called.'), ['brzezinski, teodora', 'kowalczyk', 'abernethy', 'p. dunleavy']);
    assert.deepEqual(texts('MUNROE-ADEYEMI , ANNE-SOPHIE L. , M.D.\nTR: qv\nCM: Tillotson, CM, CCM\n'), ['MUNROE-ADEYEMI , ANNE-SOPHIE L', 'qv', 'Tillotson']);
    assert.deepEqual(texts('son ravi (cell) called; dtr nnenna (hcp) aware.'), ['ravi', 'nnenna']);
    assert.deepEqual(texts('transcribed KB 3/9/2021. Prefers to be called "Winnie".'), ['KB', '3/9/2021', 'Winnie']);
    // Verbs after "pt", lower-case prose after a title word and ordinary lower-case lines stay words.
    assert.deepEqual(found('pt apologized and pt verbalized understanding. ms. symptoms stable. rn aware.\nwill continue, per md\n'), []);
  });

  it('finds ages as "pt is 94," and spelled appositives', () => {
    assert.deepEqual(texts('pt is 93, lives alone. Her sister, ninety-four, and brother (ninety-seven) visit. "I\'m ninety next year."'), ['93', 'ninety-four', 'ninety-seven', 'ninety']);
    assert.deepEqual(texts('Age: ninety-two. HISTORY: 93 YO M.'), ['ninety-two', '93']);
    assert.deepEqual(found('BP is 94, pulse was 96. Pt is 45, and she is 88. Sat 92, ninety percent.'), []);
  });

  it('finds month and apostrophe year, ordinals and clock times with one-letter meridiems; leaves counts alone', () => {
    assert.deepEqual(texts("Seen Feb '22 and October '19. Next on May 9th. Drawn 3/2/2021 6:05 P"), ["Feb '22", "October '19", 'May 9th', '3/2/2021 6:05 P']);
    assert.deepEqual(found('Squats 2/3. Monofilament 9/10 sites. Blood cx 2/2 positive. Day 3/7 of abx. STOP-BANG 3/8. Sets 1/4 done.'), []);
    assert.deepEqual(texts('Thoracentesis 6/11 neg cytology. Last dose 3/16. Next visit 6/18.'), ['6/11', '3/16', '6/18']);
  });

  it('finds streets without a number after "on" and intersections with a numbered road', () => {
    assert.deepEqual(texts('Crash on Pellham Pike. Lives on tamarind st. Found at Rt 4 at Sayles Hill Rd.'), ['Pellham Pike', 'tamarind st', 'Rt 4 at Sayles Hill Rd.']);
    assert.deepEqual(found('Rt 2 fingers numb; on the way home; pt on his way; rt arm weak.'), []);
  });

  it('finds lower-case towns after workplaces and a relative with a name', () => {
    assert.deepEqual(found('works at the plant in millinocket. son gary in madawaska.').filter((s) => s.startsWith('LOCATION')), ['LOCATION:millinocket', 'LOCATION:madawaska']);
  });

  it('finds dotted and prefixed licences, bare extensions and labeled numbers; leaves payer lines, ranges, codes and variants alone', () => {
    assert.deepEqual(found('Vermont license 117.042219. License OT 044812. CDL ME 31-220-4471. Desk (x3318), or ext 227.'),
      ['LICENSE:117.042219', 'LICENSE:OT 044812', 'LICENSE:ME 31-220-4471', 'PHONE:3318', 'PHONE:227']);
    assert.deepEqual(found('Placard HC-338120. Batch : 55120. Transmitter ID 4RQ7ZP. Car reg 8MWK42.'), ['ID:HC-338120', 'ID:55120', 'DEVICE:4RQ7ZP', 'VEHICLE:8MWK42']);
    assert.deepEqual(found('Plan PA fax: 1-866-555-0149. Appeals (payer; 1-800-555-0166).'), []);
    assert.deepEqual(found('SBP 110s-130s. ROM 0-0-140. Out 1250cc. BRCA2 6174delT. Stent ref 7010B.\nCK   410   232-1245   2157-6\n'), []);
  });

  it('leaves eponymous scores, brands, acronyms, states, labels, religions, rooms and allergen components alone', () => {
    assert.deepEqual(found("Apfel score 2. Westley score 3. Barrett's esophagus. Huber needle. Palmer's point. EpiPen given. Plan DAIR. GINA step 2. KRAS neg. LISA given. NA meetings."), []);
    assert.deepEqual(found("Insurance: Florida Blue. Maine license. Virginia driver's license. Visited South Africa. Religion: Baptist. To Resus 2. Ana o 3 neg. Epworth 12. ATTN: New Referrals."), []);
    // A state's name is still a given name after a relation, and a person after a title keeps an eponym's name.
    assert.deepEqual(texts('Daughter Virginia called. Dr. Palmer to see.'), ['Virginia', 'Palmer']);
  });
});
