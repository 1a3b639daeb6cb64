import type { Db } from '../../db/client';
import type { AuditLogger } from './audit.types';
import type { SequenceResult } from './sequence-pending';

export interface AuditWorker {
  /** Runs the sequencer now (waiting for a run in progress first) and returns what it did. */
  flush(): Promise<SequenceResult>;
  /** Stops the loop; by default sequences what is pending one last time. */
  stop(options?: { drain?: boolean }): Promise<void>;
}

/**
 * Runs the sequencer every `intervalMs` in this process: every process that appends runs one,
 * so entries are sequenced and sealed even when another instance is down. Failures are logged
 * (code only, never PHI) and retried on the next tick.
 *
 * @example
 *   const worker = startAuditWorker({ db, sequencePending: audit.sequencePending, intervalMs: 100 });
 *   // ... on shutdown:
 *   await worker.stop();
 */
export function startAuditWorker(options: {
  db: Db;
  sequencePending: (db: Db) => Promise<SequenceResult>;
  intervalMs?: number;
  logger?: AuditLogger;
}): AuditWorker {
  const intervalMs = options.intervalMs ?? 100;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<SequenceResult> = Promise.resolve({ sequenced: 0, checkpoints: 0, fileLines: 0 });
  let failures = 0;

  const run = (): Promise<SequenceResult> => {
    // Chain runs so that flush() never overlaps a tick in this process.
    running = running.catch(() => undefined).then(() => options.sequencePending(options.db));
    return running;
  };

  const tick = async (): Promise<void> => {
    try {
      await run();
      failures = 0;
    } catch (error) {
      failures++;
      options.logger?.error({ err: { name: (error as Error)?.name, code: (error as { code?: unknown })?.code }, failures }, 'audit sequencer run failed; retrying');
    }
    if (!stopped) schedule(Math.min(intervalMs * 2 ** Math.min(failures, 6), 5_000));
  };

  const schedule = (delay: number): void => {
    timer = setTimeout(() => void tick(), delay);
    // The worker must not keep a CLI process alive; servers stay up for their own reasons.
    timer.unref();
  };

  schedule(0);
  return {
    flush: run,
    async stop(stopOptions = {}) {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running.catch(() => undefined);
      if (stopOptions.drain ?? true) await run();
    },
  };
}
