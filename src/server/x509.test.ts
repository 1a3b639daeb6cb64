import assert from 'node:assert/strict';
import { test } from 'node:test';
import { X509Certificate, createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { createCertificate, createSelfSignedCertificate } from './x509';

const NOW = new Date('2031-03-04T05:06:07Z');

test('a self-signed server certificate parses, covers its names, and verifies under its own key', () => {
  const { certPem, keyPem } = createSelfSignedCertificate({ commonName: 'localhost', dnsNames: ['localhost'], ipAddresses: ['127.0.0.1', '::1'], now: NOW, days: 397 });
  const cert = new X509Certificate(certPem);
  assert.equal(cert.subject, 'O=Custos\nCN=localhost');
  assert.equal(cert.issuer, cert.subject);
  assert.equal(cert.subjectAltName, 'DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1');
  assert.equal(cert.checkHost('localhost'), 'localhost');
  assert.equal(cert.checkHost('example.com'), undefined);
  assert.equal(cert.checkIP('127.0.0.1'), '127.0.0.1');
  assert.equal(cert.checkIP('::1'), '::1');
  assert.equal(cert.checkIP('10.0.0.1'), undefined);
  assert.equal(cert.ca, false);
  assert.deepEqual(cert.keyUsage, ['1.3.6.1.5.5.7.3.1']); // extended key usage: serverAuth
  assert.equal(cert.publicKey.asymmetricKeyDetails?.namedCurve, 'prime256v1');
  assert.equal(new Date(cert.validFrom).getTime(), NOW.getTime() - 5 * 60_000);
  assert.equal(new Date(cert.validTo).getTime(), NOW.getTime() + 397 * 86_400_000);
  assert.ok(cert.verify(cert.publicKey));
  assert.ok(cert.checkPrivateKey(createPrivateKey(keyPem)));
  assert.match(cert.serialNumber, /^[0-9A-F]{32}$/);
});

test('two certificates get different keys and serial numbers', () => {
  const options = { commonName: 'localhost', dnsNames: ['localhost'], ipAddresses: [], now: NOW, days: 1 };
  const a = new X509Certificate(createSelfSignedCertificate(options).certPem);
  const b = new X509Certificate(createSelfSignedCertificate(options).certPem);
  assert.notEqual(a.serialNumber, b.serialNumber);
  assert.notEqual(a.fingerprint256, b.fingerprint256);
});

test('a CA-issued certificate verifies under the CA key only and names the CA as issuer', () => {
  const ca = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const other = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const leaf = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const caCert = new X509Certificate(
    createCertificate({ commonName: 'Test Root', publicKey: ca.publicKey, signingKey: ca.privateKey, isCa: true, notBefore: NOW, notAfter: new Date(NOW.getTime() + 864e5) }),
  );
  assert.equal(caCert.ca, true);
  const leafCert = new X509Certificate(
    createCertificate({
      commonName: 'custos.example.test',
      dnsNames: ['custos.example.test'],
      publicKey: leaf.publicKey,
      issuer: { commonName: 'Test Root', publicKey: ca.publicKey },
      signingKey: ca.privateKey,
      notBefore: NOW,
      notAfter: new Date('2051-01-01T00:00:00Z'), // after 2049: GeneralizedTime
    }),
  );
  assert.equal(leafCert.issuer, 'O=Custos\nCN=Test Root');
  assert.ok(leafCert.verify(ca.publicKey));
  assert.ok(!leafCert.verify(leaf.publicKey));
  assert.ok(!leafCert.verify(other.publicKey));
  assert.ok(leafCert.checkIssued(caCert));
  assert.equal(new Date(leafCert.validTo).toISOString(), '2051-01-01T00:00:00.000Z');
});
