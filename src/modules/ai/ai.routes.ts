// Routes of this module (placeholder until the module's work lands).
import type { CustosContext } from '../../context';
import type { TApp } from '../../server/app';

export async function registerAiRoutes(_app: TApp, _ctx: CustosContext): Promise<void> {}
