// De-identification of one gateway request (DESIGN "AI request flow" step 5): pseudonyms from a
// vault made for this request only, dates shifted by one per-request offset (intervals kept),
// ZIPs cut to three digits, free text scrubbed by the deid engine, FHIR fields by fhir-deid.ts.
// The vault and the date map live only in this object: the answer is re-identified for the
// requesting actor and both are dropped with the request.
import { randomBytes } from 'node:crypto';
import type { DeidEngine } from '../deid/deid-engine';
import type { PhiType } from '../deid/deid.types';
import { dateShiftDays, shiftDateText } from '../deid/date-shift';
import { applySpans } from '../deid/deid-transform';
import { deidentifyFhirResource } from '../deid/fhir-deid';
import { createPseudonymVault } from '../deid/pseudonym-vault';
import { zip3 } from '../deid/zip3';

export interface DeidSession {
  resource(resource: Record<string, unknown>): Record<string, unknown>;
  text(text: string): string;
  /** The vault's tokens and the shifted dates back to their originals; other text unchanged. */
  reidentify(text: string): string;
}

/**
 * @example
 *   const session = createDeidSession({ engine, patientId, now });
 *   const safe = session.text('Seen by Dr. Roe on 3/4/2021'); // 'Seen by Dr. [NAME-…] on <shifted date>'
 *   session.reidentify(safe); // the original text
 */
export function createDeidSession(input: { engine: DeidEngine; patientId: string; now: Date }): DeidSession {
  const vault = createPseudonymVault({ key: randomBytes(32) });
  const key = randomBytes(32);
  const days = dateShiftDays({ key, patientId: input.patientId });
  const shiftedDates = new Map<string, string>();
  const replace = (type: PhiType, original: string): string => {
    if (type === 'DATE') {
      const shifted = shiftDateText(original, days);
      if (shifted) {
        shiftedDates.set(shifted, original);
        return shifted;
      }
      return vault.pseudonymize(type, original);
    }
    // The engine reports only ages over 89; Safe Harbor groups them.
    if (type === 'AGE') return '90+';
    if (type === 'ZIP') return zip3(original);
    return vault.pseudonymize(type, original);
  };
  return {
    resource(resource) {
      const out = deidentifyFhirResource(resource, { engine: input.engine, mode: 'pseudonym', replace, dateShiftDays: days, key, now: input.now });
      collectShiftedDates(resource, out, shiftedDates);
      return out;
    },
    text: (text) => applySpans(text, input.engine.detect(text), replace),
    reidentify(text) {
      let out = vault.reidentify(text);
      // Longest first, so a date-time is restored before the date inside it.
      for (const [shifted, original] of [...shiftedDates].sort((a, b) => b[0].length - a[0].length)) out = out.split(shifted).join(original);
      return out;
    },
  };
}

const ISO_DATE = /^\d{4}-\d{2}(?:-\d{2})?/;

/** Structured dates are shifted inside fhir-deid.ts: pair them with their originals by walking both copies. */
function collectShiftedDates(original: unknown, shifted: unknown, into: Map<string, string>): void {
  if (typeof original === 'string' && typeof shifted === 'string') {
    if (original !== shifted && ISO_DATE.test(original) && ISO_DATE.test(shifted)) {
      into.set(shifted, original);
      // The model may quote only the date part of a date-time.
      if (original.length > 10 && shifted.length > 10) into.set(shifted.slice(0, 10), original.slice(0, 10));
    }
    return;
  }
  if (Array.isArray(original) && Array.isArray(shifted)) {
    original.forEach((item, i) => collectShiftedDates(item, shifted[i], into));
    return;
  }
  if (original && shifted && typeof original === 'object' && typeof shifted === 'object') {
    for (const [k, v] of Object.entries(original)) collectShiftedDates(v, (shifted as Record<string, unknown>)[k], into);
  }
}
