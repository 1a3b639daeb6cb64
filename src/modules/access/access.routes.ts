// Placeholder until care teams, access tokens and break-glass routes land (issue 3).
import type { CustosContext } from '../../context';
import type { TApp } from '../../server/app';
import type { AuthResolver } from '../../server/auth';

export function createBearerResolver(_ctx: CustosContext): AuthResolver {
  return async () => null;
}

export async function registerAccessRoutes(_app: TApp, _ctx: CustosContext): Promise<void> {}
