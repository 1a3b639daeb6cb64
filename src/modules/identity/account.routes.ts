// Placeholder until registration, email, password and user administration routes land (issue 3).
import type { CustosContext } from '../../context';
import type { TApp } from '../../server/app';

export async function registerAccountRoutes(_app: TApp, _ctx: CustosContext): Promise<void> {}
