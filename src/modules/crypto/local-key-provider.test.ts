// What only the local key file provider does: file mode, sealing with a passphrase, sharing the file
// between processes. The behaviour common to all providers is in key-providers.test.ts.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { isAppError } from '../../core/errors';
import { createLocalKeyProvider, DEFAULT_SCRYPT, sealLocalKeyFile } from './local-key-provider';

const FAST = { N: 2 ** 14, r: 8, p: 1 };
let dir: string;
let keyFile: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'custos-kek-'));
  keyFile = path.join(dir, 'keys', 'custos-kek.json');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const refused = (pattern: RegExp, secret?: string) => (error: unknown) => {
  assert.ok(isAppError(error), String(error));
  assert.equal(error.code, 'key_unavailable');
  assert.match(error.message, pattern);
  if (secret) assert.equal(error.message.includes(secret), false, 'the message must not echo the secret');
  return true;
};

test('creates the key file with mode 0600 in a 0700 folder', async () => {
  const provider = await createLocalKeyProvider({ keyFile });
  await provider.close();
  assert.equal(fs.statSync(keyFile).mode & 0o777, 0o600);
  assert.equal(fs.statSync(path.dirname(keyFile)).mode & 0o777, 0o700);
});

test('refuses a key file that group or others may read, naming the fix', async () => {
  await (await createLocalKeyProvider({ keyFile })).close();
  for (const mode of [0o640, 0o604, 0o644]) {
    fs.chmodSync(keyFile, mode);
    await assert.rejects(createLocalKeyProvider({ keyFile }), refused(/group or others .*chmod 600/));
  }
  fs.chmodSync(keyFile, 0o600);
  await (await createLocalKeyProvider({ keyFile })).close();
});

test('refuses a missing, malformed or foreign key file instead of creating keys silently over it', async () => {
  fs.mkdirSync(path.dirname(keyFile), { recursive: true });
  fs.writeFileSync(keyFile, '{not json', { mode: 0o600 });
  await assert.rejects(createLocalKeyProvider({ keyFile }), refused(/not valid JSON/));
  fs.writeFileSync(keyFile, JSON.stringify({ some: 'thing' }), { mode: 0o600 });
  await assert.rejects(createLocalKeyProvider({ keyFile }), refused(/not a Custos key file/));
});

test('a sealed file holds no KEK in clear and opens only with the right passphrase', async () => {
  const passphrase = `pass-${randomBytes(8).toString('hex')}`;
  const provider = await createLocalKeyProvider({ keyFile, passphrase, scryptCost: FAST });
  const key = randomBytes(32);
  const wrapped = await provider.wrapKey(1, key);
  await provider.createKekVersion();
  await provider.close();

  const file = JSON.parse(fs.readFileSync(keyFile, 'utf8'));
  assert.equal(file.sealed, true);
  assert.equal(file.kdf.name, 'scrypt');
  assert.equal(file.kdf.N, FAST.N);
  assert.equal(file.versions.length, 2);
  for (const v of file.versions) {
    assert.equal(v.key, undefined);
    assert.equal(typeof v.sealedKey, 'string');
  }

  const reopened = await createLocalKeyProvider({ keyFile, passphrase });
  assert.deepEqual(await reopened.unwrapKey(1, wrapped), key);
  await reopened.close();
  const wrong = `wrong-${randomBytes(8).toString('hex')}`;
  await assert.rejects(createLocalKeyProvider({ keyFile, passphrase: wrong }), refused(/wrong passphrase/, wrong));
  await assert.rejects(createLocalKeyProvider({ keyFile }), refused(/sealed: set CUSTOS_MASTER_PASSPHRASE/));
});

test('the default scrypt cost is stored in the file and is at least 2^17', async () => {
  assert.ok(DEFAULT_SCRYPT.N >= 2 ** 17);
  const provider = await createLocalKeyProvider({ keyFile, passphrase: 'correct horse battery staple' });
  await provider.close();
  assert.equal(JSON.parse(fs.readFileSync(keyFile, 'utf8')).kdf.N, DEFAULT_SCRYPT.N);
});

test('sealed KEK versions cannot be swapped inside the file', async () => {
  const passphrase = 'correct horse battery staple';
  const provider = await createLocalKeyProvider({ keyFile, passphrase, scryptCost: FAST });
  await provider.createKekVersion();
  await provider.close();
  const file = JSON.parse(fs.readFileSync(keyFile, 'utf8'));
  [file.versions[0].sealedKey, file.versions[1].sealedKey] = [file.versions[1].sealedKey, file.versions[0].sealedKey];
  fs.writeFileSync(keyFile, JSON.stringify(file), { mode: 0o600 });
  await assert.rejects(createLocalKeyProvider({ keyFile, passphrase }), refused(/or the file was altered/));
});

test('an unsealed file with a passphrase set is refused until sealed; sealing keeps every KEK', async () => {
  const plain = await createLocalKeyProvider({ keyFile });
  await plain.createKekVersion();
  const key = randomBytes(32);
  const w1 = await plain.wrapKey(1, key);
  const w2 = await plain.wrapKey(2, key);
  await plain.close();
  const passphrase = 'correct horse battery staple';
  await assert.rejects(createLocalKeyProvider({ keyFile, passphrase }), refused(/not sealed.*custos keys seal/));

  await sealLocalKeyFile({ keyFile, passphrase, scryptCost: FAST });
  assert.equal(fs.statSync(keyFile).mode & 0o777, 0o600);
  assert.equal(JSON.parse(fs.readFileSync(keyFile, 'utf8')).sealed, true);
  const sealed = await createLocalKeyProvider({ keyFile, passphrase });
  assert.deepEqual(await sealed.listKekVersions(), [1, 2]);
  assert.deepEqual(await sealed.unwrapKey(1, w1), key);
  assert.deepEqual(await sealed.unwrapKey(2, w2), key);
  await sealed.close();
  await assert.rejects(sealLocalKeyFile({ keyFile, passphrase }), (e: unknown) => isAppError(e) && e.code === 'conflict');
});

test('a version added by another process is picked up without a restart', async () => {
  const server = await createLocalKeyProvider({ keyFile });
  const cli = await createLocalKeyProvider({ keyFile });
  const v2 = await cli.createKekVersion();
  const key = randomBytes(32);
  const wrapped = await cli.wrapKey(v2, key);
  assert.deepEqual(await server.unwrapKey(v2, wrapped), key);
  assert.equal(await server.currentKekVersion(), 2);
  await server.close();
  await cli.close();
});

test('a rotation while another process holds the key-file lock is refused, and changes nothing', async () => {
  const provider = await createLocalKeyProvider({ keyFile });
  const before = fs.readFileSync(keyFile, 'utf8');
  fs.writeFileSync(`${keyFile}.lock`, '12345', { mode: 0o600 });
  await assert.rejects(provider.createKekVersion(), (e: unknown) => isAppError(e) && e.code === 'conflict' && /remove the lock file/.test(e.message));
  assert.equal(fs.readFileSync(keyFile, 'utf8'), before);
  fs.rmSync(`${keyFile}.lock`);
  assert.equal(await provider.createKekVersion(), 2);
  assert.equal(fs.existsSync(`${keyFile}.lock`), false, 'the lock is released');
  await provider.close();
});
