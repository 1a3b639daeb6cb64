// Turns a request validation failure into field names a client can act on, without echoing what
// the client sent. Zod's own messages are not used: some quote input (e.g. 'Unrecognized key:
// "<key>"'), and a path can hold input too (keys of a z.record, an unexpected key). So a path
// segment is printed only when it is a key declared somewhere in the route's schema, or a small
// array index; anything else becomes '*'.

export interface TFieldIssue {
  /** Where the field is: body, query, params or headers. */
  location: string;
  /** Dotted path in the schema's own terms, e.g. 'patient.name' or 'items[2].code'; '' for the whole. */
  path: string;
  /** Zod issue code or JSON-schema keyword, e.g. 'invalid_type', 'too_small', 'unrecognized_keys'. */
  problem: string;
}

interface RawValidationItem {
  instancePath?: unknown;
  keyword?: unknown;
}

const SAFE_WORD = /^[A-Za-z0-9_]{1,40}$/;
/** A declared key may also hold hyphens (header names such as x-custos-patient). */
const SAFE_KEY = /^[A-Za-z0-9_-]{1,40}$/;
const MAX_ISSUES = 20;

const LOCATION: Record<string, string> = { body: 'body', querystring: 'query', params: 'params', headers: 'headers' };

/**
 * Field issues of a Fastify validation error (from fastify-type-provider-zod or ajv).
 *
 * @example
 *   describeValidationFailure({ validation: err.validation, validationContext: 'body' }, ZBody)
 *   // [{ location: 'body', path: 'name', problem: 'invalid_type' }]
 */
export function describeValidationFailure(
  error: { validation: readonly RawValidationItem[]; validationContext?: string },
  schema: unknown,
): TFieldIssue[] {
  const location = LOCATION[error.validationContext ?? ''] ?? 'request';
  const known = collectSchemaKeys(schema);
  return error.validation.slice(0, MAX_ISSUES).map((item) => ({
    location,
    path: typeof item.instancePath === 'string' ? safePath(item.instancePath, known) : '',
    problem: typeof item.keyword === 'string' && SAFE_WORD.test(item.keyword) ? item.keyword : 'invalid',
  }));
}

/** A person-readable summary: 'Invalid request: body.name (invalid_type), query.limit (too_small)'. */
export function summarizeFieldIssues(issues: readonly TFieldIssue[]): string {
  const parts = issues.map((i) => `${[i.location, i.path].filter(Boolean).join('.')} (${i.problem})`);
  return parts.length > 0 ? `Invalid request: ${parts.join(', ')}` : 'Invalid request';
}

function safePath(instancePath: string, known: ReadonlySet<string>): string {
  const segments = instancePath.split('/').filter((s) => s !== '');
  let out = '';
  for (const segment of segments) {
    // Indexes up to 9999 name an array item; a long number could be an identifier used as a key.
    if (/^\d{1,4}$/.test(segment)) out += `[${segment}]`;
    else out += (out ? '.' : '') + (known.has(segment) && SAFE_KEY.test(segment) ? segment : '*');
  }
  return out;
}

/**
 * Every object key declared anywhere in a zod (v4) or JSON schema. Walks the schema definition
 * generically so wrappers (optional, default, pipe, union, array, record values) are covered.
 */
export function collectSchemaKeys(schema: unknown): Set<string> {
  const keys = new Set<string>();
  const seen = new Set<object>();
  const visit = (node: unknown, depth: number): void => {
    if (typeof node !== 'object' || node === null || seen.has(node) || depth > 64) return;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    const record = node as Record<string, unknown>;
    const zod = record._zod as { def?: unknown } | undefined;
    if (zod && typeof zod === 'object') {
      visit(zod.def, depth + 1);
      return;
    }
    for (const [name, value] of Object.entries(record)) {
      // 'shape' is a zod object's field map, 'properties' a JSON schema's.
      if ((name === 'shape' || name === 'properties') && value && typeof value === 'object') {
        for (const key of Object.keys(value)) keys.add(key);
      }
      if (typeof value === 'object') visit(value, depth + 1);
    }
  };
  visit(schema, 0);
  return keys;
}
