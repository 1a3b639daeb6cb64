import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { before, describe, it } from 'node:test';
import { createDeidEngine, type DeidEngine } from './deid-engine';
import { createReplacer } from './deid-transform';
import { deidentifyFhirResource, type FhirDeidOptions } from './fhir-deid';

const key = createHash('sha256').update('fhir-test').digest();
const NOW = new Date('2025-06-01T00:00:00Z');
let engine: DeidEngine;
before(() => {
  engine = createDeidEngine();
});

const patient = (birthDate: string) => ({
  resourceType: 'Patient',
  id: 'pat-123',
  identifier: [{ system: 'urn:oid:1.2.3', type: { coding: [{ code: 'MR' }] }, value: '00482913' }, { system: 'http://hl7.org/fhir/sid/us-ssn', type: { coding: [{ code: 'SS' }] }, value: '123-45-6789' }],
  name: [{ use: 'official', family: 'Quarterman', given: ['Zebulon', 'A'], prefix: ['Mr.'] }],
  telecom: [{ system: 'phone', value: '617-555-0142' }, { system: 'email', value: 'zq@example.org' }],
  gender: 'male',
  birthDate,
  address: [{ line: ['12 Elm St', 'Apt 4'], city: 'Boston', state: 'MA', postalCode: '03601', country: 'US' }],
  photo: [{ contentType: 'image/jpeg', data: 'AAAA' }],
  contact: [{ relationship: [{ text: 'daughter' }], name: { family: 'Quarterman', given: ['Mary'] }, telecom: [{ system: 'phone', value: '617-555-0199' }] }],
  text: { status: 'generated', div: '<div xmlns="http://www.w3.org/1999/xhtml">Zebulon Quarterman, seen 03/04/2021 by Dr. Oyelaran</div>' },
});

function options(mode: FhirDeidOptions['mode'], days = -40): FhirDeidOptions {
  const replace = mode === 'surrogate' ? createReplacer({ mode, key, patientId: 'pat-123', dictionaries: engine.dictionaries }) : createReplacer({ mode: mode as 'redact' });
  return { engine, mode, replace, dateShiftDays: days, key, now: NOW };
}

describe('deidentifyFhirResource', () => {
  it('removes or transforms every identifying field of a Patient and keeps what is allowed', () => {
    const input = patient('1960-05-17');
    const out = deidentifyFhirResource(input, options('surrogate')) as ReturnType<typeof patient>;
    const json = JSON.stringify(out);
    for (const phi of ['pat-123', '00482913', '123-45-6789', 'Quarterman', 'Zebulon', '617-555-0142', 'zq@example.org', '12 Elm St', 'Boston', '03601', 'Oyelaran', '03/04/2021', 'Mary', '1960-05-17']) assert.ok(!json.includes(phi), phi);
    assert.equal(out.address[0]!.postalCode, '000', 'restricted ZIP3');
    assert.equal(out.address[0]!.state, 'MA');
    assert.equal(out.gender, 'male');
    assert.equal('photo' in out, false);
    assert.equal(out.birthDate, '1960-04-07', 'shifted by -40 days');
    assert.equal(out.identifier[0]!.system, 'urn:oid:1.2.3');
    assert.equal(JSON.stringify(input), JSON.stringify(patient('1960-05-17')), 'input untouched');
  });
  it('cuts dates to the year in redact mode and drops the birth date of patients over 89', () => {
    const young = deidentifyFhirResource(patient('1960-05-17'), options('redact')) as Record<string, unknown>;
    assert.equal(young.birthDate, '1960');
    const old = deidentifyFhirResource(patient('1931-02-02'), options('redact')) as Record<string, unknown>;
    assert.equal('birthDate' in old, false);
  });
  it('shifts every date of a resource by the same offset, keeps references linked, scrubs notes and text attachments', () => {
    const obs = {
      resourceType: 'Bundle',
      entry: [
        { resource: { resourceType: 'Observation', id: 'o1', subject: { reference: 'Patient/pat-123', display: 'Zebulon Quarterman' }, effectiveDateTime: '2021-03-04T10:00:00Z', issued: '2021-03-05T08:00:00Z', valueQuantity: { value: 7.2, unit: '%' }, code: { coding: [{ system: 'http://loinc.org', code: '4548-4' }] }, note: [{ text: 'Called daughter Mary at 617-555-0199' }] } },
        { resource: { resourceType: 'DocumentReference', id: 'd1', subject: { reference: 'Patient/pat-123' }, content: [{ attachment: { contentType: 'text/plain', data: Buffer.from('Pt Zebulon Quarterman seen 3/4/2021 at 12 Elm St').toString('base64'), url: 'https://ehr.example.org/doc/1' } }, { attachment: { contentType: 'application/pdf', data: 'JVBERi0=' } }] } },
      ],
    };
    const out = deidentifyFhirResource(obs, options('surrogate', 10));
    const [o, d] = out.entry.map((e) => e.resource) as [typeof obs.entry[0]['resource'], typeof obs.entry[1]['resource']];
    assert.equal(o.effectiveDateTime, '2021-03-14T10:00:00Z');
    assert.equal(o.issued, '2021-03-15T08:00:00Z');
    assert.equal(o.code.coding[0]!.code, '4548-4');
    assert.equal(o.subject.reference, d.subject.reference, 'references to one patient stay equal');
    assert.notEqual(o.subject.reference, 'Patient/pat-123');
    assert.ok(!o.note[0]!.text.includes('Mary') && !o.note[0]!.text.includes('617-555-0199'));
    assert.ok(!o.subject.display.includes('Quarterman'));
    const text = Buffer.from(d.content![0]!.attachment.data!, 'base64').toString('utf8');
    assert.ok(text.startsWith('Pt ') && !text.includes('Quarterman') && !text.includes('3/4/2021') && !text.includes('12 Elm St'), text);
    assert.equal('url' in d.content![0]!.attachment, false);
    assert.equal('data' in d.content![1]!.attachment, false, 'binary attachments are dropped');
  });

  it('replaces device serials, lot numbers and UDIs, and imaging study UIDs, in every mode', () => {
    const device = {
      resourceType: 'Device', id: 'dev1', patient: { reference: 'Patient/pat-123' }, status: 'active',
      udiCarrier: [{ deviceIdentifier: '00844588003288', carrierHRF: '(01)00844588003288(17)141120(10)7654321D(21)10987654d321' }],
      distinctIdentifier: '77451203', serialNumber: 'PXQ-5520981', lotNumber: 'LT-88213',
      type: { coding: [{ system: 'http://snomed.info/sct', code: '14106009', display: 'Cardiac pacemaker' }] },
    };
    const study = {
      resourceType: 'ImagingStudy', id: 's1', subject: { reference: 'Patient/pat-123' }, status: 'available',
      identifier: [{ system: 'urn:dicom:uid', value: 'urn:oid:1.2.840.99999999.4417302' }],
      series: [{ uid: '1.2.840.99999999.1.5518342.1', number: 1, modality: { code: 'DX' }, instance: [{ uid: '1.2.840.99999999.1.1.7821', number: 1 }] }],
    };
    const secrets = ['00844588003288', '7654321D', '77451203', 'PXQ-5520981', 'LT-88213', '4417302', '5518342', '7821'];
    for (const mode of ['redact', 'surrogate'] as const) {
      const text = JSON.stringify([deidentifyFhirResource(device, options(mode)), deidentifyFhirResource(study, options(mode))]);
      for (const secret of secrets) assert.ok(!text.includes(secret), `${mode}: ${secret} left in ${text}`);
      assert.ok(text.includes('Cardiac pacemaker') && text.includes('"modality":{"code":"DX"}'), 'codes stay');
    }
  });
});
