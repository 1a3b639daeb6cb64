import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addYears, deletionBlock } from './retention';
import { toExportBundle } from './export-bundle';

describe('deletionBlock', () => {
  const now = new Date('2030-06-01T00:00:00Z');
  const last = new Date('2025-01-10T08:00:00Z');

  it('a legal hold blocks with no date, whatever the retention', () => {
    const block = deletionBlock({ now, retentionYears: 0, activeHolds: 1, lastRecordUpdate: undefined });
    assert.equal(block?.kind, 'legal_hold');
    assert.equal(block?.earliestAt, null);
    assert.match(block!.explanation, /when the hold is lifted/);
  });

  it('retention blocks until N years after the last update, and says the date', () => {
    const block = deletionBlock({ now, retentionYears: 7, activeHolds: 0, lastRecordUpdate: last });
    assert.equal(block?.kind, 'retention');
    assert.equal(block?.earliestAt?.toISOString(), '2032-01-10T08:00:00.000Z');
    assert.match(block!.explanation, /7 years/);
    assert.match(block!.explanation, /2032-01-10/);
  });

  it('nothing blocks when retention is 0, has passed, or there are no records', () => {
    assert.equal(deletionBlock({ now, retentionYears: 0, activeHolds: 0, lastRecordUpdate: last }), null);
    assert.equal(deletionBlock({ now, retentionYears: 5, activeHolds: 0, lastRecordUpdate: last }), null);
    assert.equal(deletionBlock({ now, retentionYears: 7, activeHolds: 0, lastRecordUpdate: undefined }), null);
    assert.equal(deletionBlock({ now: new Date('2032-01-10T08:00:00Z'), retentionYears: 7, activeHolds: 0, lastRecordUpdate: last }), null, 'the earliest date itself is allowed');
  });

  it('adds calendar years in UTC (29 February rolls to 1 March)', () => {
    assert.equal(addYears(new Date('2024-02-29T12:00:00Z'), 1).toISOString(), '2025-03-01T12:00:00.000Z');
  });
});

describe('toExportBundle', () => {
  it('is a collection with the Patient first and urn:uuid fullUrls', () => {
    const meta = { versionId: '1', lastUpdated: '2026-01-01T00:00:00Z' };
    const b = toExportBundle(
      [
        { resourceType: 'Observation', id: 'b', meta },
        { resourceType: 'Patient', id: 'p', meta },
        { resourceType: 'Condition', id: 'a', meta },
      ],
      new Date('2026-02-01T00:00:00Z'),
    );
    assert.equal(b.type, 'collection');
    assert.equal(b.total, 3);
    assert.deepEqual(b.entry.map((e) => [e.fullUrl, e.resource.resourceType]), [['urn:uuid:p', 'Patient'], ['urn:uuid:a', 'Condition'], ['urn:uuid:b', 'Observation']]);
  });
});
