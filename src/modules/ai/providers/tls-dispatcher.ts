import { rootCertificates } from 'node:tls';
import { AppError } from '../../../core/errors';

// Node's fetch trusts only the bundled Mozilla roots (plus NODE_EXTRA_CA_CERTS, read once at
// start for the whole process). A self-hosted model server behind a private CA, and the tests'
// self-signed recording provider, need trust per provider configuration: fetch takes that as a
// `dispatcher` (an undici Agent with `connect.ca`). Node bundles undici but does not export it;
// the `undici` package would add a second copy whose version must track Node's. Node publishes its
// global dispatcher under Symbol.for('undici.globalDispatcher.1') (the key undici itself uses to
// share it with the package), and that object is an undici Agent: its constructor is the Agent
// class of the very undici that runs fetch. We use that, and fail loudly if a Node version ever
// stops providing it, rather than silently falling back to an unverified connection.

const GLOBAL_DISPATCHER = Symbol.for('undici.globalDispatcher.1');

/** An undici dispatcher, opaque to us: only ever handed to fetch. */
export type FetchDispatcher = object;

type AgentConstructor = new (options: { connect: { ca: string[] } }) => { dispatch: unknown };

async function bundledAgent(): Promise<AgentConstructor> {
  // Loading undici inside Node happens on first use of fetch; a data: URL does that without I/O.
  await (await fetch('data:,')).arrayBuffer();
  const dispatcher = (globalThis as Record<symbol, unknown>)[GLOBAL_DISPATCHER];
  const ctor = (dispatcher as { constructor?: unknown } | undefined)?.constructor;
  if (typeof ctor !== 'function' || typeof (dispatcher as { dispatch?: unknown }).dispatch !== 'function') {
    throw new AppError('config_invalid', 'This Node.js version does not expose the fetch dispatcher needed for a custom CA certificate; use NODE_EXTRA_CA_CERTS instead');
  }
  return ctor as AgentConstructor;
}

/**
 * A fetch dispatcher that trusts the public roots plus `caCertificates` (PEM).
 *
 * @example
 *   const dispatcher = await createTlsDispatcher([fs.readFileSync('private-ca.pem', 'utf8')]);
 *   await fetch(url, { dispatcher } as RequestInit);
 */
export async function createTlsDispatcher(caCertificates: string[]): Promise<FetchDispatcher> {
  const Agent = await bundledAgent();
  // `ca` replaces the default trust store, so the public roots are passed along explicitly.
  return new Agent({ connect: { ca: [...rootCertificates, ...caCertificates] } });
}
