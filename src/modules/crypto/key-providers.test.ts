// One suite, run against every key provider: the local key file and a SoftHSM2-backed PKCS#11 token.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { isAppError } from '../../core/errors';
import { createSoftHsmToken, type SoftHsmToken } from '../../../test/helpers/softhsm';
import type { KeyProvider } from './crypto.types';
import { createLocalKeyProvider } from './local-key-provider';
import { createPkcs11KeyProvider } from './pkcs11-key-provider';

interface ProviderFixture {
  /** Opens the provider over the same key store each time (a restart). */
  open(): Promise<KeyProvider>;
  cleanup(): void;
}

const rejectsWith = (code: string, pattern?: RegExp) => (error: unknown) => {
  assert.ok(isAppError(error), `expected an AppError, got ${String(error)}`);
  assert.equal(error.code, code);
  if (pattern) assert.match(error.message, pattern);
  return true;
};

function keyProviderSuite(name: string, makeFixture: () => ProviderFixture): void {
  describe(`key provider: ${name}`, () => {
    let fixture: ProviderFixture;
    let provider: KeyProvider;
    before(async () => {
      fixture = makeFixture();
      provider = await fixture.open();
    });
    after(async () => {
      await provider.close();
      fixture.cleanup();
    });

    test('a new store starts with KEK version 1', async () => {
      assert.deepEqual(await provider.listKekVersions(), [1]);
      assert.equal(await provider.currentKekVersion(), 1);
    });

    test('wrap then unwrap returns the key; wrapping is randomized and hides the key', async () => {
      for (let i = 0; i < 20; i++) {
        const key = randomBytes(32);
        const a = await provider.wrapKey(1, key);
        const b = await provider.wrapKey(1, key);
        assert.notDeepEqual(a, b, 'two wraps of one key must differ (fresh nonce)');
        assert.equal(a.includes(key), false, 'the wrapped form must not contain the key');
        assert.deepEqual(await provider.unwrapKey(1, a), key);
        assert.deepEqual(await provider.unwrapKey(1, b), key);
      }
    });

    test('every altered byte of a wrapped key is refused', async () => {
      const wrapped = await provider.wrapKey(1, randomBytes(32));
      for (let i = 0; i < wrapped.length; i++) {
        const bad = Buffer.from(wrapped);
        bad[i]! ^= 0x01;
        await assert.rejects(provider.unwrapKey(1, bad), rejectsWith('key_unavailable'), `byte ${i}`);
      }
      await assert.rejects(provider.unwrapKey(1, wrapped.subarray(0, wrapped.length - 1)), rejectsWith('key_unavailable'));
      await assert.rejects(provider.unwrapKey(1, Buffer.alloc(0)), rejectsWith('key_unavailable'));
    });

    test('a new KEK version becomes current; old wraps still open, each only under its own version', async () => {
      const key = randomBytes(32);
      const underV1 = await provider.wrapKey(1, key);
      const v2 = await provider.createKekVersion();
      assert.equal(v2, 2);
      assert.equal(await provider.currentKekVersion(), 2);
      assert.deepEqual(await provider.listKekVersions(), [1, 2]);
      const underV2 = await provider.wrapKey(2, key);
      assert.deepEqual(await provider.unwrapKey(1, underV1), key);
      assert.deepEqual(await provider.unwrapKey(2, underV2), key);
      await assert.rejects(provider.unwrapKey(2, underV1), rejectsWith('key_unavailable', /version 2/));
      await assert.rejects(provider.unwrapKey(1, underV2), rejectsWith('key_unavailable', /version 1/));
    });

    test('an unknown KEK version is refused with its number', async () => {
      await assert.rejects(provider.wrapKey(99, randomBytes(32)), rejectsWith('key_unavailable', /version 99/));
      await assert.rejects(provider.unwrapKey(99, await provider.wrapKey(1, randomBytes(32))), rejectsWith('key_unavailable', /version 99/));
    });

    test('KEK versions survive a restart, and keys wrapped before it still unwrap', async () => {
      const key = randomBytes(32);
      const w1 = await provider.wrapKey(1, key);
      const w2 = await provider.wrapKey(2, key);
      await provider.close();
      await assert.rejects(provider.wrapKey(1, key), rejectsWith('key_unavailable', /closed/));
      provider = await fixture.open();
      assert.deepEqual(await provider.listKekVersions(), [1, 2]);
      assert.deepEqual(await provider.unwrapKey(1, w1), key);
      assert.deepEqual(await provider.unwrapKey(2, w2), key);
    });

    test('a wrapped key from another store does not unwrap here', async () => {
      const other = makeFixture();
      // SoftHSM reads its config at initialization: finish with ours before opening the other token.
      await provider.close();
      const foreign = await other.open();
      const wrapped = await foreign.wrapKey(1, randomBytes(32));
      await foreign.close();
      other.cleanup();
      provider = await fixture.open();
      await assert.rejects(provider.unwrapKey(1, wrapped), rejectsWith('key_unavailable'));
    });
  });
}

keyProviderSuite('local', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'custos-kek-'));
  const keyFile = path.join(dir, 'custos-kek.json');
  return {
    open: () => createLocalKeyProvider({ keyFile }),
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
});

keyProviderSuite('pkcs11', () => {
  const token = createSoftHsmToken();
  return {
    open: () => {
      token.activate();
      return createPkcs11KeyProvider(token);
    },
    cleanup: () => token.cleanup(),
  };
});

describe('pkcs11 provider specifics', () => {
  let token: SoftHsmToken;
  before(() => {
    token = createSoftHsmToken();
  });
  after(() => token.cleanup());

  test('a wrong PIN, an unknown token and a missing library are refused clearly, without the PIN', async () => {
    await assert.rejects(createPkcs11KeyProvider({ ...token, pin: 'not-the-pin' }), (e: unknown) => {
      rejectsWith('key_unavailable', /login .* failed/)(e);
      assert.equal((e as Error).message.includes('not-the-pin'), false);
      return true;
    });
    await assert.rejects(createPkcs11KeyProvider({ ...token, tokenLabel: 'no-such-token' }), rejectsWith('key_unavailable', /no-such-token/));
    await assert.rejects(createPkcs11KeyProvider({ ...token, module: '/nonexistent/libpkcs11.so' }), rejectsWith('key_unavailable', /Cannot load/));
  });

  test('KEKs are generated inside the token as sensitive, non-extractable AES keys', async () => {
    const provider = await createPkcs11KeyProvider(token);
    await provider.createKekVersion();
    await provider.close();
    // Read the attributes through a separate raw session.
    const { createRequire } = await import('node:module');
    const pkcs11js = createRequire(import.meta.url)('pkcs11js') as typeof import('pkcs11js');
    const p11 = new pkcs11js.PKCS11();
    p11.load(token.module);
    p11.C_Initialize();
    try {
      const slot = p11.C_GetSlotList(true).find((s) => p11.C_GetTokenInfo(s).label.trim() === token.tokenLabel)!;
      const session = p11.C_OpenSession(slot, pkcs11js.CKF_SERIAL_SESSION);
      p11.C_Login(session, pkcs11js.CKU_USER, token.pin);
      p11.C_FindObjectsInit(session, [{ type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_SECRET_KEY }]);
      const handles = p11.C_FindObjects(session, 100);
      p11.C_FindObjectsFinal(session);
      const labels: string[] = [];
      for (const h of handles) {
        const [label, sensitive, extractable, valueLen] = p11.C_GetAttributeValue(session, h, [
          { type: pkcs11js.CKA_LABEL },
          { type: pkcs11js.CKA_SENSITIVE },
          { type: pkcs11js.CKA_EXTRACTABLE },
          { type: pkcs11js.CKA_VALUE_LEN },
        ]);
        labels.push(String(label!.value));
        assert.deepEqual(sensitive!.value, Buffer.from([1]));
        assert.deepEqual(extractable!.value, Buffer.from([0]));
        assert.equal((valueLen!.value as Buffer).readBigUInt64LE(0), 32n); // CK_ULONG, 64-bit here
        assert.throws(() => p11.C_GetAttributeValue(session, h, [{ type: pkcs11js.CKA_VALUE }]), /CKR_ATTRIBUTE_SENSITIVE/);
      }
      assert.deepEqual(labels.sort(), ['custos-kek-v1', 'custos-kek-v2']);
      p11.C_CloseSession(session);
    } finally {
      p11.C_Finalize();
    }
  });
});
