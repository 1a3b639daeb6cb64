import { X509Certificate, createPrivateKey } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { SecureContextOptions, TlsOptions } from 'node:tls';
import type { TConfig } from '../config';
import { AppError } from '../core/errors';
import { createSelfSignedCertificate } from './x509';

/** Key and certificate chain (PEM) the HTTPS server presents. */
export interface TlsMaterial {
  key: string;
  cert: string;
  /** 'configured': CUSTOS_TLS_CERT/KEY; 'self-signed': generated (or reused) in <dataDir>/tls. */
  source: 'configured' | 'self-signed';
  /** True when this start wrote a new self-signed certificate. */
  generated: boolean;
  validTo: Date;
}

export type TlsConfig = Pick<TConfig, 'env' | 'dataDir' | 'tlsCertFile' | 'tlsKeyFile'>;

/** The names a development certificate is valid for: what a person types on this machine. */
export const SELF_SIGNED_HOSTS = { dnsNames: ['localhost'], ipAddresses: ['127.0.0.1', '::1'] } as const;
const SELF_SIGNED_DAYS = 397; // the longest validity browsers accept for a leaf certificate
const RENEW_BEFORE_MS = 7 * 86_400_000; // renew a week early so a running week never crosses expiry

/**
 * Server TLS settings: TLS 1.2 is the floor (DESIGN invariant 8); Node's default cipher list is
 * already forward-secret AEAD-first at that floor.
 *
 * @example
 *   https.createServer(httpsOptions(await loadTlsMaterial(config)), handler);
 */
export function httpsOptions(material: Pick<TlsMaterial, 'key' | 'cert'>): TlsOptions & SecureContextOptions {
  return { key: material.key, cert: material.cert, minVersion: 'TLSv1.2', honorCipherOrder: true };
}

/**
 * The certificate and key to serve. With CUSTOS_TLS_CERT/KEY set, reads and checks them (key
 * matches, not expired, and in production not self-signed); otherwise a self-signed certificate
 * for localhost in <dataDir>/tls, created on the first start and reused until it nears expiry.
 *
 * @example
 *   const tls = loadTlsMaterial(loadConfig());
 */
export function loadTlsMaterial(config: TlsConfig, now: Date = new Date()): TlsMaterial {
  if (!config.tlsCertFile || !config.tlsKeyFile) {
    // config.ts refuses this already; checked again because a production server must never fall
    // back to a certificate nobody can verify.
    if (config.env === 'production') {
      throw new AppError('config_invalid', 'production mode needs a CA-issued certificate: set CUSTOS_TLS_CERT and CUSTOS_TLS_KEY');
    }
    return ensureSelfSignedCertificate(path.join(config.dataDir, 'tls'), now);
  }
  const cert = readPem(config.tlsCertFile, 'CUSTOS_TLS_CERT');
  const key = readPem(config.tlsKeyFile, 'CUSTOS_TLS_KEY');
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(cert);
  } catch {
    throw new AppError('config_invalid', `CUSTOS_TLS_CERT (${config.tlsCertFile}) is not a PEM certificate`);
  }
  if (!keyMatches(x509, key)) {
    throw new AppError('config_invalid', 'CUSTOS_TLS_KEY does not hold the private key of the certificate in CUSTOS_TLS_CERT (or is not a PEM private key)');
  }
  const validTo = new Date(x509.validTo);
  if (validTo.getTime() <= now.getTime()) {
    throw new AppError('config_invalid', `The certificate in CUSTOS_TLS_CERT expired on ${validTo.toISOString()}: install a renewed one`);
  }
  if (config.env === 'production' && isSelfSigned(x509)) {
    throw new AppError(
      'config_invalid',
      'production mode refuses a self-signed certificate (CUSTOS_TLS_CERT): browsers and API clients cannot verify it, ' +
        'so they cannot tell this server from an impostor. Use a certificate issued by a public or organizational CA.',
    );
  }
  return { key, cert, source: 'configured', generated: false, validTo };
}

/**
 * A certificate is self-signed when it names itself as issuer and its own key verifies its
 * signature (a CA root is too, which is equally wrong as a server certificate).
 *
 * @example
 *   isSelfSigned(new X509Certificate(fs.readFileSync('cert.pem')));
 */
export function isSelfSigned(cert: X509Certificate): boolean {
  return cert.issuer === cert.subject && cert.verify(cert.publicKey);
}

/**
 * Returns the development certificate in `dir`, creating it (key file mode 0600) when missing,
 * unreadable, not matching its key, not covering localhost, or within a week of expiry.
 *
 * @example
 *   const { cert, key, generated } = ensureSelfSignedCertificate('./data/tls');
 */
export function ensureSelfSignedCertificate(dir: string, now: Date = new Date()): TlsMaterial {
  const certFile = path.join(dir, 'localhost.crt');
  const keyFile = path.join(dir, 'localhost.key');
  const existing = readReusable(certFile, keyFile, now);
  if (existing) return existing;

  const { certPem, keyPem } = createSelfSignedCertificate({ commonName: 'localhost', ...copyHosts(), now, days: SELF_SIGNED_DAYS });
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeAtomically(keyFile, keyPem, 0o600);
  writeAtomically(certFile, certPem, 0o644);
  return { key: keyPem, cert: certPem, source: 'self-signed', generated: true, validTo: new Date(new X509Certificate(certPem).validTo) };
}

function readReusable(certFile: string, keyFile: string, now: Date): TlsMaterial | undefined {
  let cert: string;
  let key: string;
  try {
    cert = fs.readFileSync(certFile, 'utf8');
    key = fs.readFileSync(keyFile, 'utf8');
  } catch {
    return undefined;
  }
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(cert);
  } catch {
    return undefined;
  }
  const validTo = new Date(x509.validTo);
  const usable =
    keyMatches(x509, key) &&
    new Date(x509.validFrom).getTime() <= now.getTime() &&
    validTo.getTime() - RENEW_BEFORE_MS > now.getTime() &&
    SELF_SIGNED_HOSTS.dnsNames.every((name) => x509.checkHost(name) !== undefined) &&
    SELF_SIGNED_HOSTS.ipAddresses.every((ip) => x509.checkIP(ip) !== undefined);
  if (!usable) return undefined;
  // Someone may have copied the folder with a lax umask; the key must stay private.
  if ((fs.statSync(keyFile).mode & 0o077) !== 0) fs.chmodSync(keyFile, 0o600);
  return { key, cert, source: 'self-signed', generated: false, validTo };
}

function keyMatches(cert: X509Certificate, keyPem: string): boolean {
  try {
    return cert.checkPrivateKey(createPrivateKey(keyPem));
  } catch {
    return false;
  }
}

function readPem(file: string, variable: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new AppError('config_invalid', `Cannot read ${variable} (${file}): ${reason}`);
  }
}

function writeAtomically(file: string, content: string, mode: number): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, content, { mode });
  fs.chmodSync(tmp, mode); // writeFileSync's mode is filtered by the umask
  fs.renameSync(tmp, file);
}

function copyHosts(): { dnsNames: string[]; ipAddresses: string[] } {
  return { dnsNames: [...SELF_SIGNED_HOSTS.dnsNames], ipAddresses: [...SELF_SIGNED_HOSTS.ipAddresses] };
}
