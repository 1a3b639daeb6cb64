import type { TConfig } from '../config';
import { openCustos, type AppClock, type CustosContext } from '../context';
import type { AuditWorker } from '../modules/audit/audit-worker';
import { buildApp, startServer, type TApp } from './app';
import { createLogger, type Logger } from './logger';
import { loadTlsMaterial } from './tls';
import { registerModuleRoutes } from './routes';

export interface RunningCustos {
  app: TApp;
  ctx: CustosContext;
  logger: Logger;
  port: number;
  /** https://localhost:<port> */
  url: string;
  /** Stops accepting requests, lets in-flight ones finish, seals the audit tail, then closes the database. Idempotent. */
  close(): Promise<void>;
}

export interface StartCustosOptions {
  logger?: Logger;
  /** Replaces the module routes (tests that mount a single module). */
  registerRoutes?: (app: TApp, ctx: CustosContext) => void | Promise<void>;
  /** Where the built web app is (default web/dist). */
  webDistDir?: string;
  /** Wall time for every module (tests move it to pass idle timeouts and expiries). */
  clock?: AppClock;
}

/**
 * Starts Custos: opens the context (database, migrations, keys, audit, default organization),
 * starts the audit sequencer, builds the HTTPS app with every module's routes and listens. On
 * any failure it closes what it opened.
 *
 * @example
 *   const custos = await startCustos(loadConfig());
 *   process.once('SIGTERM', () => void custos.close());
 */
export async function startCustos(config: TConfig, options: StartCustosOptions = {}): Promise<RunningCustos> {
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  // Certificate first: production mode refuses a self-signed one before anything is created.
  const tls = loadTlsMaterial(config);
  const ctx = await openCustos(config, { logger, ...(options.clock ? { clock: options.clock } : {}) });
  let app: TApp | undefined;
  let worker: AuditWorker | undefined;
  try {
    worker = ctx.audit.startAuditWorker({ db: ctx.db });
    const register = options.registerRoutes ?? ((a: TApp, c: CustosContext) => registerModuleRoutes(a, c, { ...(options.webDistDir ? { webDistDir: options.webDistDir } : {}) }));
    app = await buildApp({ config, logger, tls, deps: { db: ctx.db }, registerRoutes: (a) => register(a, ctx) });
    const { port, url } = await startServer(app, config);
    if (ctx.createdDefaultOrganization) logger.info({ organization: ctx.defaultOrganization.slug }, 'created the default organization');
    const running = app;
    const runningWorker = worker;
    let closing: Promise<void> | undefined;
    return {
      app: running,
      ctx,
      logger,
      port,
      url,
      close: () => (closing ??= running.close().finally(() => runningWorker.stop()).finally(() => ctx.close())),
    };
  } catch (error) {
    await app?.close().catch(() => undefined);
    await worker?.stop().catch(() => undefined);
    await ctx.close().catch(() => undefined);
    throw error;
  }
}
