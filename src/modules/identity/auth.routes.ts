// Placeholder until the identity sign-in routes land (issue 3).
import type { CustosContext } from '../../context';
import type { TApp } from '../../server/app';
import type { AuthResolver } from '../../server/auth';

export function createSessionResolver(_ctx: CustosContext): AuthResolver {
  return async () => null;
}

export async function registerAuthRoutes(_app: TApp, _ctx: CustosContext): Promise<void> {}
