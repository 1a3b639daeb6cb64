// This area's pages and the tools it adds to role home pages (placeholder until they land).
import type { ReactNode } from 'react';
import type { TRole } from '../../api';

export const CONSENT_PAGES: Readonly<Record<string, () => ReactNode>> = {};

/** [path, name, what it does] per role, shown under "What you can do". */
export const CONSENT_TOOLS: Readonly<Partial<Record<TRole, Array<[string, string, string]>>>> = {};
