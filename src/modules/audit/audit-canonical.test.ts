import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { canonicalDigest, canonicalEntryBytes, ENTRY_TEXT_COLUMNS, type CanonicalEntry } from './audit-canonical';

const entry = (overrides: Partial<CanonicalEntry> = {}): CanonicalEntry => ({
  seq: 7,
  id: '0b0f3c1e-5d6a-4b8e-9c2d-1f2e3d4c5b6a',
  organization_id: '1c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  atMicros: 1_740_819_600_123_000n,
  actor_id: 'u1',
  actor_role: 'clinician',
  action: 'record.read',
  resource_type: 'Observation',
  resource_id: 'r1',
  subject_id: 's1',
  purpose: 'treatment',
  outcome: 'allow',
  reason: 'care team member',
  request_id: 'q1',
  client_ip: '10.0.0.1',
  details: Buffer.from([1, 2, 3]),
  ...overrides,
});

describe('canonical audit entry bytes', () => {
  it('lays out tag, seq, ids, time, length-prefixed fields and details', () => {
    const bytes = canonicalEntryBytes(entry());
    assert.equal(bytes.subarray(0, 4).toString('ascii'), 'CAE1');
    assert.equal(bytes.readBigInt64BE(4), 7n);
    assert.equal(bytes.subarray(12, 28).toString('hex'), '0b0f3c1e5d6a4b8e9c2d1f2e3d4c5b6a');
    // timestamptz_send: microseconds since 2000-01-01T00:00:00Z.
    assert.equal(bytes.readBigInt64BE(44), 1_740_819_600_123_000n - 946_684_800_000_000n);
    assert.equal(bytes.readInt32BE(52), 2);
    assert.equal(bytes.subarray(56, 58).toString('utf8'), 'u1');
    assert.deepEqual(bytes.subarray(-7), Buffer.from([0, 0, 0, 3, 1, 2, 3]));
  });

  it('commits to every field, including seq and the difference between null and empty', () => {
    const base = canonicalDigest(entry());
    assert.notDeepEqual(canonicalDigest(entry({ seq: 8 })), base);
    assert.notDeepEqual(canonicalDigest(entry({ id: randomUUID() })), base);
    assert.notDeepEqual(canonicalDigest(entry({ atMicros: 1_740_819_600_123_001n })), base);
    assert.notDeepEqual(canonicalDigest(entry({ details: null })), base);
    assert.notDeepEqual(canonicalDigest(entry({ details: Buffer.alloc(0) })), canonicalDigest(entry({ details: null })));
    for (const column of ENTRY_TEXT_COLUMNS) {
      assert.notDeepEqual(canonicalDigest(entry({ [column]: 'x' })), base, column);
      assert.notDeepEqual(canonicalDigest(entry({ [column]: '' })), canonicalDigest(entry({ [column]: null })), column);
    }
  });

  it('cannot be kept by moving characters from one field into its neighbour', () => {
    assert.notDeepEqual(canonicalDigest(entry({ actor_role: 'clinicianrecord', action: '.read' })), canonicalDigest(entry()));
    assert.notDeepEqual(canonicalDigest(entry({ purpose: 'treatmentallow', outcome: '' })), canonicalDigest(entry()));
  });

  it('counts UTF-8 bytes, not characters', () => {
    const bytes = canonicalEntryBytes(entry({ actor_id: 'é🙂' }));
    assert.equal(bytes.readInt32BE(52), 6);
  });
});
