import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Debian's softhsm2 package puts the PKCS#11 module here. */
export const SOFTHSM_MODULE = process.env.CUSTOS_TEST_SOFTHSM_MODULE ?? '/usr/lib/softhsm/libsofthsm2.so';

export interface SoftHsmToken {
  module: string;
  tokenLabel: string;
  pin: string;
  /** The temp folder holding the config and the token files. */
  dir: string;
  /** Points SOFTHSM2_CONF at this token's config again (after another token was created). */
  activate(): void;
  /** Removes the token folder (close providers first). */
  cleanup(): void;
}

/**
 * A throwaway SoftHSM2 token in a temp folder. Points SOFTHSM2_CONF at its config, which SoftHSM
 * reads at C_Initialize: close every provider of a previous token before opening this one.
 *
 * @example
 *   const token = createSoftHsmToken();
 *   const provider = await createPkcs11KeyProvider(token);
 *   after(async () => { await provider.close(); token.cleanup(); });
 */
export function createSoftHsmToken(tokenLabel = `custos-test-${randomBytes(3).toString('hex')}`): SoftHsmToken {
  if (!fs.existsSync(SOFTHSM_MODULE)) {
    throw new Error(`SoftHSM2 is not installed (${SOFTHSM_MODULE} missing): apt-get install -y softhsm2`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'custos-softhsm-'));
  const tokens = path.join(dir, 'tokens');
  fs.mkdirSync(tokens, { mode: 0o700 });
  const conf = path.join(dir, 'softhsm2.conf');
  fs.writeFileSync(conf, `directories.tokendir = ${tokens}\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n`);
  process.env.SOFTHSM2_CONF = conf;
  const pin = randomBytes(6).toString('hex');
  const soPin = randomBytes(6).toString('hex');
  execFileSync('softhsm2-util', ['--init-token', '--free', '--label', tokenLabel, '--pin', pin, '--so-pin', soPin], {
    env: { ...process.env, SOFTHSM2_CONF: conf },
    stdio: 'pipe',
  });
  return { module: SOFTHSM_MODULE, tokenLabel, pin, dir, activate: () => void (process.env.SOFTHSM2_CONF = conf), cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
