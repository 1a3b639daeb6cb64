import { useCallback, useEffect, useState } from 'react';

export interface TLoad<T> {
  data: T | undefined;
  error: unknown;
  /** Loads again (after a change), keeping the old data on screen meanwhile. */
  reload(): void;
}

/**
 * Runs `load` when the component mounts (and on reload()), ignoring answers that arrive after
 * unmount.
 *
 * @example
 *   const users = useLoad(() => admin.listUsers(), [admin]);
 */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): TLoad<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [generation, setGeneration] = useState(0);
  // The caller names what the loader depends on, as with useEffect.
  const run = useCallback(load, deps);
  useEffect(() => {
    let live = true;
    run().then(
      (value) => {
        if (!live) return;
        setData(value);
        setError(undefined);
      },
      (caught: unknown) => live && setError(caught),
    );
    return () => {
      live = false;
    };
  }, [run, generation]);
  return { data, error, reload: useCallback(() => setGeneration((g) => g + 1), []) };
}
