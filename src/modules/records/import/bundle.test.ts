// Pure parts of import: bundle checks (paths, never values), the plan (every entry once, patients
// first, skip reasons), reference rewriting, canonical JSON, and file sniffing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAppError } from '../../../core/errors';
import { generateHospitalBundle, generatePatientBundle } from '../../../../test/fixtures/synthea/generate';
import { canonicalJson, catalogueEntries, containCatalogueEntries, jsonPath, parseImportBundle, planBundle, rewriteReferences, stripServerFields } from './bundle';
import { sniffUploadType } from './sniff';

describe('parseImportBundle', () => {
  it('names the file and JSON path, never the value', () => {
    const secret = 'Quillonzia Vandermarkova';
    for (const [value, path] of [
      [{ resourceType: 'Bundle', type: 'transaction', entry: [{}, { resource: { resourceType: secret } }] }, 'entry[1].resource.resourceType'],
      [{ resourceType: 'Patient', name: secret }, 'resourceType'],
      [{ resourceType: 'Bundle', type: 'document' }, 'type'],
      [[secret], '$'],
    ] as const) {
      assert.throws(() => parseImportBundle(value, 'p.json'), (e: unknown) => isAppError(e) && e.code === 'validation_failed' && e.message.startsWith('p.json: ') && e.message.includes(` at ${path}:`) && !e.message.includes(secret));
    }
    assert.equal(jsonPath(['entry', 3, 'resource']), 'entry[3].resource');
  });
});

describe('planBundle', () => {
  it('accounts for every entry once, patients first, with reasons for what it skips', () => {
    const bundle = generatePatientBundle({ seed: 5, encounters: 2 });
    // Move the Patient to the end: references point forward and must still resolve.
    bundle.entry.push(bundle.entry.shift()!);
    bundle.entry.push({ resource: { resourceType: 'Observation', id: 'orphan', status: 'final', code: { text: 'x' } } });
    bundle.entry.push({ resource: { resourceType: 'Observation', id: 'stranger', status: 'final', code: { text: 'x' }, subject: { reference: 'urn:uuid:00000000-0000-4000-8000-000000000000' } } });
    bundle.entry.push({ resource: { resourceType: 'Condition', id: 'ext', subject: { reference: 'Patient/abc' } } });
    bundle.entry.push({ request: { method: 'DELETE', url: 'Observation/1' } });
    bundle.entry.push({ resource: { resourceType: 'Observation', status: 'final' } });
    bundle.entry.push(structuredClone(bundle.entry[0]!));
    const plans = planBundle(parseImportBundle(bundle, 't'));
    assert.equal(plans.length, bundle.entry.length);
    assert.deepEqual(new Set(plans.map((p) => p.index)).size, bundle.entry.length);
    assert.equal(plans[0]!.kind === 'resource' && plans[0]!.resourceType, 'Patient');
    const reasonOf = (i: number) => plans.find((p) => p.index === i)!;
    const n = bundle.entry.length;
    assert.equal((reasonOf(n - 6) as { reason?: string }).reason, 'no_patient');
    assert.equal((reasonOf(n - 5) as { reason?: string }).reason, 'patient_not_found');
    assert.deepEqual((reasonOf(n - 4) as { patient?: unknown }).patient, { kind: 'external', originalId: 'abc' });
    assert.equal((reasonOf(n - 3) as { reason?: string }).reason, 'no_resource');
    assert.equal((reasonOf(n - 2) as { reason?: string }).reason, 'no_id');
    assert.equal((reasonOf(n - 1) as { reason?: string }).reason, 'duplicate_entry');
    const skipped = plans.filter((p) => p.kind === 'skip' && p.reason === 'unsupported_type').map((p) => p.resourceType);
    assert.deepEqual([...new Set(skipped)].sort(), ['Provenance']);
    assert.ok(plans.some((p) => p.kind === 'skip' && p.resourceType === 'Medication' && p.reason === 'contained_in_records'));
    const linked = plans.filter((p) => p.kind === 'resource' && p.resourceType === 'Observation' && p.patient?.kind === 'entry');
    assert.equal(linked.length, 6);
    assert.ok(planBundle(parseImportBundle(generateHospitalBundle(5), 'h')).every((p) => p.kind === 'skip' && p.reason === 'unsupported_type'));
  });
});

describe('helpers', () => {
  it('rewrites only known references and strips server fields', () => {
    const map = new Map([['urn:uuid:a', 'Patient/1']]);
    assert.deepEqual(rewriteReferences({ subject: { reference: 'urn:uuid:a' }, list: [{ reference: 'Practitioner?identifier=x' }], reference: 'urn:uuid:a' }, map), {
      subject: { reference: 'Patient/1' },
      list: [{ reference: 'Practitioner?identifier=x' }],
      reference: 'Patient/1',
    });
    assert.deepEqual(stripServerFields({ resourceType: 'Observation', id: 'x', meta: { versionId: '3', lastUpdated: 'y', profile: ['p'] } }), { resourceType: 'Observation', meta: { profile: ['p'] } });
    assert.equal(canonicalJson({ b: 1, a: [{ d: 2, c: null }] }), canonicalJson({ a: [{ c: null, d: 2 }], b: 1 }));
    assert.notEqual(canonicalJson({ a: 1 }), canonicalJson({ a: '1' }));
  });

  it('copies the Medication an order points at into the order, once per resource, and leaves other references alone', () => {
    const bundle = parseImportBundle(generatePatientBundle({ seed: 8, encounters: 1 }), 't');
    const catalogue = catalogueEntries(bundle);
    const order = bundle.entry.map((e) => e.resource as Record<string, unknown>).find((r) => r.resourceType === 'MedicationRequest' && r.medicationReference)!;
    const medicationUrl = (order.medicationReference as { reference: string }).reference;
    assert.ok(catalogue.has(medicationUrl));
    const twice = { ...order, contained: [{ resourceType: 'Medication', id: 'medication-1' }], basedOn: [{ reference: medicationUrl }] };
    const out = containCatalogueEntries(twice, catalogue) as { contained: Array<{ id: string; code?: { text?: string } }>; medicationReference: { reference: string }; basedOn: Array<{ reference: string }>; subject: { reference: string } };
    assert.equal(out.contained.length, 2, 'one copy for two references, beside the contained resource already there');
    assert.equal(out.contained[1]!.id, 'medication-2', 'a local id not already taken');
    assert.equal(out.medicationReference.reference, '#medication-2');
    assert.equal(out.basedOn[0]!.reference, '#medication-2');
    assert.match(out.contained[1]!.code!.text ?? JSON.stringify(out.contained[1]), /cefazolin/);
    assert.equal(out.subject.reference, (order.subject as { reference: string }).reference, 'other references unchanged');
    assert.deepEqual(containCatalogueEntries(order, catalogue), containCatalogueEntries(order, catalogue), 'deterministic');
    assert.equal(containCatalogueEntries({ resourceType: 'Observation' }, catalogue).contained, undefined);
  });

  it('sniffs PDF, PNG, JPEG and plain text; refuses markup, binaries and empty files', () => {
    assert.equal(sniffUploadType(Buffer.from('%PDF-1.4 x')), 'application/pdf');
    assert.equal(sniffUploadType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])), 'image/png');
    assert.equal(sniffUploadType(Buffer.from([0xff, 0xd8, 0xff, 0xe0])), 'image/jpeg');
    assert.equal(sniffUploadType(Buffer.from('Glucose 92 mg/dL\r\n\tok\n')), 'text/plain');
    for (const bad of [Buffer.from('<html></html>'), Buffer.from('  <svg/>'), Buffer.from('<?xml version="1.0"?>'), Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('a\u0000b'), Buffer.from([0xc3, 0x28]), Buffer.alloc(0)]) {
      assert.equal(sniffUploadType(bad), undefined, bad.toString('hex'));
    }
  });
});
