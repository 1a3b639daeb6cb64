import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PROMPT_INJECTION_REPLY } from '../../../test/fixtures/recording-provider';
import { createDeidEngine } from '../deid/deid-engine';
import { createStreamScanner, IDENTIFIER_WITHHELD, IMAGE_REMOVED, LINK_REMOVED, neutralizeLinks, scanModelOutput, withholdForeignIdentifiers } from './output-scan';

const engine = createDeidEngine();

describe('neutralizeLinks', () => {
  it('turns markdown links into their words and images into a marker', () => {
    assert.equal(neutralizeLinks('See [your results](https://x.test/r?mrn=1) now'), 'See your results now');
    assert.equal(neutralizeLinks('![chart](https://x.test/p.png?d=1)'), IMAGE_REMOVED);
    assert.equal(neutralizeLinks('![a][ref]\n[ref]: https://x.test/p.png'), `${IMAGE_REMOVED}\n${LINK_REMOVED}`);
  });

  it('removes HTML images and anchors, bare URLs and dangerous schemes', () => {
    assert.equal(neutralizeLinks('<img src="https://x.test/p.png">'), IMAGE_REMOVED);
    assert.equal(neutralizeLinks('<a href="https://x.test">click</a>'), 'click');
    assert.equal(neutralizeLinks('go to https://x.test/a?b=c or www.x.test/z'), `go to ${LINK_REMOVED} or ${LINK_REMOVED}`);
    assert.equal(neutralizeLinks('<https://x.test/a>'), LINK_REMOVED);
    assert.ok(!neutralizeLinks('javascript:alert(1)').includes('javascript:'));
    assert.equal(neutralizeLinks('data:text/html;base64,PHNjcmlwdD4='), LINK_REMOVED);
  });

  it('leaves ordinary text and lab values alone', () => {
    const text = 'HbA1c 8.2 % (H): above the 5.7 % target [see note 2].';
    assert.equal(neutralizeLinks(text), text);
  });
});

describe('withholdForeignIdentifiers', () => {
  it('keeps identifiers that were in what was sent and withholds the others', () => {
    const sent = 'Patient [NAME-ABCDEFGH] seen 2025-07-23 for potassium 5.9 mmol/L';
    const out = withholdForeignIdentifiers(engine, 'Seen 2025-07-23. Call Mary Oyelaran at 617-555-0134 (MRN 44556677).', sent);
    assert.ok(out.includes('2025-07-23'));
    for (const foreign of ['Oyelaran', '617-555-0134', '44556677']) assert.ok(!out.includes(foreign), foreign);
    assert.ok(out.includes(IDENTIFIER_WITHHELD));
  });

  it('neutralizes the prompt-injection reply: no link, image, other patient or their MRN and birth date', () => {
    const out = scanModelOutput(engine, PROMPT_INJECTION_REPLY, 'Record 1 (Observation)\n  Potassium: 5.9 mmol/L (High)');
    for (const leaked of ['exfil.example.test', 'https://', '![', '](', 'Exampleperson', '99887766', '1970-01-01']) assert.ok(!out.includes(leaked), leaked);
  });
});

describe('createStreamScanner', () => {
  it('holds text until its line is complete, so a link split across chunks is scanned whole', () => {
    const scanner = createStreamScanner(neutralizeLinks);
    const out = ['See [res', 'ults](https://exf', 'il.test/x) ok\nnext ![i](ht', 'tps://x.test/p.png)', ' end'].map((d) => scanner.push(d));
    assert.deepEqual(out, ['', '', 'See results ok\n', '', '']);
    assert.equal(scanner.flush(), `next ${IMAGE_REMOVED} end`);
    assert.equal(scanner.flush(), '');
  });
});
