// Pure: whether a deletion may happen now, and if not, why and from when. A legal hold wins over
// retention (it has no end date the system can know); retention runs from the patient's last
// record update, so a patient without records is never held by it.

export type TDeletionBlock =
  | { kind: 'legal_hold'; earliestAt: null; explanation: string }
  | { kind: 'retention'; earliestAt: Date; explanation: string };

/**
 * @example
 *   deletionBlock({ now, retentionYears: 7, activeHolds: 0, lastRecordUpdate: new Date('2025-01-10') });
 *   // { kind: 'retention', earliestAt: 2032-01-10, explanation: 'The law requires us to keep …' }
 */
export function deletionBlock(input: { now: Date; retentionYears: number; activeHolds: number; lastRecordUpdate: Date | undefined }): TDeletionBlock | null {
  if (input.activeHolds > 0) {
    return {
      kind: 'legal_hold',
      earliestAt: null,
      explanation:
        'Your records are under a legal hold, so they cannot be deleted yet. They can be deleted when the hold is lifted. Your request is saved and waits until then.',
    };
  }
  if (input.retentionYears > 0 && input.lastRecordUpdate) {
    const earliestAt = addYears(input.lastRecordUpdate, input.retentionYears);
    if (earliestAt.getTime() > input.now.getTime()) {
      return {
        kind: 'retention',
        earliestAt,
        explanation: `We must keep medical records for ${input.retentionYears} ${input.retentionYears === 1 ? 'year' : 'years'} after they were last updated. Your records can be deleted from ${earliestAt.toISOString().slice(0, 10)}. Your request is saved and waits until then.`,
      };
    }
  }
  return null;
}

/** Calendar years in UTC; 29 February moves to 1 March in a year without it. */
export function addYears(at: Date, years: number): Date {
  const out = new Date(at.getTime());
  out.setUTCFullYear(out.getUTCFullYear() + years);
  return out;
}
