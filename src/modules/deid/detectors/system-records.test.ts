// Pass 12: names and hospitals in HL7 segments, and user names in audit lines.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDeidEngine } from '../deid-engine';

// The rules alone: the token model on top of them has its own tests (token-model.test.ts).
const engine = createDeidEngine({ tokenModel: null });
const found = (text: string) => engine.detectWithText(text).map((s) => `${s.type}:${s.text}`);

describe('system records', () => {
  it('takes every name component of person fields in HL7 segments, and the assigning authority', () => {
    const spans = found('PID|1||5520178^^^KRMC^MR||OYELARAN^FOLASADE^T||19610203|F\nNK1|1|OYELARAN^BAYO|SPO\nPV1|1|I|4W^412^B||||2210448390^HALLORAN^BRIGID^^^DR');
    for (const s of ['FACILITY:KRMC', 'NAME:OYELARAN', 'NAME:FOLASADE', 'NAME:T', 'NAME:BAYO', 'NAME:HALLORAN', 'NAME:BRIGID']) assert.ok(spans.includes(s), `${s} in ${spans.join('|')}`);
  });
  it('takes the sending and receiving facilities of the message header, not the systems', () => {
    const spans = found('MSH|^~\\&|SUNQUEST|OAKMERE REGIONAL LAB|EPIC|ORMC|202405140618||ORU^R01|X1|P|2.3');
    assert.ok(spans.includes('FACILITY:OAKMERE REGIONAL LAB') && spans.includes('FACILITY:ORMC'), spans.join('|'));
    assert.ok(!spans.includes('FACILITY:SUNQUEST') && !spans.includes('FACILITY:EPIC'), spans.join('|'));
    assert.ok(!found('AIP|1||1598832240^SALAZAR^CORINNE^^^MD|MOHS').includes('FACILITY:MD'));
  });
  it('takes the street, town and ZIP of an address field, not the state', () => {
    const spans = found('PID|1||5520178^^^KRMC^MR||OYELARAN^FOLASADE||19610203|F|||22 BIRCH HOLLOW DR^^GREENVILLE^SC^29607||(864)555-0139');
    for (const s of ['ADDRESS:22 BIRCH HOLLOW DR', 'LOCATION:GREENVILLE', 'ZIP:29607']) assert.ok(spans.includes(s), `${s} in ${spans.join('|')}`);
    assert.ok(!spans.some((s) => s.endsWith(':SC')), spans.join('|'));
  });
  it('leaves coded fields, phones and result segments alone', () => {
    const spans = found('NK1|1||MTH^Mother^HL70063\nPID|1||||||||||||252-555-0106^PRN^PH\nOBX|1|NM|WBC^WHITE CELLS^LN||12.4');
    assert.ok(!spans.some((s) => s.startsWith('NAME:')), spans.join('|'));
  });
  it('takes a login made of initials and a surname after "by" or alone in brackets, and not a word', () => {
    assert.ok(found('exported 03/22/2024 by jmorrison for QA').includes('NAME:jmorrison'));
    assert.ok(found('note from analyst (tkowalski): resent').includes('NAME:tkowalski'));
    for (const text of ['reviewed by staff (pending) by phone', 'blessing by kahu Daniel', 'hx (ivdu, etoh) noted']) assert.ok(!found(text).some((s) => s.startsWith('NAME:') && /^[a-z]+$/.test(s.slice(5))), `${text} -> ${found(text).join('|')}`);
  });
});
