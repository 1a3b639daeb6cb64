// The default key provider: KEK versions in a JSON key file beside (but backed up apart from) the
// database. The file is mode 0600 and, when a passphrase is given, sealed: each KEK version is
// AES-256-GCM encrypted under a key derived from the passphrase with scrypt.
import { randomBytes, scrypt as scryptCb, type ScryptOptions } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/errors';
import { aesGcmOpen, aesGcmSeal } from './aes-gcm';
import type { KeyProvider } from './crypto.types';

const FORMAT = 'custos-local-kek';
const WRAP_FORMAT = 1;
/** scrypt N = 2^17, r = 8, p = 1: 128 MiB and roughly half a second, paid once per start. */
export const DEFAULT_SCRYPT = { N: 2 ** 17, r: 8, p: 1 } as const;

interface KdfParams {
  name: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
}

interface KeyFileVersion {
  version: number;
  createdAt: string;
  /** base64 KEK (unsealed files). */
  key?: string;
  /** base64 nonce || ciphertext || tag (sealed files). */
  sealedKey?: string;
}

interface KeyFile {
  format: typeof FORMAT;
  formatVersion: 1;
  sealed: boolean;
  kdf?: KdfParams;
  versions: KeyFileVersion[];
}

export interface LocalKeyProviderOptions {
  keyFile: string;
  /** Seals a new file, and is required to open a sealed one. */
  passphrase?: string;
  /** scrypt cost for a file created now (stored in the file); defaults to DEFAULT_SCRYPT. */
  scryptCost?: { N: number; r: number; p: number };
  now?: () => Date;
}

/**
 * Opens the key file, creating it (mode 0600, with KEK version 1) if it does not exist. Refuses a
 * file that group or others may read, a sealed file without the right passphrase, and an unsealed
 * file when a passphrase is set (seal it with sealLocalKeyFile / `custos keys seal`).
 *
 * @example
 *   const provider = await createLocalKeyProvider({ keyFile: './data/custos-kek.json', passphrase: process.env.CUSTOS_MASTER_PASSPHRASE });
 */
export async function createLocalKeyProvider(o: LocalKeyProviderOptions): Promise<KeyProvider> {
  const now = o.now ?? (() => new Date());
  const keyFile = path.resolve(o.keyFile);
  // Keep the sealing key from creation: scrypt is deliberately slow.
  let sealingKey = fs.existsSync(keyFile) ? undefined : await createKeyFile(keyFile, o.passphrase, o.scryptCost ?? DEFAULT_SCRYPT, now());
  let keks = new Map<number, Buffer>();

  const load = async (): Promise<void> => {
    const file = readKeyFile(keyFile);
    if (file.sealed) {
      if (!o.passphrase) {
        throw new AppError('key_unavailable', `The key file ${keyFile} is sealed: set CUSTOS_MASTER_PASSPHRASE to open it`);
      }
      sealingKey ??= await deriveSealingKey(o.passphrase, file.kdf!);
    } else if (o.passphrase) {
      throw new AppError(
        'key_unavailable',
        `The key file ${keyFile} is not sealed, but a passphrase is set: seal it first with \`custos keys seal\`, or unset CUSTOS_MASTER_PASSPHRASE`,
      );
    }
    const next = new Map<number, Buffer>();
    for (const v of file.versions) next.set(v.version, openVersion(keyFile, v, sealingKey));
    keks = next;
  };
  await load();

  /** Another process (`custos keys rotate`) may have added a version since we loaded the file. */
  let closed = false;
  const live = (): void => {
    if (closed) throw new AppError('key_unavailable', 'The local key provider is closed');
  };
  const kekFor = async (version: number): Promise<Buffer> => {
    live();
    if (!keks.has(version)) await load();
    const kek = keks.get(version);
    if (!kek) throw new AppError('key_unavailable', `KEK version ${version} is not in the key file ${keyFile} (restored an older key file?)`);
    return kek;
  };

  return {
    kind: 'local',
    async listKekVersions() {
      live();
      await load();
      return [...keks.keys()].sort((a, b) => a - b);
    },
    async currentKekVersion() {
      live();
      await load();
      return Math.max(...keks.keys());
    },
    async createKekVersion() {
      live();
      return withFileLock(keyFile, async () => {
        const file = readKeyFile(keyFile);
        const version = Math.max(0, ...file.versions.map((v) => v.version)) + 1;
        const kek = randomBytes(32);
        file.versions.push(sealVersion(version, kek, file.sealed ? sealingKey : undefined, now()));
        writeKeyFileAtomically(keyFile, file);
        keks.set(version, kek);
        return version;
      });
    },
    async wrapKey(kekVersion, key) {
      return aesGcmSeal(await kekFor(kekVersion), key, wrapAad(kekVersion), WRAP_FORMAT);
    },
    async unwrapKey(kekVersion, wrapped) {
      const kek = await kekFor(kekVersion);
      const key = aesGcmOpen(kek, wrapped, wrapAad(kekVersion), WRAP_FORMAT);
      if (!key) throw new AppError('key_unavailable', `Cannot unwrap a key under KEK version ${kekVersion}: the wrapped key is damaged or belongs to another key file`);
      return key;
    },
    async close() {
      closed = true;
      keks = new Map();
      sealingKey = undefined;
    },
  };
}

/**
 * Seals an unsealed key file with a passphrase, in place (atomic rename). The KEKs do not change,
 * so nothing in the database needs rewrapping.
 *
 * @example
 *   await sealLocalKeyFile({ keyFile: './data/custos-kek.json', passphrase });
 */
export async function sealLocalKeyFile(o: { keyFile: string; passphrase: string; scryptCost?: { N: number; r: number; p: number } }): Promise<void> {
  const keyFile = path.resolve(o.keyFile);
  await withFileLock(keyFile, async () => {
    const file = readKeyFile(keyFile);
    if (file.sealed) throw new AppError('conflict', `The key file ${keyFile} is sealed already`);
    const kdf = newKdf(o.scryptCost ?? DEFAULT_SCRYPT);
    const sealingKey = await deriveSealingKey(o.passphrase, kdf);
    const versions = file.versions.map((v) => sealVersion(v.version, openVersion(keyFile, v, undefined), sealingKey, new Date(v.createdAt)));
    writeKeyFileAtomically(keyFile, { ...file, sealed: true, kdf, versions });
  });
}

/** Returns the sealing key if this process created a sealed file. */
async function createKeyFile(keyFile: string, passphrase: string | undefined, cost: { N: number; r: number; p: number }, at: Date): Promise<Buffer | undefined> {
  fs.mkdirSync(path.dirname(keyFile), { recursive: true, mode: 0o700 });
  const kdf = passphrase ? newKdf(cost) : undefined;
  const sealingKey = passphrase && kdf ? await deriveSealingKey(passphrase, kdf) : undefined;
  const file: KeyFile = { format: FORMAT, formatVersion: 1, sealed: Boolean(sealingKey), ...(kdf ? { kdf } : {}), versions: [sealVersion(1, randomBytes(32), sealingKey, at)] };
  const tmp = `${keyFile}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(file, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
  try {
    // link() fails if the file exists: when two processes start at once, the first complete file wins.
    fs.linkSync(tmp, keyFile);
    return sealingKey;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return undefined;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

function readKeyFile(keyFile: string): KeyFile {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(keyFile);
  } catch {
    throw new AppError('key_unavailable', `The key file ${keyFile} is missing; restore it from its backup`);
  }
  if ((stat.mode & 0o077) !== 0) {
    const mode = (stat.mode & 0o777).toString(8).padStart(3, '0');
    throw new AppError('key_unavailable', `The key file ${keyFile} may be read by group or others (mode ${mode}); run \`chmod 600 ${keyFile}\` and check who read it`);
  }
  let file: KeyFile;
  try {
    file = JSON.parse(fs.readFileSync(keyFile, 'utf8')) as KeyFile;
  } catch {
    throw new AppError('key_unavailable', `The key file ${keyFile} is not valid JSON`);
  }
  if (file.format !== FORMAT || file.formatVersion !== 1 || !Array.isArray(file.versions) || file.versions.length === 0 || (file.sealed && !file.kdf)) {
    throw new AppError('key_unavailable', `The key file ${keyFile} is not a Custos key file (format ${FORMAT} v1)`);
  }
  return file;
}

function writeKeyFileAtomically(keyFile: string, file: KeyFile): void {
  const tmp = `${keyFile}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const fd = fs.openSync(tmp, 'wx', 0o600);
  try {
    fs.writeSync(fd, JSON.stringify(file, null, 2) + '\n');
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, keyFile);
}

/** Two rotations at once would each write "version n+1" and one KEK would be lost: serialize them. */
async function withFileLock<T>(keyFile: string, fn: () => Promise<T>): Promise<T> {
  const lock = `${keyFile}.lock`;
  try {
    fs.writeFileSync(lock, String(process.pid), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    throw new AppError('conflict', `The key file is being changed by another process (lock ${lock}); if none is running, remove the lock file and retry`);
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}

function newKdf(cost: { N: number; r: number; p: number }): KdfParams {
  return { name: 'scrypt', N: cost.N, r: cost.r, p: cost.p, salt: randomBytes(16).toString('base64') };
}

function deriveSealingKey(passphrase: string, kdf: KdfParams): Promise<Buffer> {
  const options: ScryptOptions = { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 256 * kdf.N * kdf.r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scryptCb(passphrase.normalize('NFC'), Buffer.from(kdf.salt, 'base64'), 32, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

function sealVersion(version: number, kek: Buffer, sealingKey: Buffer | undefined, at: Date): KeyFileVersion {
  const createdAt = at.toISOString();
  if (!sealingKey) return { version, createdAt, key: kek.toString('base64') };
  return { version, createdAt, sealedKey: aesGcmSeal(sealingKey, kek, sealAad(version), undefined).toString('base64') };
}

function openVersion(keyFile: string, v: KeyFileVersion, sealingKey: Buffer | undefined): Buffer {
  let kek: Buffer | undefined;
  if (sealingKey) {
    kek = v.sealedKey ? aesGcmOpen(sealingKey, Buffer.from(v.sealedKey, 'base64'), sealAad(v.version), undefined) : undefined;
    if (!kek) throw new AppError('key_unavailable', `Cannot unseal the key file ${keyFile}: wrong passphrase (CUSTOS_MASTER_PASSPHRASE), or the file was altered`);
  } else {
    kek = v.key ? Buffer.from(v.key, 'base64') : undefined;
  }
  if (!kek || kek.length !== 32) throw new AppError('key_unavailable', `The key file ${keyFile} holds a damaged KEK version ${v.version}`);
  return kek;
}

// The AAD names the version, so entries cannot be swapped inside the file or wrapped keys between versions.
const sealAad = (version: number): Buffer => Buffer.from(`custos/kek-seal/v${version}`);
const wrapAad = (version: number): Buffer => Buffer.from(`custos/kek-wrap/v${version}`);
