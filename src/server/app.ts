import type { Server as HttpsServer } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { TConfig } from '../config';
import type { Db } from '../db/client';
import { logServerError, routeNotFound, sendError, toErrorResponse, type ErrorResponse } from './errors';
import { registerHealthRoutes } from './health.routes';
import type { Logger } from './logger';
import { declareErrorResponses, registerOpenApi } from './openapi';
import { requestIdFor } from './request-context';
import { applySecurityHeaders } from './security-headers';
import { httpsOptions, loadTlsMaterial, type TlsMaterial } from './tls';

/** The Fastify instance of Custos: HTTPS, zod schemas for types, validation and OpenAPI. */
export type TApp = FastifyInstance<HttpsServer, IncomingMessage, ServerResponse, FastifyBaseLogger, ZodTypeProvider>;

/** What the server itself needs; modules add their routes through `registerRoutes`. */
export interface AppDeps {
  db: Db;
}

export interface BuildAppOptions {
  config: Pick<TConfig, 'env' | 'dataDir' | 'tlsCertFile' | 'tlsKeyFile'>;
  logger: Logger;
  deps: AppDeps;
  /** Adds routes (of other modules); runs after the server's own plugins, so they are documented. */
  registerRoutes?: (app: TApp) => void | Promise<void>;
  /** Certificate and key; by default loaded (or generated) from the config. */
  tls?: Pick<TlsMaterial, 'key' | 'cert'>;
}

/**
 * Builds the HTTPS app (not yet listening): TLS 1.2+, security headers, request ids, one error
 * shape, PHI-safe request logging, OpenAPI at /docs, GET /healthz, then the given routes.
 *
 * @example
 *   const app = await buildApp({ config, logger: createLogger({ level: 'info' }), deps: { db } });
 *   await startServer(app, config);
 */
export async function buildApp(options: BuildAppOptions): Promise<TApp> {
  const tls = options.tls ?? loadTlsMaterial(options.config);
  // The error code of each failed request, for its log line (per app, not module state).
  const outcomes = new WeakMap<FastifyRequest, ErrorResponse['log']>();
  const logCompleted = (request: FastifyRequest, reply: FastifyReply): void => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? '(no route)',
        status: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime * 10) / 10,
        ...outcomes.get(request),
      },
      'request completed',
    );
  };

  const app = Fastify({
    https: httpsOptions(tls),
    loggerInstance: options.logger,
    // Fastify's own request lines log the raw URL; ours (logCompleted) log the route pattern.
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: requestIdFor,
    requestIdHeader: false,
    trustProxy: false,
    return503OnClosing: true,
    // Early errors (bad percent-encoding, over-long parameters) would otherwise echo the path.
    // They skip the hooks, so headers and the log line are applied here.
    frameworkErrors: async (error, request, reply) => {
      const response = toErrorResponse(error, request.id);
      outcomes.set(request, response.log);
      reply.raw.once('finish', () => logCompleted(request, reply));
      await applySecurityHeaders(request, reply, undefined);
      return sendError(reply, response);
    },
  }).withTypeProvider<ZodTypeProvider>() as unknown as TApp;

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onRoute', declareErrorResponses);
  app.addHook('onSend', applySecurityHeaders);
  app.addHook('onResponse', async (request, reply) => logCompleted(request, reply));

  app.setErrorHandler((error, request, reply) => {
    const response = toErrorResponse(error, request.id, (context) => routeSchema(request, context));
    outcomes.set(request, response.log);
    logServerError(request, response, error);
    return sendError(reply, response);
  });
  app.setNotFoundHandler((request, reply) => {
    const response = toErrorResponse(routeNotFound(), request.id);
    outcomes.set(request, response.log);
    return sendError(reply, response);
  });

  await registerOpenApi(app as unknown as FastifyInstance);
  registerHealthRoutes(app, { db: options.deps.db });
  if (options.registerRoutes) await options.registerRoutes(app);
  return app;
}

/**
 * Listens on config.host:config.port; resolves with the port (useful with port 0 in tests).
 *
 * @example
 *   const { port, url } = await startServer(app, { host: '127.0.0.1', port: 0 });
 */
export async function startServer(app: TApp, config: Pick<TConfig, 'host' | 'port'>): Promise<{ port: number; url: string }> {
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return { port, url: `https://localhost:${port}` };
}

function routeSchema(request: FastifyRequest, context: string): unknown {
  const schema = request.routeOptions.schema as Record<string, unknown> | undefined;
  return schema?.[context];
}
