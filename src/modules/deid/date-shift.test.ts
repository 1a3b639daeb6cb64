import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { dateShiftDays, shiftDateText } from './date-shift';

const DAY = 86_400_000;
const dayOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY;

describe('dateShiftDays', () => {
  it('is stable for a key and patient, never zero, within a year, and differs between patients', () => {
    const key = randomBytes(32);
    const offsets = Array.from({ length: 200 }, (_, i) => dateShiftDays({ key, patientId: `p-${i}` }));
    assert.equal(dateShiftDays({ key, patientId: 'p-7' }), offsets[7]);
    for (const o of offsets) assert.ok(o !== 0 && Math.abs(o) <= 364, String(o));
    assert.ok(new Set(offsets).size > 100, 'offsets should spread');
    assert.notEqual(dateShiftDays({ key: randomBytes(32), patientId: 'p-7' }), offsets[7]! === 1 ? 2 : NaN);
  });
});

describe('shiftDateText', () => {
  it('keeps the written format', () => {
    assert.equal(shiftDateText('03/04/2021', 10), '03/14/2021');
    assert.equal(shiftDateText('3/4/21', 10), '3/14/21');
    assert.equal(shiftDateText('2021-03-04', -4), '2021-02-28');
    assert.equal(shiftDateText('04-Mar-2021', 30), '03-Apr-2021');
    assert.equal(shiftDateText('MARCH 4TH', 1), 'MARCH 5TH');
    assert.equal(shiftDateText('the 4th of March', 28), 'the 1st of April');
    assert.equal(shiftDateText('03/04/2021 14:30', 1), '03/05/2021 14:30');
    assert.equal(shiftDateText('2021-09-17T14:05:00Z', 1), '2021-09-18T14:05:00Z');
  });
  it('keeps the interval between any two full dates, across formats, leap days and years', () => {
    const pairs: [string, number][] = [['02/27/2020', dayOf(2020, 2, 27)], ['2020-03-01', dayOf(2020, 3, 1)], ['31-Dec-2019', dayOf(2019, 12, 31)], ['January 15, 2021', dayOf(2021, 1, 15)]];
    const parse = (s: string) => {
      const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
      if (iso) return dayOf(+iso[1]!, +iso[2]!, +iso[3]!);
      const us = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s);
      if (us) return dayOf(+us[3]!, +us[1]!, +us[2]!);
      return Date.parse(`${s} UTC`) / DAY;
    };
    for (const days of [-365, -59, -1, 1, 17, 300]) {
      const shifted = pairs.map(([s]) => parse(shiftDateText(s, days)!));
      for (let i = 0; i < pairs.length; i++) {
        for (let j = 0; j < pairs.length; j++) assert.equal(shifted[i]! - shifted[j]!, pairs[i]![1] - pairs[j]![1], `${pairs[i]![0]} vs ${pairs[j]![0]} by ${days}`);
      }
    }
  });
  it('always changes a date known only to the month', () => {
    for (const days of [-365, -400, -15, 1, 14, 200, 365]) {
      for (const s of ['March 2021', '03/2021', 'August']) assert.notEqual(shiftDateText(s, days), s, `${s} by ${days}`);
    }
  });
  it('returns undefined for what it cannot read, so callers redact it', () => {
    assert.equal(shiftDateText('sometime last spring', 5), undefined);
    assert.equal(shiftDateText('02/30/2021', 5), undefined);
  });
});
