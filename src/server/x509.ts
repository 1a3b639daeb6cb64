import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import net from 'node:net';

// node:crypto can parse and verify X.509 certificates but cannot create them, and shelling out
// to `openssl` would make a first start depend on a binary that a fresh machine may lack. A
// certificate is a small DER structure, so we encode the few shapes we need here.

/** Options of one certificate; dates and serial are injectable so tests control time. */
export interface CertificateOptions {
  /** Common name of the subject, e.g. 'localhost'. */
  commonName: string;
  /** Subject alternative names; TLS clients match the host against these, not the common name. */
  dnsNames?: string[];
  ipAddresses?: string[];
  notBefore: Date;
  notAfter: Date;
  /** The subject's public key (ECDSA P-256 or Ed25519 are what we use). */
  publicKey: KeyObject;
  /** Who signs: omit for a self-signed certificate (then signingKey is the subject's private key). */
  issuer?: { commonName: string; publicKey: KeyObject };
  /** Private key of the issuer (or of the subject when self-signed); must be ECDSA P-256. */
  signingKey: KeyObject;
  /** A certificate authority may sign others; a server certificate may not. */
  isCa?: boolean;
  serial?: Buffer;
}

const OID = {
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  organizationName: '2.5.4.10',
  commonName: '2.5.4.3',
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  subjectAltName: '2.5.29.17',
  basicConstraints: '2.5.29.19',
  authorityKeyIdentifier: '2.5.29.35',
  extKeyUsage: '2.5.29.37',
  serverAuth: '1.3.6.1.5.5.7.3.1',
} as const;

const ORGANIZATION = 'Custos';

/**
 * Encodes and signs an X.509 v3 certificate (ECDSA with SHA-256) and returns it as PEM.
 *
 * @example
 *   const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
 *   const pem = createCertificate({ commonName: 'localhost', dnsNames: ['localhost'], publicKey,
 *     signingKey: privateKey, notBefore: new Date(), notAfter: new Date(Date.now() + 864e5) });
 */
export function createCertificate(options: CertificateOptions): string {
  const subject = encodeName(options.commonName);
  const issuerName = options.issuer ? encodeName(options.issuer.commonName) : subject;
  const issuerKey = options.issuer?.publicKey ?? options.publicKey;
  const spki = options.publicKey.export({ type: 'spki', format: 'der' });
  const algorithm = seq(oid(OID.ecdsaWithSha256));

  const extensions: Buffer[] = [
    extension(OID.basicConstraints, true, options.isCa ? seq(bool(true)) : seq()),
    // digitalSignature for the TLS handshake (ECDHE-ECDSA); keyCertSign + cRLSign for a CA.
    extension(OID.keyUsage, true, options.isCa ? bitString(Buffer.from([0x06]), 1) : bitString(Buffer.from([0x80]), 7)),
    extension(OID.subjectKeyIdentifier, false, octetString(keyIdentifier(options.publicKey))),
    extension(OID.authorityKeyIdentifier, false, seq(tlv(0x80, keyIdentifier(issuerKey)))),
  ];
  if (!options.isCa) extensions.push(extension(OID.extKeyUsage, false, seq(oid(OID.serverAuth))));
  const altNames = [
    ...(options.dnsNames ?? []).map((name) => tlv(0x82, Buffer.from(name, 'ascii'))),
    ...(options.ipAddresses ?? []).map((ip) => tlv(0x87, ipBytes(ip))),
  ];
  if (altNames.length > 0) extensions.push(extension(OID.subjectAltName, false, seq(...altNames)));

  const tbs = seq(
    tlv(0xa0, integer(Buffer.from([2]))), // version v3
    integer(options.serial ?? randomSerial()),
    algorithm,
    issuerName,
    seq(time(options.notBefore), time(options.notAfter)),
    subject,
    spki,
    tlv(0xa3, seq(...extensions)),
  );
  const signature = sign('sha256', tbs, { key: options.signingKey, dsaEncoding: 'der' });
  const der = seq(tbs, algorithm, bitString(signature, 0));
  return toPem(der, 'CERTIFICATE');
}

/**
 * A fresh ECDSA P-256 key and a self-signed server certificate for it.
 *
 * @example
 *   const { certPem, keyPem } = createSelfSignedCertificate({ commonName: 'localhost',
 *     dnsNames: ['localhost'], ipAddresses: ['127.0.0.1', '::1'], now: new Date(), days: 397 });
 */
export function createSelfSignedCertificate(options: {
  commonName: string;
  dnsNames: string[];
  ipAddresses: string[];
  now: Date;
  days: number;
}): { certPem: string; keyPem: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const certPem = createCertificate({
    commonName: options.commonName,
    dnsNames: options.dnsNames,
    ipAddresses: options.ipAddresses,
    // A few minutes back so a client whose clock runs slightly behind still accepts it.
    notBefore: new Date(options.now.getTime() - 5 * 60_000),
    notAfter: new Date(options.now.getTime() + options.days * 86_400_000),
    publicKey,
    signingKey: privateKey,
  });
  return { certPem, keyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
}

function encodeName(commonName: string): Buffer {
  return seq(
    set(seq(oid(OID.organizationName), utf8(ORGANIZATION))),
    set(seq(oid(OID.commonName), utf8(commonName))),
  );
}

function extension(id: string, critical: boolean, value: Buffer): Buffer {
  return critical ? seq(oid(id), bool(true), octetString(value)) : seq(oid(id), octetString(value));
}

/** RFC 5280 method 1: SHA-1 of the subjectPublicKey bits (an identifier, not a security use). */
function keyIdentifier(publicKey: KeyObject): Buffer {
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  // The SPKI ends with the BIT STRING of the key; its content follows the algorithm sequence.
  const algorithmEnd = readTlvEnd(spki, readHeaderLength(spki, 0));
  const keyBitsStart = algorithmEnd + readHeaderLength(spki, algorithmEnd) + 1; // skip "unused bits"
  return createHash('sha1').update(spki.subarray(keyBitsStart)).digest();
}

function readHeaderLength(der: Buffer, offset: number): number {
  const first = der[offset + 1]!;
  return first < 0x80 ? 2 : 2 + (first & 0x7f);
}

function readTlvEnd(der: Buffer, offset: number): number {
  const first = der[offset + 1]!;
  if (first < 0x80) return offset + 2 + first;
  const count = first & 0x7f;
  return offset + 2 + count + der.readUIntBE(offset + 2, count);
}

function randomSerial(): Buffer {
  const serial = randomBytes(16);
  serial[0] = (serial[0]! & 0x7f) | 0x01; // positive and without a leading zero byte
  return serial;
}

function ipBytes(ip: string): Buffer {
  if (net.isIPv4(ip)) return Buffer.from(ip.split('.').map(Number));
  if (!net.isIPv6(ip)) throw new Error(`not an IP address: ${ip}`);
  const [head = '', tail] = ip.split('::');
  const groups = (part: string): string[] => (part ? part.split(':') : []);
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const all = [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  const out = Buffer.alloc(16);
  all.forEach((group, i) => out.writeUInt16BE(parseInt(group, 16), i * 2));
  return out;
}

function time(date: Date): Buffer {
  const iso = date.toISOString().replace(/[-:T]/g, '').slice(0, 14) + 'Z'; // YYYYMMDDHHMMSSZ
  const year = date.getUTCFullYear();
  // RFC 5280: UTCTime through 2049, GeneralizedTime from 2050.
  return year < 2050 ? tlv(0x17, Buffer.from(iso.slice(2), 'ascii')) : tlv(0x18, Buffer.from(iso, 'ascii'));
}

function toPem(der: Buffer, label: string): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

// --- DER primitives ---

function tlv(tag: number, content: Buffer): Buffer {
  const n = content.length;
  let header: Buffer;
  if (n < 0x80) header = Buffer.from([tag, n]);
  else {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(n);
    const bytes = len.subarray(len.findIndex((b) => b !== 0));
    header = Buffer.from([tag, 0x80 | bytes.length, ...bytes]);
  }
  return Buffer.concat([header, content]);
}

const seq = (...parts: Buffer[]): Buffer => tlv(0x30, Buffer.concat(parts));
const set = (...parts: Buffer[]): Buffer => tlv(0x31, Buffer.concat(parts));
const bool = (value: boolean): Buffer => tlv(0x01, Buffer.from([value ? 0xff : 0x00]));
const utf8 = (value: string): Buffer => tlv(0x0c, Buffer.from(value, 'utf8'));
const octetString = (value: Buffer): Buffer => tlv(0x04, value);
const bitString = (value: Buffer, unusedBits: number): Buffer => tlv(0x03, Buffer.concat([Buffer.from([unusedBits]), value]));

function integer(value: Buffer): Buffer {
  let start = 0;
  while (start < value.length - 1 && value[start] === 0) start++;
  const trimmed = value.subarray(start);
  return tlv(0x02, trimmed[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed);
}

function oid(dotted: string): Buffer {
  const [a = 0, b = 0, ...rest] = dotted.split('.').map(Number);
  const bytes = [40 * a + b];
  for (const arc of rest) {
    const chunk = [arc & 0x7f];
    for (let v = Math.floor(arc / 128); v > 0; v = Math.floor(v / 128)) chunk.unshift((v & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return tlv(0x06, Buffer.from(bytes));
}
