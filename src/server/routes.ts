// Every module's routes, in one list: the only place that knows them all.
import type { CustosContext } from '../context';
import { createBearerResolver, registerAccessRoutes } from '../modules/access/access.routes';
import { registerAccountRoutes } from '../modules/identity/account.routes';
import { createSessionResolver, registerAuthRoutes } from '../modules/identity/auth.routes';
import { registerRecordsRoutes } from '../modules/records/records.routes';
import { registerConsentRoutes } from '../modules/consent/consent.routes';
import { registerAiRoutes } from '../modules/ai/ai.routes';
import { registerRecordsImportRoutes } from '../modules/records/import/import.routes';
import { registerPatientRightsRoutes } from '../modules/records/rights/rights.routes';
import { registerSharingRoutes } from '../modules/sharing/sharing.routes';
import type { TApp } from './app';
import { registerAuthentication } from './auth';
import { registerWebApp } from './web';

/**
 * @example
 *   await buildApp({ config, logger, deps, registerRoutes: (app) => registerModuleRoutes(app, ctx) });
 */
export async function registerModuleRoutes(app: TApp, ctx: CustosContext, options: { webDistDir?: string } = {}): Promise<void> {
  // A bearer token wins over a cookie: integrations never carry one, and a browser never sends a token.
  registerAuthentication(app, [createBearerResolver(ctx), createSessionResolver(ctx)]);
  await registerAuthRoutes(app, ctx);
  await registerAccountRoutes(app, ctx);
  await registerAccessRoutes(app, ctx);
  await registerRecordsRoutes(app, ctx);
  await registerRecordsImportRoutes(app, ctx);
  await registerPatientRightsRoutes(app, ctx);
  await registerConsentRoutes(app, ctx);
  await registerAiRoutes(app, ctx);
  await registerSharingRoutes(app, ctx);
  // The web app's catch-all comes last so API routes keep their own 404s.
  registerWebApp(app, options.webDistDir ? { distDir: options.webDistDir } : {});
}
