// Keyed blind indexes: HMAC-SHA256 under a per-organization blind-index key (separate from the data
// keys), over a scope and a normalized value. They allow equality lookups (e.g. "user with this
// email") without storing plaintext; without the key, a guess cannot be checked against them.
import { createHmac, type KeyObject } from 'node:crypto';
import { AppError } from '../../core/errors';
import type { BlindIndexNormalization } from './crypto.types';

/**
 * Normalizes a value so that values a person would call equal index equally.
 *
 * - `text` (default): Unicode NFKC, trimmed, runs of whitespace collapsed to one space, lower case.
 * - `email`: NFKC, trimmed, whole address lower case (dots and +tags are kept: they may name different mailboxes).
 * - `digits`: NFKC, then only the digits 0-9 (phone numbers, SSNs, MRNs written with spaces or dashes).
 * - `exact`: unchanged.
 *
 * Throws AppError('validation_failed') when nothing is left to index.
 *
 * @example
 *   normalizeForBlindIndex('  Ann.Lee@Example.ORG ', 'email'); // 'ann.lee@example.org'
 */
export function normalizeForBlindIndex(value: string, normalization: BlindIndexNormalization = 'text'): string {
  let out: string;
  switch (normalization) {
    case 'exact':
      out = value;
      break;
    case 'digits':
      out = value.normalize('NFKC').replace(/[^0-9]/g, '');
      break;
    case 'email':
      out = value.normalize('NFKC').trim().toLowerCase();
      break;
    case 'text':
      out = value.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();
      break;
  }
  if (out.length === 0) throw new AppError('validation_failed', 'A blind index needs a non-empty value after normalization');
  return out;
}

/**
 * HMAC-SHA256(key, len(scope) || scope || value). The scope (e.g. 'users.email') keeps equal values
 * in different columns from sharing an index, so one column's index says nothing about another.
 *
 * @example
 *   const bidx = computeBlindIndex(key, 'users.email', normalizeForBlindIndex(email, 'email'));
 */
export function computeBlindIndex(key: KeyObject | Buffer, scope: string, normalizedValue: string): Buffer {
  if (scope.length === 0) throw new AppError('internal', 'A blind index needs a scope');
  const scopeBytes = Buffer.from(scope);
  const len = Buffer.allocUnsafe(4);
  len.writeUInt32BE(scopeBytes.length);
  return createHmac('sha256', key).update(len).update(scopeBytes).update(normalizedValue, 'utf8').digest();
}
