import { sql } from 'kysely';
import { z } from 'zod';
import { AppError } from '../core/errors';
import type { Db } from '../db/client';
import type { TApp } from './app';

export const ZHealth = z.object({ status: z.literal('ok'), database: z.literal('ok') }).meta({ id: 'Health' });

const DB_CHECK_TIMEOUT_MS = 3000;

/**
 * GET /healthz: 200 when the process serves and the database answers `select 1`; 503
 * (`unavailable`) otherwise, so a load balancer takes this instance out of rotation.
 *
 * @example
 *   registerHealthRoutes(app, { db });
 */
export function registerHealthRoutes(app: TApp, deps: { db: Db }): void {
  app.get(
    '/healthz',
    {
      schema: {
        summary: 'Liveness and database reachability',
        tags: ['operations'],
        response: { 200: ZHealth },
      },
    },
    async () => {
      await checkDatabase(deps.db);
      return { status: 'ok', database: 'ok' } as const;
    },
  );
}

async function checkDatabase(db: Db): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('database check timed out')), DB_CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([sql`select 1`.execute(db), timeout]);
  } catch (error) {
    throw new AppError('unavailable', 'The database is not reachable', undefined, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}
