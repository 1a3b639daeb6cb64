import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';

export type { Logger } from 'pino';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

// DESIGN invariant 7: no PHI in logs. Requests can carry PHI anywhere (body, query string, path,
// headers), so the logger never receives them: serializers reduce requests, replies and errors
// to an allow-list of fields, and the paths below are censored in case some code logs a raw
// header object anyway.
const REDACT_PATHS = [
  'authorization',
  'cookie',
  '["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'headers["set-cookie"]',
  '*.authorization',
  '*.cookie',
  '*["set-cookie"]',
  '*.headers.authorization',
  '*.headers.cookie',
  '*.headers["set-cookie"]',
  'req.headers',
  'res.headers',
  'body',
  'query',
  '*.body',
  '*.query',
];

const SAFE_TOKEN = /^[A-Za-z0-9_.:-]{1,80}$/;

/** Only a request's method and id: its URL may hold PHI in the path or the query string. */
function serializeRequest(req: { method?: unknown; id?: unknown }): Record<string, unknown> {
  return { method: typeof req.method === 'string' ? req.method : undefined, id: typeof req.id === 'string' ? req.id : undefined };
}

function serializeReply(res: { statusCode?: unknown }): Record<string, unknown> {
  return { statusCode: typeof res.statusCode === 'number' ? res.statusCode : undefined };
}

/**
 * An error is logged by its name and code only: the message of an unexpected error (a driver,
 * a parser) often quotes the input that caused it.
 */
export function serializeError(err: unknown): Record<string, unknown> {
  if (typeof err !== 'object' || err === null) return { type: typeof err };
  const e = err as { name?: unknown; code?: unknown; statusCode?: unknown };
  return {
    type: typeof e.name === 'string' && SAFE_TOKEN.test(e.name) ? e.name : 'Error',
    code: typeof e.code === 'string' && SAFE_TOKEN.test(e.code) ? e.code : undefined,
    statusCode: typeof e.statusCode === 'number' ? e.statusCode : undefined,
  };
}

/**
 * Fastify itself writes a few messages that quote the raw URL (e.g. "Reply was already sent ...
 * in the "/path?query" route"); those quotes are cut out before a line is written.
 */
export function scrubMessage(message: string): string {
  return message
    .replace(/(["'`])\/[^"'`]*\1/g, '$1[url]$1')
    .replace(/\b([A-Z]{3,7}):\/\S*/g, '$1:[url]')
    .replace(/https?:\/\/[^\s"'`]*\?\S*/g, '[url]');
}

/**
 * The JSON logger of Custos (pino) with PHI-safe serializers and redaction. `destination` lets
 * tests capture every line.
 *
 * @example
 *   const lines: string[] = [];
 *   const logger = createLogger({ level: 'debug', destination: { write: (l) => void lines.push(l) } });
 */
export function createLogger(options: { level: LogLevel; destination?: DestinationStream }): Logger {
  const pinoOptions: LoggerOptions = {
    level: options.level,
    base: { service: 'custos' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: { req: serializeRequest, res: serializeReply, err: serializeError, error: serializeError },
    hooks: {
      logMethod(args, method) {
        // pino takes an Error's message as the line's message; log it by name and code instead.
        const [first, ...rest] = args as unknown[];
        if (first instanceof Error) {
          const message = typeof rest[0] === 'string' ? scrubMessage(rest[0]) : 'error';
          return method.apply(this, [{ err: first }, message] as never);
        }
        const scrubbed = args.map((a) => (typeof a === 'string' ? scrubMessage(a) : a));
        return method.apply(this, scrubbed as never);
      },
    },
  };
  return options.destination ? pino(pinoOptions, options.destination) : pino(pinoOptions);
}
