// The pseudonym vault: keyed, reversible-only-here tokens for one request. The AI gateway keeps
// a vault per request, sends text with tokens to the model, and re-identifies the model's answer
// for the requesting actor only (DESIGN invariant 5). Nothing is stored outside the vault.
import { createHmac } from 'node:crypto';
import { PHI_TYPES, type PhiType } from './deid.types';

export interface PseudonymVault {
  /** The token standing for this value; the same value (any case or spacing) gives the same token. */
  pseudonymize(type: PhiType, text: string): string;
  /** Replaces every token this vault issued with its original value; other text is untouched. */
  reidentify(text: string): string;
  /** How many distinct values the vault holds. */
  readonly size: number;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const TOKEN = new RegExp(`\\[(?:${PHI_TYPES.join('|')})-[A-Z2-7]{8}\\]`, 'g');

/**
 * Creates an empty vault. Tokens look like `[NAME-K3T7QW2A]`: an HMAC of the value under `key`,
 * so they reveal nothing without the key, and only this vault maps them back.
 *
 * @example
 *   const vault = createPseudonymVault({ key: randomBytes(32) });
 *   const t = vault.pseudonymize('NAME', 'Mary Jones'); // '[NAME-…]'
 *   vault.reidentify(`Call ${t} today`);                 // 'Call Mary Jones today'
 */
export function createPseudonymVault({ key }: { key: Buffer }): PseudonymVault {
  if (key.length < 16) throw new RangeError('pseudonym key must be at least 16 bytes');
  const originals = new Map<string, string>();
  return {
    pseudonymize(type, text) {
      const normalized = text.toLowerCase().replace(/\s+/g, ' ').trim();
      const h = createHmac('sha256', key).update(`pseudonym\0${type}\0${normalized}`).digest();
      let code = '';
      for (let i = 0; i < 8; i++) code += BASE32[h[i]! % 32];
      const token = `[${type}-${code}]`;
      if (!originals.has(token)) originals.set(token, text);
      return token;
    },
    reidentify(text) {
      return text.replace(TOKEN, (token) => originals.get(token) ?? token);
    },
    get size() {
      return originals.size;
    },
  };
}
