import { loadConfig } from '../../config';
import { startCustos } from '../../server/start';

const HELP = `Usage: custos serve

Starts the HTTPS server on CUSTOS_HOST:CUSTOS_PORT (default 0.0.0.0:8443), applying database
migrations first. Without CUSTOS_TLS_CERT/CUSTOS_TLS_KEY it serves a self-signed certificate for
localhost, generated once into <CUSTOS_DATA_DIR>/tls. Stops cleanly on SIGINT or SIGTERM.`;

/** `custos serve`: runs until SIGINT/SIGTERM, then closes the server and the database. */
export async function serve(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(HELP);
    return 0;
  }
  if (argv.length > 0) {
    console.error(`custos serve: unexpected argument(s); settings come from the environment.\n\n${HELP}`);
    return 2;
  }
  const startedAt = performance.now();
  const config = loadConfig();
  const custos = await startCustos(config);
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  console.log(`Custos is listening on ${custos.url} (started in ${seconds} s)`);
  if (custos.ctx.createdDefaultOrganization) {
    // The embedded database takes one process at a time, so the command must wait for this one to stop.
    const how = config.engine === 'pglite' ? 'Stop the server (Ctrl-C), create the first admin, then start it again:' : 'Create the first admin with:';
    console.log(`Created the organization "${custos.ctx.defaultOrganization.name}". ${how}\n  npx custos admin create --email <address>`);
  }

  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    const onSignal = (received: NodeJS.Signals): void => {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      resolve(received);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
  // A second signal while closing means "now": exit without waiting for in-flight requests.
  const force = (): void => process.exit(130);
  process.once('SIGINT', force);
  process.once('SIGTERM', force);
  console.log(`Received ${signal}; closing the server, then the database`);
  try {
    await custos.close();
  } finally {
    process.removeListener('SIGINT', force);
    process.removeListener('SIGTERM', force);
  }
  return 0;
}
