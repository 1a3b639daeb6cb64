import fs from 'node:fs';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { ZErrorBody } from './errors';

export const DOCS_PREFIX = '/docs';

/**
 * Declares the error body for 4xx and 5xx on every documented route, so the OpenAPI document
 * tells clients the one error shape and the serializer checks that errors keep to it. Runs as
 * an onRoute hook, so routes added later by other modules get it without doing anything.
 *
 * @example
 *   app.addHook('onRoute', declareErrorResponses);
 */
export function declareErrorResponses(route: RouteOptions): void {
  const schema = (route.schema ?? {}) as { hide?: boolean; response?: Record<string, unknown> };
  if (schema.hide || route.url.startsWith(DOCS_PREFIX)) return;
  const response = { ...(schema.response ?? {}) };
  for (const key of ['4xx', '5xx']) response[key] ??= ZErrorBody;
  route.schema = { ...schema, response };
}

/**
 * OpenAPI generated from the zod schemas of the routes (@fastify/swagger), served as JSON at
 * /docs/json and as swagger-ui at /docs. Register before the routes it should list.
 *
 * @example
 *   await registerOpenApi(app);
 */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Custos API',
        version: packageVersion(),
        description: 'Errors share one body, `Error` ({ code, message, requestId }); quote requestId when reporting a problem.',
      },
    },
    transform: jsonSchemaTransform,
    transformObject: (document) => pruneUnusedInputSchemas(jsonSchemaTransformObject(document)),
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: DOCS_PREFIX,
    uiConfig: { docExpansion: 'list', deepLinking: false, validatorUrl: null },
  });
}

/**
 * The zod transform adds an '<Id>Input' twin of every named schema; drop the twins no operation
 * refers to, so the document lists each shape once.
 */
export function pruneUnusedInputSchemas<T>(document: T): T {
  const schemas = (document as { components?: { schemas?: Record<string, unknown> } }).components?.schemas;
  if (!schemas) return document;
  const isTwin = (name: string): boolean => name.endsWith('Input');
  const refersTo = (node: unknown, name: string): boolean => JSON.stringify(node).includes(`"#/components/schemas/${name}"`);
  // Everything but the twins is kept; a twin is kept when something kept refers to it.
  const kept = new Set(Object.keys(schemas).filter((n) => !isTwin(n)));
  const { components: _components, ...rest } = document as Record<string, unknown>;
  let changed = true;
  while (changed) {
    changed = false;
    const keptNodes = [rest, ...[...kept].map((n) => schemas[n])];
    for (const name of Object.keys(schemas)) {
      if (!kept.has(name) && keptNodes.some((node) => refersTo(node, name))) {
        kept.add(name);
        changed = true;
      }
    }
  }
  for (const name of Object.keys(schemas)) if (!kept.has(name)) delete schemas[name];
  return document;
}

function packageVersion(): string {
  const file = new URL('../../package.json', import.meta.url);
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
}
