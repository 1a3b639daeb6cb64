import path from 'node:path';
import type { TConfig } from '../config';
import { openDatabase, type DbHandle } from '../db/client';
import { migrateToLatest } from '../db/migrate';
import { buildApp, startServer, type TApp } from './app';
import { createLogger, type Logger } from './logger';

export interface RunningCustos {
  app: TApp;
  database: DbHandle;
  logger: Logger;
  port: number;
  /** https://localhost:<port> */
  url: string;
  /** Stops accepting requests, lets in-flight ones finish, then closes the database. Idempotent. */
  close(): Promise<void>;
}

/**
 * Starts Custos: opens the database (PGlite in <dataDir>/db, or PostgreSQL with DATABASE_URL),
 * applies migrations, builds the HTTPS app and listens. On any failure it closes what it opened.
 *
 * @example
 *   const custos = await startCustos(loadConfig());
 *   process.once('SIGTERM', () => void custos.close());
 */
export async function startCustos(
  config: TConfig,
  options: { logger?: Logger; registerRoutes?: (app: TApp) => void | Promise<void> } = {},
): Promise<RunningCustos> {
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const database = await openDatabase(
    config.databaseUrl ? { engine: 'postgres', url: config.databaseUrl } : { engine: 'pglite', dataDir: path.join(config.dataDir, 'db') },
  );
  let app: TApp | undefined;
  try {
    await migrateToLatest(database.db);
    // Module wiring (default organization, crypto, audit, routes) goes here, before listening.
    app = await buildApp({ config, logger, deps: { db: database.db }, ...(options.registerRoutes ? { registerRoutes: options.registerRoutes } : {}) });
    const { port, url } = await startServer(app, config);
    let closing: Promise<void> | undefined;
    const running = app;
    return {
      app: running,
      database,
      logger,
      port,
      url,
      close: () => (closing ??= running.close().finally(() => database.close())),
    };
  } catch (error) {
    await app?.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    throw error;
  }
}
