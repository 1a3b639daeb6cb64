import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { X509Certificate, createPrivateKey, generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config';
import { ensureSelfSignedCertificate, isSelfSigned, loadTlsMaterial } from './tls';
import { createCertificate, createSelfSignedCertificate } from './x509';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'custos-tls-test-'));
after(() => fs.rmSync(root, { recursive: true, force: true }));
const freshDir = (): string => fs.mkdtempSync(path.join(root, 'd-'));
const DAY = 86_400_000;

test('the first start writes a self-signed certificate for localhost with a private key file (0600)', () => {
  const dataDir = freshDir();
  const material = loadTlsMaterial(loadConfig({ CUSTOS_DATA_DIR: dataDir }));
  assert.equal(material.source, 'self-signed');
  assert.equal(material.generated, true);
  const keyFile = path.join(dataDir, 'tls', 'localhost.key');
  assert.equal(fs.statSync(keyFile).mode & 0o777, 0o600);
  assert.equal(fs.statSync(path.dirname(keyFile)).mode & 0o077, 0);
  const cert = new X509Certificate(fs.readFileSync(path.join(dataDir, 'tls', 'localhost.crt')));
  assert.ok(isSelfSigned(cert));
  assert.equal(cert.checkHost('localhost'), 'localhost');
  assert.ok(cert.checkPrivateKey(createPrivateKey(fs.readFileSync(keyFile, 'utf8'))));
  assert.deepEqual(fs.readdirSync(path.join(dataDir, 'tls')).sort(), ['localhost.crt', 'localhost.key'], 'no temporary files left');
});

test('the next start reuses the certificate; it is regenerated near expiry, when broken, or when the key does not match', () => {
  const dir = freshDir();
  const t0 = new Date('2030-01-01T00:00:00Z');
  const first = ensureSelfSignedCertificate(dir, t0);
  const again = ensureSelfSignedCertificate(dir, new Date(t0.getTime() + 30 * DAY));
  assert.equal(again.generated, false);
  assert.equal(again.cert, first.cert);
  assert.equal(again.key, first.key);

  const nearExpiry = new Date(first.validTo.getTime() - 2 * DAY);
  const renewed = ensureSelfSignedCertificate(dir, nearExpiry);
  assert.equal(renewed.generated, true);
  assert.notEqual(renewed.cert, first.cert);
  assert.ok(renewed.validTo.getTime() > nearExpiry.getTime() + 300 * DAY);

  const expired = ensureSelfSignedCertificate(dir, new Date(renewed.validTo.getTime() + DAY));
  assert.equal(expired.generated, true);

  fs.writeFileSync(path.join(dir, 'localhost.crt'), 'not a certificate');
  assert.equal(ensureSelfSignedCertificate(dir, t0).generated, true);

  const otherKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' });
  fs.writeFileSync(path.join(dir, 'localhost.key'), otherKey);
  const replaced = ensureSelfSignedCertificate(dir, t0);
  assert.equal(replaced.generated, true);
  assert.ok(new X509Certificate(replaced.cert).checkPrivateKey(createPrivateKey(replaced.key)));
});

test('a reused key file with lax permissions is tightened to 0600', () => {
  const dir = freshDir();
  ensureSelfSignedCertificate(dir);
  fs.chmodSync(path.join(dir, 'localhost.key'), 0o644);
  assert.equal(ensureSelfSignedCertificate(dir).generated, false);
  assert.equal(fs.statSync(path.join(dir, 'localhost.key')).mode & 0o777, 0o600);
});

function writePair(dir: string, certPem: string, keyPem: string): { CUSTOS_TLS_CERT: string; CUSTOS_TLS_KEY: string } {
  fs.writeFileSync(path.join(dir, 'cert.pem'), certPem);
  fs.writeFileSync(path.join(dir, 'key.pem'), keyPem, { mode: 0o600 });
  return { CUSTOS_TLS_CERT: path.join(dir, 'cert.pem'), CUSTOS_TLS_KEY: path.join(dir, 'key.pem') };
}

const production = { CUSTOS_ENV: 'production', CUSTOS_MASTER_PASSPHRASE: 'correct horse battery staple' };

function caIssued(now: Date, days: number): { certPem: string; keyPem: string } {
  const ca = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const leaf = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const certPem = createCertificate({
    commonName: 'custos.example.test',
    dnsNames: ['custos.example.test'],
    publicKey: leaf.publicKey,
    issuer: { commonName: 'Example Test CA', publicKey: ca.publicKey },
    signingKey: ca.privateKey,
    notBefore: new Date(now.getTime() - DAY),
    notAfter: new Date(now.getTime() + days * DAY),
  });
  return { certPem, keyPem: leaf.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
}

test('production mode refuses a self-signed certificate with a message naming the setting', () => {
  const dir = freshDir();
  const { certPem, keyPem } = createSelfSignedCertificate({ commonName: 'custos.example.test', dnsNames: ['custos.example.test'], ipAddresses: [], now: new Date(), days: 90 });
  const files = writePair(dir, certPem, keyPem);
  const config = loadConfig({ ...production, CUSTOS_DATA_DIR: dir, ...files });
  assert.throws(() => loadTlsMaterial(config), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'config_invalid');
    assert.match(error.message, /production mode refuses a self-signed certificate \(CUSTOS_TLS_CERT\)/);
    return true;
  });
  // The same certificate is fine outside production (e.g. a team's own test deployment).
  assert.equal(loadTlsMaterial(loadConfig({ CUSTOS_DATA_DIR: dir, ...files })).source, 'configured');
});

test('production mode accepts a CA-issued certificate whose key matches', () => {
  const dir = freshDir();
  const { certPem, keyPem } = caIssued(new Date(), 90);
  const material = loadTlsMaterial(loadConfig({ ...production, CUSTOS_DATA_DIR: dir, ...writePair(dir, certPem, keyPem) }));
  assert.equal(material.source, 'configured');
  assert.equal(material.cert, certPem);
  assert.ok(!isSelfSigned(new X509Certificate(certPem)));
});

test('a configured certificate is refused when expired, when the key does not match, or when unreadable', () => {
  const dir = freshDir();
  const now = new Date();
  const expired = caIssued(new Date(now.getTime() - 100 * DAY), 10);
  assert.throws(() => loadTlsMaterial(loadConfig({ CUSTOS_DATA_DIR: dir, ...writePair(dir, expired.certPem, expired.keyPem) }), now), /expired/);

  const a = caIssued(now, 90);
  const b = caIssued(now, 90);
  assert.throws(() => loadTlsMaterial(loadConfig({ CUSTOS_DATA_DIR: dir, ...writePair(dir, a.certPem, b.keyPem) })), /CUSTOS_TLS_KEY does not hold the private key/);

  assert.throws(
    () => loadTlsMaterial(loadConfig({ CUSTOS_DATA_DIR: dir, CUSTOS_TLS_CERT: path.join(dir, 'missing.pem'), CUSTOS_TLS_KEY: path.join(dir, 'key.pem') })),
    /Cannot read CUSTOS_TLS_CERT .*ENOENT/,
  );
  const garbage = writePair(dir, 'garbage', a.keyPem);
  assert.throws(() => loadTlsMaterial(loadConfig({ CUSTOS_DATA_DIR: dir, ...garbage })), /is not a PEM certificate/);
});

test('production without a certificate never falls back to a self-signed one', () => {
  const dir = freshDir();
  // config.ts refuses this first; loadTlsMaterial refuses too if handed such a config.
  assert.throws(() => loadConfig({ ...production, CUSTOS_DATA_DIR: dir }), /CA-issued certificate/);
  const config = { ...loadConfig({ CUSTOS_DATA_DIR: dir }), env: 'production' as const };
  assert.throws(() => loadTlsMaterial(config), /production mode needs a CA-issued certificate/);
  assert.equal(fs.existsSync(path.join(dir, 'tls')), false);
});
