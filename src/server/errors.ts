import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, ERROR_STATUS, isAppError, type ErrorCode } from '../core/errors';
import { describeValidationFailure, summarizeFieldIssues, type TFieldIssue } from './validation';

/** The body of every error response (STYLE rule 5). Registered as the OpenAPI component 'Error'. */
export const ZErrorBody = z
  .object({
    code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
    message: z.string().describe('For a person; never holds PHI or internals'),
    requestId: z.string().describe('Quote it when reporting a problem; it finds the request in the logs'),
    fields: z
      .array(z.object({ location: z.string(), path: z.string(), problem: z.string() }))
      .optional()
      .describe('With validation_failed: the fields that failed, by name only'),
    reasons: z.array(z.string()).optional().describe('With some forbidden answers (the AI gateway): the decision\'s reason codes'),
    error: z
      .object({ code: z.string(), message: z.string(), reasons: z.array(z.string()), requestId: z.string() })
      .optional()
      .describe('With `reasons`: the same facts nested, as the AI gateway API was agreed'),
  })
  .meta({ id: 'Error' });
export type TErrorBody = z.infer<typeof ZErrorBody>;

/** A mapped error: what to send, and what may be logged about it. */
export interface ErrorResponse {
  status: number;
  body: TErrorBody;
  /** Safe facts for the log line: our code, the error's class name and its framework code. */
  log: { code: ErrorCode; errorName: string; errorCode?: string };
}

// Messages for errors that did not come from our code: theirs may quote the input (a JSON parse
// error quotes the body, a bad-URL error the path), so a fixed sentence per code replaces them.
const GENERIC_MESSAGE: Record<ErrorCode, string> = {
  bad_request: 'The request is malformed',
  validation_failed: 'Invalid request',
  unauthenticated: 'Authentication is required',
  forbidden: 'Not allowed',
  not_found: 'Not found',
  conflict: 'The request conflicts with the current state',
  payload_too_large: 'The request body is too large',
  unsupported_media_type: 'Unsupported content type',
  rate_limited: 'Too many requests; try again later',
  decryption_failed: 'Internal error',
  key_unavailable: 'Internal error',
  integrity_violation: 'Internal error',
  config_invalid: 'Internal error',
  internal: 'Internal error',
  unavailable: 'The service is temporarily unavailable',
};

const STATUS_CODE: Record<number, ErrorCode> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  503: 'unavailable',
};

const SAFE_TOKEN = /^[A-Za-z0-9_.-]{1,80}$/;

/**
 * Maps anything thrown while handling a request to a status and a `{ code, message, requestId }`
 * body. Only an AppError's own message is shown (its contract is: written for a person, no PHI);
 * every other error gets a fixed message, and nothing of its message, stack or input is sent.
 *
 * @example
 *   const { status, body } = toErrorResponse(new AppError('not_found', 'No such record'), 'req-1');
 *   // status 404, body { code: 'not_found', message: 'No such record', requestId: 'req-1' }
 */
export function toErrorResponse(error: unknown, requestId: string, schemaOf?: (context: string) => unknown): ErrorResponse {
  const errorName = errorNameOf(error);
  const errorCode = frameworkCodeOf(error);
  const log = (code: ErrorCode): ErrorResponse['log'] => ({ code, errorName, ...(errorCode ? { errorCode } : {}) });

  if (isAppError(error) && error.code === 'key_unavailable' && error.details?.shredded === true) {
    // A patient's key destroyed on deletion is not a server fault: whatever module read it, the
    // caller gets the same plain, PHI-free 404 as the records door gives.
    return { status: 404, body: { code: 'not_found', message: "This patient's data was deleted and can no longer be read", requestId }, log: log('not_found') };
  }
  if (isAppError(error)) {
    const body: TErrorBody = { code: error.code, message: error.message, requestId };
    const fields = error.details?.fields;
    if (error.code === 'validation_failed' && Array.isArray(fields)) body.fields = fields as TFieldIssue[];
    // Opt-in (details.publicReasons): stable, PHI-free reason codes of a policy decision.
    const reasons = error.details?.publicReasons;
    if (Array.isArray(reasons) && reasons.every((r) => typeof r === 'string' && SAFE_TOKEN.test(r))) {
      body.reasons = reasons as string[];
      body.error = { code: error.code, message: error.message, reasons: body.reasons, requestId };
    }
    return { status: error.status, body, log: log(error.code) };
  }
  const validation = (error as { validation?: unknown } | null)?.validation;
  if (Array.isArray(validation)) {
    const context = (error as { validationContext?: string }).validationContext;
    const fields = describeValidationFailure({ validation, validationContext: context }, schemaOf?.(context ?? ''));
    return { status: 400, body: { code: 'validation_failed', message: summarizeFieldIssues(fields), requestId, fields }, log: log('validation_failed') };
  }
  const statusCode = (error as { statusCode?: unknown } | null)?.statusCode;
  let code: ErrorCode = 'internal';
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) code = STATUS_CODE[statusCode] ?? 'bad_request';
  else if (statusCode === 503) code = 'unavailable';
  return { status: ERROR_STATUS[code], body: { code, message: GENERIC_MESSAGE[code], requestId }, log: log(code) };
}

/** The 404 for a route that does not exist; the path is not repeated (it may hold PHI). */
export function routeNotFound(): AppError {
  return new AppError('not_found', 'No such route');
}

/**
 * Sends a mapped error. Shared by the error handler, the 404 handler and Fastify's early
 * "framework errors" (bad URL encoding, over-long parameters) so all share one shape.
 */
export function sendError(reply: FastifyReply, response: ErrorResponse): FastifyReply {
  const config = reply.request?.routeOptions?.config as { [OPENAI_ERRORS]?: boolean } | undefined;
  const body = config?.[OPENAI_ERRORS] ? toOpenAiError(response.body) : response.body;
  return reply.code(response.status).type('application/json; charset=utf-8').send(body);
}

/**
 * Route config flag of routes that speak OpenAI's protocol (/v1/chat/completions): every error of
 * theirs, including those raised before the handler (authentication, validation), uses OpenAI's shape.
 *
 * @example
 *   app.post('/v1/chat/completions', { config: { [OPENAI_ERRORS]: true }, schema }, handler);
 */
export const OPENAI_ERRORS = 'openAiErrors';

/** OpenAI's error body: `error.message`, `error.type`, `error.code`, `error.param`. */
export interface TOpenAiError {
  error: { message: string; type: string; code: string; param: string | null; requestId: string; reasons?: string[]; fields?: TFieldIssue[] };
}

/**
 * Our error body in OpenAI's shape, so an OpenAI SDK shows the message and code: `type` and
 * `code` are our code, `param` the first failing field's name.
 *
 * @example
 *   toOpenAiError({ code: 'validation_failed', message: 'messages is required', requestId: 'r', fields: [{ location: 'body', path: 'messages', problem: 'required' }] })
 *   // { error: { message: 'messages is required', type: 'validation_failed', code: 'validation_failed', param: 'messages', requestId: 'r', fields: [...] } }
 */
export function toOpenAiError(body: TErrorBody): TOpenAiError {
  return {
    error: {
      message: body.message,
      type: body.code,
      code: body.code,
      param: body.fields?.[0]?.path ?? null,
      requestId: body.requestId,
      ...(body.reasons ? { reasons: body.reasons } : {}),
      ...(body.fields ? { fields: body.fields } : {}),
    },
  };
}

/**
 * Writes the error line of a failed (5xx) request: code and names only, never the message.
 * Client errors (4xx) need no line of their own; their code goes on the request's log line.
 */
export function logServerError(request: FastifyRequest, response: ErrorResponse, error: unknown): void {
  if (response.status < 500) return;
  request.log.error({ status: response.status, ...response.log }, 'request failed');
  // Stack frames are code locations only; the first line (the message) is left out.
  if ((request.log.level === 'debug' || request.log.level === 'trace') && error instanceof Error && typeof error.stack === 'string') {
    const frames = error.stack.split('\n').filter((l) => /^\s+at /.test(l)).map((l) => l.trim());
    request.log.debug({ frames }, 'stack of failed request');
  }
}

function errorNameOf(error: unknown): string {
  const name = error instanceof Error ? error.name : typeof error;
  return SAFE_TOKEN.test(name) ? name : 'Error';
}

function frameworkCodeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && SAFE_TOKEN.test(code) && !isAppError(error) ? code : undefined;
}
