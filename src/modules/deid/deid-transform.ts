// Applies a transformation to detected spans: redact, mask, surrogate or pseudonym.
import type { PhiSpan, PhiType } from './deid.types';
import type { DeidDictionaries } from './dictionaries';
import { dateShiftDays, shiftDateText } from './date-shift';
import type { PseudonymVault } from './pseudonym-vault';
import { createSurrogates } from './surrogates';
import { zip3 } from './zip3';

export type TransformOptions =
  | { mode: 'redact' }
  | { mode: 'mask' }
  | { mode: 'surrogate'; key: Buffer; patientId: string; dictionaries: DeidDictionaries; avoid?: ReadonlySet<string> }
  | { mode: 'pseudonym'; vault: PseudonymVault; key: Buffer; patientId: string };

/**
 * Builds the replacement function for one note (one patient).
 *
 * @example
 *   const replace = createReplacer({ mode: 'redact' });
 *   replace('NAME', 'Mary') // '[NAME]'
 */
export function createReplacer(options: TransformOptions): (type: PhiType, original: string) => string {
  switch (options.mode) {
    case 'redact':
      return (type) => `[${type}]`;
    case 'mask':
      return (_type, original) => original.replace(/[\p{L}\p{N}]/gu, '*');
    case 'surrogate':
      return createSurrogates({ ...options, dateShiftDays: dateShiftDays(options) });
    case 'pseudonym': {
      const days = dateShiftDays(options);
      return (type, original) => {
        // Generalized and shifted values keep their meaning for the model and need no vault.
        if (type === 'DATE') return shiftDateText(original, days) ?? options.vault.pseudonymize(type, original);
        if (type === 'AGE') return '90+';
        if (type === 'ZIP') return zip3(original);
        return options.vault.pseudonymize(type, original);
      };
    }
  }
}

/**
 * Replaces every span of `text` (spans sorted and non-overlapping, as the engine returns them).
 *
 * @example
 *   applySpans('Seen by Dr. Roe', [{ start: 12, end: 15, type: 'NAME' }], { mode: 'redact' }) // 'Seen by Dr. [NAME]'
 */
export function applySpans(text: string, spans: readonly PhiSpan[], options: TransformOptions | ((type: PhiType, original: string) => string)): string {
  let replace: (type: PhiType, original: string) => string;
  if (typeof options === 'function') replace = options;
  else if (options.mode === 'surrogate' && !options.avoid) {
    // Surrogates must not land on another real identifier of the same note.
    const avoid = new Set<string>();
    for (const s of spans) for (const w of text.slice(s.start, s.end).toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? []) avoid.add(w);
    replace = createReplacer({ ...options, avoid });
  } else replace = createReplacer(options);
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    out += text.slice(at, s.start) + replace(s.type, text.slice(s.start, s.end));
    at = s.end;
  }
  return out + text.slice(at);
}

/**
 * Detects and transforms in one call: what the AI gateway needs for a piece of free text.
 *
 * @example
 *   const vault = createPseudonymVault({ key });
 *   deidentifyText(engine, 'Mary Jones, MRN 00482913', { mode: 'pseudonym', vault, key, patientId: 'p-1' });
 *   // '[NAME-…], MRN [MRN-…]'; later vault.reidentify(modelAnswer)
 */
export function deidentifyText(engine: { detect(text: string): PhiSpan[] }, text: string, options: TransformOptions): string {
  return applySpans(text, engine.detect(text), options);
}
