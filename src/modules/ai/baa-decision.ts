// May this provider configuration receive PHI? (DESIGN invariant 4.) Pure: the gateway computes it
// per request from the stored BAA and the request's time, so an expiry or a termination stops PHI
// at the very next request, with no job or cache in between.
import type { TBaa, TProviderConfig } from './ai.types';

export type TBaaReason =
  | 'baa.not_needed_local'
  | 'baa.active'
  | 'baa.none'
  | 'baa.terminated'
  | 'baa.not_yet_effective'
  | 'baa.expired'
  | 'baa.model_not_covered';

export interface TBaaDecision {
  /** PHI may go to this configuration. */
  phiAllowed: boolean;
  /**
   * De-identified data may go instead. True only for a configuration that never had a BAA: one
   * whose BAA lapsed, was terminated or does not cover the model is stopped outright, so a lapse
   * is noticed instead of silently changing what the provider receives.
   */
  deidentifiedAllowed: boolean;
  reasons: TBaaReason[];
}

const DAY_MS = 86_400_000;
export const BAA_EXPIRY_WARNING_DAYS = 30;

/**
 * @example
 *   baaDecision(config, { status: 'active', effectiveOn: '2026-01-01', expiresOn: '2027-01-01', coveredModels: ['gpt-4o'], ... }, now)
 *   // { phiAllowed: true, deidentifiedAllowed: true, reasons: ['baa.active'] } when config.model is gpt-4o
 */
export function baaDecision(config: Pick<TProviderConfig, 'adapter' | 'model'>, baa: TBaa | null, now: Date): TBaaDecision {
  // The built-in provider runs inside this process: nothing leaves, so there is no business associate.
  if (config.adapter === 'local') return { phiAllowed: true, deidentifiedAllowed: true, reasons: ['baa.not_needed_local'] };
  if (!baa) return { phiAllowed: false, deidentifiedAllowed: true, reasons: ['baa.none'] };
  const reasons: TBaaReason[] = [];
  if (baa.status !== 'active') reasons.push('baa.terminated');
  if (now.getTime() < startOfDay(baa.effectiveOn)) reasons.push('baa.not_yet_effective');
  // A BAA is in force through its expiry date (UTC), not after it.
  if (now.getTime() >= startOfDay(baa.expiresOn) + DAY_MS) reasons.push('baa.expired');
  if (!baa.coveredModels.includes(config.model)) reasons.push('baa.model_not_covered');
  if (reasons.length > 0) return { phiAllowed: false, deidentifiedAllowed: false, reasons };
  return { phiAllowed: true, deidentifiedAllowed: true, reasons: ['baa.active'] };
}

/** An active BAA that ends within the warning window (and has not ended yet). */
export function baaExpiresSoon(baa: TBaa | null, now: Date, days = BAA_EXPIRY_WARNING_DAYS): boolean {
  if (!baa || baa.status !== 'active') return false;
  const end = startOfDay(baa.expiresOn) + DAY_MS;
  return end > now.getTime() && end - now.getTime() <= days * DAY_MS;
}

function startOfDay(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00.000Z`);
}
