import assert from 'node:assert/strict';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { keyIdOf, signCheckpoint, type SignedCheckpoint } from './audit-hash';
import { appendCheckpoints, ensurePublicKeyInFile, lastCheckpointInFile, parseCheckpointLine, readCheckpointFile, readPublicKeys, serializeCheckpoint } from './checkpoint-file';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'custos-cpfile-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));
const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const checkpoint = (from: number, to: number): SignedCheckpoint =>
  signCheckpoint(privateKey, { from, to, merkleRoot: randomBytes(32), headHash: randomBytes(32), sealedAt: new Date(), keyId: keyIdOf(publicKey) });

async function readAll(file: string) {
  const items = [];
  for await (const item of readCheckpointFile(file)) items.push(item);
  return items;
}

describe('checkpoint file', () => {
  it('round-trips a checkpoint through one JSON line', () => {
    const cp = checkpoint(0, 10);
    const line = serializeCheckpoint(cp);
    assert.ok(!line.includes('\n'));
    assert.deepEqual(parseCheckpointLine(line), cp);
    assert.throws(() => parseCheckpointLine(line.replace('"v":1', '"v":2')));
    assert.throws(() => parseCheckpointLine(line.replace('}', ',"extra":1}')));
    assert.throws(() => parseCheckpointLine(serializeCheckpoint({ ...cp, from: 10 })));
  });

  it('appends, finds the last seq, and reads back in order', async () => {
    const file = path.join(dir, 'a', 'checkpoints.jsonl');
    assert.equal(await lastCheckpointInFile(file), 0);
    const cps = [checkpoint(0, 10), checkpoint(10, 20), checkpoint(20, 25)];
    await appendCheckpoints(file, cps.slice(0, 2));
    await appendCheckpoints(file, cps.slice(2));
    assert.equal(await lastCheckpointInFile(file), 25);
    assert.deepEqual(
      (await readAll(file)).map((i) => ('checkpoint' in i ? i.checkpoint : i)),
      cps,
    );
  });

  it('skips exact repeats from racing writers but reports a conflicting or discontinuous line', async () => {
    const [a, b, c] = [checkpoint(0, 10), checkpoint(10, 20), checkpoint(20, 30)];
    const file = path.join(dir, 'race.jsonl');
    fs.writeFileSync(file, [a, b, a, b, c].map((cp) => serializeCheckpoint(cp!) + '\n').join(''));
    assert.deepEqual((await readAll(file)).map((i) => ('checkpoint' in i ? i.checkpoint.to : i.error)), [10, 20, 30]);
    assert.equal(await lastCheckpointInFile(file), 30);

    fs.writeFileSync(file, [a, b, checkpoint(10, 20)].map((cp) => serializeCheckpoint(cp!) + '\n').join(''));
    assert.match(JSON.stringify((await readAll(file)).at(-1)), /different checkpoint/);
    fs.writeFileSync(file, [a, c].map((cp) => serializeCheckpoint(cp!) + '\n').join(''));
    assert.match(JSON.stringify((await readAll(file)).at(-1)), /previous checkpoint ended at 10/);
  });

  it('cuts off a torn last line before appending', async () => {
    const file = path.join(dir, 'torn.jsonl');
    const [a, b] = [checkpoint(0, 10), checkpoint(10, 20)];
    fs.writeFileSync(file, serializeCheckpoint(a!) + '\n' + serializeCheckpoint(b!).slice(0, 40));
    assert.equal(await lastCheckpointInFile(file), 10);
    await appendCheckpoints(file, [b!]);
    assert.deepEqual(
      (await readAll(file)).map((i) => ('checkpoint' in i ? i.checkpoint.to : i.error)),
      [10, 20],
    );
  });

  it('writes each public key once and reads all of them back', async () => {
    const file = path.join(dir, 'keys', 'audit-signing-key.pub');
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const other = generateKeyPairSync('ed25519').publicKey;
    await ensurePublicKeyInFile(file, pem);
    await ensurePublicKeyInFile(file, pem);
    await ensurePublicKeyInFile(file, other.export({ type: 'spki', format: 'pem' }).toString());
    const keys = await readPublicKeys(file);
    assert.deepEqual(keys.map(keyIdOf), [keyIdOf(publicKey), keyIdOf(other)]);
  });
});
