/**
 * The one error type of Custos. Every failure that reaches a caller (HTTP, CLI) is an AppError
 * with a code from a closed list; its message is written for a person and never holds PHI.
 *
 * @example
 *   throw new AppError('not_found', 'No such record');
 */
export const ERROR_STATUS = {
  bad_request: 400,
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  decryption_failed: 500,
  key_unavailable: 500,
  integrity_violation: 500,
  config_invalid: 500,
  internal: 500,
  unavailable: 503,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Safe, PHI-free facts a caller may act on (e.g. retry-after seconds, field names). */
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/**
 * A 403 whose body lists a policy decision's stable, PHI-free reason codes (server/errors.ts
 * shows `details.publicReasons` as `reasons`).
 *
 * @example
 *   throw forbiddenWithReasons('The patient has not consented.', ['consent.none']);
 */
export function forbiddenWithReasons(message: string, reasons: readonly string[]): AppError {
  return new AppError('forbidden', message, { reasons: [...reasons], publicReasons: [...reasons] });
}
