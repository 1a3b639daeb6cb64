// HTTP routes of the sharing module: filled in by the sharing module.
import type { CustosContext } from '../../context';
import type { TApp } from '../../server/app';

export async function registerSharingRoutes(_app: TApp, _ctx: CustosContext): Promise<void> {}
